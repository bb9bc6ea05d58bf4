/** Charts of a township's metrics (数据): one bar chart per series, "more than" figures kept as such. */
import { t } from '../../i18n/zh-CN';
import type { MetricsEntry } from '../metrics-summary';
import { formatQuantity } from '../../schema/quantity';
import { chartHeight } from './figure';
import type { ChartFigure } from './types';

/** A metrics file as the charts see it (the shape the metrics summary reads too). */
export type ChartMetrics = MetricsEntry['data'];

/**
 * A series mixes units when its unit lists several (`次/份/人`; each item names its own unit in brackets).
 * Bars of different units share no common scale, so such a series is drawn on a logarithmic axis.
 */
export function mixesUnits(unit: string): boolean {
  return unit.includes('/');
}

/** One figure per series of a metrics file, in file order. */
export function metricsFigures(township: string, metrics: ChartMetrics): ChartFigure[] {
  return metrics.series.map((series) => {
    const mixed = mixesUnits(series.unit);
    const values = series.items.map((item) => item.value);
    const log = mixed && values.every((quantity) => quantity.value > 0);
    const unit = mixed ? '' : series.unit;
    const dataset = {
      label: series.name,
      style: 'metric' as const,
      values: values.map((quantity) => quantity.value),
      display: values.map((quantity) => formatQuantity(quantity, unit)),
    };
    const spec = { categories: series.items.map((item) => item.label), datasets: [dataset], stacked: false };
    const notes = [
      log ? t.charts.logScale : '',
      values.some((quantity) => quantity.more) ? t.charts.moreThan : '',
      metrics.source ? t.charts.source(metrics.source) : '',
      metrics.sample ? t.sampleDataNote : '',
    ];
    return {
      id: `metrics-${metrics.year}-${series.id}`,
      title: t.charts.metricsTitle(township, metrics.year, series.name),
      note: notes.join(''),
      table: {
        columns: [t.charts.metricsItem, mixed ? t.charts.value : t.charts.valueIn(series.unit)],
        rows: series.items.map((item) => ({ header: item.label, cells: [formatQuantity(item.value)] })),
      },
      chart: { ...spec, legend: false, scale: log ? 'log' : 'linear', height: chartHeight({ ...spec, legend: false }) },
    };
  });
}
