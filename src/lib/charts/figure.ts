/** Small helpers shared by the chart shapers: heights, cells, and the JSON handed to the client. */
import type { ChartSpec } from './types';

/** Pixels per bar, per category gap, and for the axis and the legend. */
const BAR = 18;
const GAP = 12;
const AXIS = 36;
const LEGEND = 28;
const MIN_HEIGHT = 120;

/** The canvas height that fits every bar of horizontal bar chart: grouped bars stand one under another. */
export function chartHeight(spec: Pick<ChartSpec, 'categories' | 'datasets' | 'stacked' | 'legend'>): number {
  const barsPerCategory = spec.stacked ? 1 : Math.max(1, spec.datasets.length);
  const height = spec.categories.length * (barsPerCategory * BAR + GAP) + AXIS + (spec.legend ? LEGEND : 0);
  return Math.max(MIN_HEIGHT, height);
}

/** A count for a table cell or label: the number, or — where none was reported. */
export function countText(value: number | undefined | null): string {
  return value === undefined || value === null ? '—' : value.toLocaleString('zh-CN');
}

/**
 * JSON that is safe inside `<script type="application/json">`: `<` is escaped so no value can close the element
 * (a label containing `</script>` stays data).
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
