/**
 * The open-data tables of a township (数据系列, 各村星级记录, 年度目标与完成情况): their columns and rows, written
 * as JSON (English keys) or CSV (Chinese headers). Columns are documented on the /data/ page from the same lists.
 */
import { t } from '../../i18n/zh-CN';
import type { ChartMetrics } from '../charts/metrics';
import type { Village } from '../../schema/collections';
import type { ReadonlyDeep } from '../entries';
import type { LevelCounts, Target } from '../targets';
import { COLUMNS, type ColumnKey, type OpenTable } from './columns';
import { type Cell, toCsv } from './csv';

/** One row: a value per column key. */
export type OpenRow = Partial<Record<ColumnKey, Cell>>;

/** A township as the tables name it. */
export interface OpenTownship {
  id: string;
  name: string;
}

/** Metrics rows: one per item of every series, with `value` and the `more` flag ("6000+" → 6000, true). */
export function metricsRows(township: OpenTownship, files: readonly ChartMetrics[]): OpenRow[] {
  return files.flatMap((file) =>
    file.series.flatMap((series) =>
      series.items.map((item) => ({
        township: township.id,
        townshipName: township.name,
        year: file.year,
        seriesId: series.id,
        seriesName: series.name,
        star: series.star ?? null,
        unit: series.unit,
        label: item.label,
        value: item.value.value,
        more: item.value.more,
        source: file.source ?? null,
        sample: file.sample,
      })),
    ),
  );
}

/** A village's data with its id, the fields the star-record table reads. */
export type OpenVillage = ReadonlyDeep<Pick<Village, 'name' | 'tier' | 'stars' | 'sample'>> & { id: string };

/** Star-record rows: one per village and year, oldest year first. */
export function villageRows(township: OpenTownship, villages: readonly OpenVillage[]): OpenRow[] {
  return villages.flatMap((village) =>
    [...village.stars]
      .sort((a, b) => a.year - b.year)
      .map((record) => ({
        township: township.id,
        townshipName: township.name,
        village: village.id,
        villageName: village.name,
        tier: village.tier ?? null,
        year: record.year,
        level: record.level,
        held: record.held,
        targeted: record.targeted,
        sample: village.sample,
      })),
  );
}

/** Target rows: each year's target, then what was achieved, oldest year first. */
export function targetRecords(
  township: OpenTownship,
  targets: readonly Target[],
  achieved: readonly LevelCounts[],
  sample: boolean,
): OpenRow[] {
  const row = (kind: 'target' | 'achieved', counts: Target) => ({
    township: township.id,
    townshipName: township.name,
    year: counts.year,
    kind,
    fiveStar: counts.fiveStar ?? null,
    fourStar: counts.fourStar ?? null,
    threeStar: counts.threeStar ?? null,
    threeStarOrAboveShare: counts.threeStarOrAboveShare ?? null,
    sample,
  });
  return [...targets.map((counts) => row('target', counts)), ...achieved.map((counts) => row('achieved', counts))].sort(
    (a, b) => a.year - b.year,
  );
}

/** The CSV file of a table: Chinese headers, then the rows. */
export function tableCsv(table: OpenTable, rows: readonly OpenRow[]): string {
  const columns = COLUMNS[table];
  return toCsv(
    columns.map((key) => t.openData.columns[key][0]),
    rows.map((row) => columns.map((key) => row[key])),
  );
}

/** The JSON file of a table: what it is, where its columns are documented, and the rows (null where empty). */
export function tableJson(table: OpenTable, township: OpenTownship, rows: readonly OpenRow[], docs: string): string {
  const columns = COLUMNS[table];
  const body = {
    title: `${township.name}${t.openData.tables[table].title}`,
    township: township.id,
    documentation: docs,
    columns: columns.map((key) => ({ key, header: t.openData.columns[key][0] })),
    rows: rows.map((row) => Object.fromEntries(columns.map((key) => [key, row[key] ?? null]))),
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}
