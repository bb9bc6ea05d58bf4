/** 目标公示图: a township's yearly targets beside what it achieved, per star level. */
import { t } from '../../i18n/zh-CN';
import { formatShare } from '../format';
import { type LevelCounts, type Target, targetRows } from '../targets';
import { chartHeight, countText, levelShortName } from './figure';
import type { ChartDataset, ChartFigure } from './types';

/** The levels a target or achievement counts, highest first, with their field names. */
const LEVELS = [
  { level: 5, key: 'fiveStar' },
  { level: 4, key: 'fourStar' },
  { level: 3, key: 'threeStar' },
] as const;

/** One bar group of the chart: a year's target or achievement. */
interface Row {
  header: string;
  counts: LevelCounts;
  share: number | undefined;
}

/**
 * The 目标公示图 of a township: one bar group per reported year and kind (oldest first, target before
 * achievement), one bar per star level. Levels the report leaves out are gaps in the chart and — in the table.
 */
export function targetsFigure(
  township: string,
  targets: readonly Target[],
  achieved: readonly LevelCounts[],
): ChartFigure {
  const rows: Row[] = targetRows(targets, achieved)
    .reverse()
    .flatMap((row) => [
      ...(row.target
        ? [{ header: t.charts.targetRow(row.year), counts: row.target, share: row.target.threeStarOrAboveShare }]
        : []),
      ...(row.achieved ? [{ header: t.charts.achievedRow(row.year), counts: row.achieved, share: undefined }] : []),
    ]);
  const withShare = rows.filter((row) => row.share !== undefined);
  const datasets: ChartDataset[] = LEVELS.map(({ level, key }) => ({
    label: levelShortName(level),
    style: level,
    values: rows.map((row) => row.counts[key] ?? null),
    display: rows.map((row) => countText(row.counts[key])),
  }));
  // Levels the report never mentions stay in the table (as —) but get no empty legend entry in the chart.
  const drawn = datasets.filter((dataset) => dataset.values.some((value) => value !== null));
  const spec = { categories: rows.map((row) => row.header), datasets: drawn, stacked: false, legend: true };
  const shareNote = withShare.map((row) => `${row.header}：${t.charts.share} ${formatShare(row.share!)}。`).join('');
  return {
    id: 'targets',
    title: t.charts.targetsTitle(township),
    note: `${shareNote}${t.charts.targetsNote}`,
    table: {
      columns: [
        t.charts.targetsRowHeader,
        ...datasets.map((dataset) => dataset.label),
        ...(withShare.length > 0 ? [t.charts.share] : []),
      ],
      rows: rows.map((row, index) => ({
        header: row.header,
        cells: [
          ...datasets.map((dataset) => dataset.display[index]!),
          ...(withShare.length > 0 ? [row.share === undefined ? '—' : formatShare(row.share)] : []),
        ],
      })),
    },
    chart: { ...spec, scale: 'linear', height: chartHeight(spec) },
  };
}
