/** 榜单图 and 摘星图: a township's villages ranked by their stars in one year. */
import { t } from '../../i18n/zh-CN';
import { MAX_STAR_LEVEL, type StarName } from '../../schema/glossary';
import { rankRatedFirst, ratedCount } from '../directory';
import { levelName, levelOf, type Rated, recordOf, starStates } from '../stars';
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

/**
 * The note under a chart of villages: how many units the township has and how many have a published level (or, for
 * a township without a roster, how many of its villages the site holds), and sample data.
 */
export function villagesNote(villages: readonly ChartVillage[], villageCount: number, year: number): string {
  const sample = villages.some((village) => village.sample) ? t.charts.sampleStars : '';
  const count =
    villages.length >= villageCount
      ? t.directory.unitCount(villages.length, ratedCount(villages, year))
      : t.charts.shownVillages(villages.length, villageCount);
  return `${count}${sample}`;
}

/**
 * The 榜单图 of a township in `year`: one bar per village, highest level first, each bar styled by its level; villages
 * without a record come last, without a bar and without a place (未评定).
 */
export function rankingFigure(
  township: string,
  villageCount: number,
  villages: readonly ChartVillage[],
  year: number,
): ChartFigure {
  const ranked = rankRatedFirst(villages, year);
  const levels = ranked.map((village) => (recordOf(village, year) ? levelOf(village, year) : null));
  const ranks = competitionRanks(levels.filter((level): level is number => level !== null));
  const display = levels.map((level) => (level === null ? t.directory.unrated : levelName(level)));
  const dataset = {
    label: t.charts.rankingDataset,
    style: levels.map((level) => (level ?? 0) as ChartStyle),
    values: levels,
    display,
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
    note: villagesNote(villages, villageCount, year),
    table: {
      columns: [...t.charts.rankingColumns],
      rows: ranked.map((village, index) => ({
        header: village.name,
        path: paths.village(village.id),
        cells: [ranks[index] === undefined ? '—' : String(ranks[index]), display[index]!],
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
  /** Whether the village has a record in the year (else its stars are 尚未公布, not "not held"). */
  rated: boolean;
  stars: { star: StarName; state: 'held' | 'targeted' | 'none' }[];
}

/** The 摘星图 of a township in `year`: every village (highest level first, 未评定 last) with its five stars. */
export function starGrid(villages: readonly ChartVillage[], year: number): StarGridRow[] {
  return rankRatedFirst(villages, year).map((village) => ({
    id: village.id,
    name: village.name,
    level: levelOf(village, year),
    rated: recordOf(village, year) !== undefined,
    stars: starStates(recordOf(village, year)),
  }));
}
