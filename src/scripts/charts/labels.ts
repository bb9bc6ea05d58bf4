/**
 * A chart.js plugin that writes each bar's value on the chart itself (`≥ 6,000`, 四星支部), so nobody has to match
 * colours to a legend: after the bar's end for grouped bars, inside the segment for stacked ones.
 */
import type { Chart, Plugin } from 'chart.js';
import type { ChartSpec } from '../../lib/charts/types';
import type { Palette } from './patterns';

/** Space between a bar's end and its label, in CSS pixels. */
const OFFSET = 4;

/** Builds the plugin for one chart: labels come from the spec's `display` texts, never from the raw numbers. */
export function directLabels(spec: ChartSpec, palette: Palette, font: string): Plugin<'bar'> {
  return {
    id: 'directLabels',
    afterDatasetsDraw(chart: Chart<'bar'>) {
      const { ctx } = chart;
      ctx.save();
      ctx.font = font;
      ctx.textBaseline = 'middle';
      ctx.textAlign = 'left';
      ctx.lineWidth = 3;
      ctx.lineJoin = 'round';
      ctx.strokeStyle = palette.halo;
      ctx.fillStyle = palette.text;
      spec.datasets.forEach((dataset, datasetIndex) => {
        if (!chart.isDatasetVisible(datasetIndex)) return;
        chart.getDatasetMeta(datasetIndex).data.forEach((element, index) => {
          if (dataset.values[index] === null) return;
          const text = dataset.display[index]!;
          const { x, y, base } = element.getProps(['x', 'y', 'base'], true) as { x: number; y: number; base: number };
          const width = ctx.measureText(text).width;
          let left = Math.max(x, base) + OFFSET;
          if (spec.stacked) {
            if (Math.abs(x - base) < width + OFFSET * 2) return;
            left = (x + base - width) / 2;
          }
          // A halo in the page colour keeps the text readable on patterned bars.
          ctx.strokeText(text, left, y);
          ctx.fillText(text, left, y);
        });
      });
      ctx.restore();
    },
  };
}
