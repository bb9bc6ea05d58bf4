/** 榜单图 and 摘星图: a township's villages ranked by their stars in one year. */
import { t } from '../../i18n/zh-CN';
import { MAX_STAR_LEVEL, type StarName } from '../../schema/glossary';
import { levelName, levelOf, rankByStars, type Rated, recordOf, starStates } from '../stars';
import { paths } from '../urls';
import { chartHeight } from './figure';
import type { ChartFigure, ChartStyle } from './types';

/** A village as the charts see it: its entry id, name, star records and whether they are sample data. */
export interface ChartVillage extends Rated {
  id: string;
  sample: boolean;
}

/** Ranks 1, 1, 3 …: villages on the same level share a place, as on a printed 榜单. */
export function competitionRanks(levels: readonly number[]): number[] {
  return levels.map((level) => levels.filter((other) => other > level).length + 1);
}

/** The note under a chart of villages: how many of the township's villages the site holds, and sample data. */
export function villagesNote(villages: readonly ChartVillage[], villageCount: number): string {
  const sample = villages.some((village) => village.sample) ? t.charts.sampleStars : '';
  return `${t.charts.shownVillages(villages.length, villageCount)}${sample}`;
}

/** The 榜单图 of a township in `year`: one bar per village, highest level first, each bar styled by its level. */
export function rankingFigure(
  township: string,
  villageCount: number,
  villages: readonly ChartVillage[],
  year: number,
): ChartFigure {
  const ranked = rankByStars(villages, year);
  const levels = ranked.map((village) => levelOf(village, year));
  const ranks = competitionRanks(levels);
  const dataset = {
    label: t.charts.rankingDataset,
    style: levels.map((level) => level as ChartStyle),
    values: levels,
    display: levels.map(levelName),
  };
  const spec = {
    categories: ranked.map((village) => village.name),
    datasets: [dataset],
    stacked: false,
    legend: false,
  };
  return {
    id: 'ranking',
    title: t.charts.rankingTitle(township, year),
    note: villagesNote(villages, villageCount),
    table: {
      columns: [...t.charts.rankingColumns],
      rows: ranked.map((village, index) => ({
        header: village.name,
        path: paths.village(village.id),
        cells: [String(ranks[index]), levelName(levels[index]!)],
      })),
    },
    chart: { ...spec, scale: 'linear', max: MAX_STAR_LEVEL, height: chartHeight(spec) },
  };
}

/** One row of the 摘星图: a village and the state of each of the five stars in the year. */
export interface StarGridRow {
  id: string;
  name: string;
  level: number;
  stars: { star: StarName; state: 'held' | 'targeted' | 'none' }[];
}

/** The 摘星图 of a township in `year`: every village (highest level first) with its five stars. */
export function starGrid(villages: readonly ChartVillage[], year: number): StarGridRow[] {
  return rankByStars(villages, year).map((village) => ({
    id: village.id,
    name: village.name,
    level: levelOf(village, year),
    stars: starStates(recordOf(village, year)),
  }));
}
