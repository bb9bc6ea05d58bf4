/** Small helpers shared by the chart shapers: heights, cells, and the JSON handed to the client. */
import { t } from '../../i18n/zh-CN';
import { wrapLabel } from './text';
import type { ChartSpec } from './types';

/** Pixels per bar (a stacked bar is thicker: it carries its labels inside), per gap, axis and legend row. */
const BAR = 18;
const STACKED_BAR = 26;
const GAP = 12;
/** Height of one line of a category label (13–14px text), so a label broken in three lines still fits. */
const LABEL_LINE = 17;
const AXIS = 36;
/** A legend row holds two entries on a 360px phone. */
const LEGEND_ROW = 26;
const LEGEND_PER_ROW = 2;
const MIN_HEIGHT = 120;

/** The canvas height that fits every bar and label: grouped bars stand one under another, long labels wrap. */
export function chartHeight(spec: Pick<ChartSpec, 'categories' | 'datasets' | 'stacked' | 'legend'>): number {
  const bars = (spec.stacked ? STACKED_BAR : Math.max(1, spec.datasets.length) * BAR) + GAP;
  const rows = spec.categories.map((label) => Math.max(bars, [wrapLabel(label)].flat().length * LABEL_LINE + 6));
  const legend = spec.legend ? Math.ceil(spec.datasets.length / LEGEND_PER_ROW) * LEGEND_ROW + 8 : 0;
  return Math.max(MIN_HEIGHT, rows.reduce((sum, row) => sum + row, 0) + AXIS + legend);
}

/** Short name of a star level for legends and table columns: 五星 … 一星, 未评星. */
export function levelShortName(level: number): string {
  return t.site.levelShort[level] ?? String(level);
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
