/** County-level charts for the home page: star levels across townships, and their change year by year. */
import { t } from '../../i18n/zh-CN';
import { MAX_STAR_LEVEL } from '../../schema/glossary';
import { type Rated, recordOf } from '../stars';
import { paths } from '../urls';
import { chartHeight, countText, levelShortName } from './figure';
import type { ChartDataset, ChartFigure, ChartStyle } from './types';

/** A village as the county charts see it: its township and star records. */
export interface CountyVillage extends Rated {
  township: string;
}

/** A township: its slug and Chinese name. */
export interface CountyTownship {
  id: string;
  name: string;
}

/** Counts per level 0–5 (index = level) of the villages that have a record in `year`. */
export function recordedLevels(villages: readonly Rated[], year: number): number[] {
  const counts = Array.from({ length: MAX_STAR_LEVEL + 1 }, () => 0);
  for (const village of villages) {
    const record = recordOf(village, year);
    if (record) counts[record.level]! += 1;
  }
  return counts;
}

/** Every year any village has a record for, oldest first. */
export function recordYears(villages: readonly Rated[]): number[] {
  return [...new Set(villages.flatMap((village) => village.stars.map((record) => record.year)))].sort((a, b) => a - b);
}

/** A row of a level chart: its header (and link) and the villages per level 0–5. */
interface LevelRow {
  header: string;
  path?: string | undefined;
  counts: number[];
}

/**
 * A stacked chart: one bar per row, one segment per star level that occurs (highest first); with `total`, the
 * table closes with a row of the sums.
 */
function levelFigure(id: string, title: string, rowHeader: string, rows: LevelRow[], total?: string) {
  const levels = [5, 4, 3, 2, 1, 0].filter((level) => rows.some((row) => row.counts[level]! > 0));
  const datasets: ChartDataset[] = levels.map((level) => ({
    label: levelShortName(level),
    style: level as ChartStyle,
    values: rows.map((row) => row.counts[level]!),
    display: rows.map((row) => countText(row.counts[level])),
  }));
  const spec = { categories: rows.map((row) => row.header), datasets, stacked: true, legend: true };
  const figure: ChartFigure = {
    id,
    title,
    note: t.charts.countyNote,
    table: {
      columns: [rowHeader, ...datasets.map((dataset) => dataset.label)],
      rows: rows.map((row, index) => ({
        header: row.header,
        ...(row.path ? { path: row.path } : {}),
        cells: datasets.map((dataset) => dataset.display[index]!),
      })),
      footer: total
        ? {
            header: total,
            cells: levels.map((level) => countText(rows.reduce((sum, row) => sum + row.counts[level]!, 0))),
          }
        : undefined,
    },
    chart: { ...spec, scale: 'linear', height: chartHeight(spec) },
  };
  return figure;
}

/** How many villages of each township stand at each level in `year`, each township linked, with county totals. */
export function countyDistributionFigure(
  townships: readonly CountyTownship[],
  villages: readonly CountyVillage[],
  year: number,
): ChartFigure {
  const byTownship = Map.groupBy(villages, (village) => village.township);
  const rows = townships.map((township) => ({
    header: township.name,
    path: paths.township(township.id),
    counts: recordedLevels(byTownship.get(township.id) ?? [], year),
  }));
  return levelFigure(
    'county-distribution',
    t.charts.countyDistributionTitle(year),
    t.charts.countyTownship,
    rows,
    t.charts.total,
  );
}

/** How many villages of the county stood at each level, year by year. */
export function countyTrendFigure(villages: readonly CountyVillage[]): ChartFigure {
  const rows = recordYears(villages).map((year) => ({
    header: t.charts.yearLabel(year),
    counts: recordedLevels(villages, year),
  }));
  return levelFigure('county-trend', t.charts.countyTrendTitle, t.charts.countyYear, rows);
}
