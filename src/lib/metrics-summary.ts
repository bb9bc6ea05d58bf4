/** A township's metrics as one summary table: a row per series, its values in one line. */
import type { Metrics } from '../schema/collections';
import type { StarName } from '../schema/glossary';
import { formatQuantity, type Quantity } from '../schema/quantity';
import type { ReadonlyDeep } from './entries';

/** A metrics entry with the fields the summary reads. */
export interface MetricsEntry {
  data: ReadonlyDeep<Pick<Metrics, 'year' | 'source' | 'sample' | 'series'>>;
}

/** One row of the summary. */
export interface MetricsRow {
  year: number;
  id: string;
  name: string;
  star: StarName | undefined;
  /** The values, e.g. `排查发现 228 起`, `已化解 216 起`; "more than" values keep their ≥. */
  values: string[];
  source: string | undefined;
}

/**
 * One value as text. Series mixing units (`次/份/人`) name each item's unit in brackets (`入户走访（次）`):
 * that unit is moved behind the value (`入户走访 ≥ 6,000 次`).
 */
export function itemText(item: { label: string; value: Quantity }, unit: string): string {
  const own = /^(.+)（([^（）]+)）$/.exec(item.label);
  return own
    ? `${own[1]} ${formatQuantity(item.value, ` ${own[2]}`)}`
    : `${item.label} ${formatQuantity(item.value, ` ${unit}`)}`;
}

/** One row per series, newest year first, in the order each file lists its series. */
export function metricsRows(metrics: readonly MetricsEntry[]): MetricsRow[] {
  return [...metrics]
    .sort((a, b) => b.data.year - a.data.year)
    .flatMap(({ data }) =>
      data.series.map((series) => ({
        year: data.year,
        id: series.id,
        name: series.name,
        star: series.star,
        values: series.items.map((item) => itemText(item, series.unit)),
        source: data.source,
      })),
    );
}
