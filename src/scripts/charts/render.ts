/**
 * Draws one chart figure with chart.js. Only the pieces the site uses are registered (bars, category, linear and
 * log axes, tooltip, legend), so the bundle carries no other chart types. Loaded on demand by loader.ts.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  type ChartConfiguration,
  Legend,
  LinearScale,
  LogarithmicScale,
} from 'chart.js';
import type { ChartSpec } from '../../lib/charts/types';
import { directLabels } from './labels';
import { fillFor, readPalette } from './patterns';
import { compactNumber, wrapLabel } from '../../lib/charts/text';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, LogarithmicScale, Legend);

/** Charts drawn so far, by figure, so a change of contrast mode can redraw them. */
const drawn = new Map<HTMLElement, Chart<'bar'>>();

/** The axis text of a log tick: the number at powers of ten, nothing in between. */
function powerOfTen(value: number): string {
  return Number.isInteger(Math.log10(value)) ? compactNumber(value) : '';
}

/** Width in CSS pixels of the widest value label of a spec, in `font`. */
function widest(spec: ChartSpec, font: string): number {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return 72;
  context.font = font;
  const texts = spec.datasets.flatMap((dataset) => dataset.display);
  return Math.ceil(Math.max(0, ...texts.map((text) => context.measureText(text).width)));
}

/** The chart.js configuration of a spec, in the figure's colours. */
function configure(spec: ChartSpec, figure: HTMLElement): ChartConfiguration<'bar'> {
  const palette = readPalette(figure);
  const css = getComputedStyle(figure);
  const family = css.fontFamily;
  // A little smaller than the body text, and larger with it when the reader picks 大字.
  const font = { family, size: Math.round(Number.parseFloat(css.fontSize) * 0.8) || 13 };
  const ticks = { color: palette.text, font };
  const valueAxis = {
    stacked: spec.stacked,
    ticks: {
      ...ticks,
      precision: 0,
      maxRotation: 0,
      callback: (value: number | string) => compactNumber(Number(value)),
    },
    grid: { color: palette.grid },
  };
  const labelFont = `${font.size}px ${family}`;
  return {
    type: 'bar',
    data: {
      labels: spec.categories.map((label) => wrapLabel(label)),
      datasets: spec.datasets.map((dataset) => ({
        label: dataset.label,
        data: dataset.values,
        backgroundColor: Array.isArray(dataset.style)
          ? dataset.style.map((style) => fillFor(style, palette))
          : fillFor(dataset.style, palette),
        borderColor: palette.text,
        borderWidth: 1,
        maxBarThickness: 22,
      })),
    },
    options: {
      indexAxis: 'y',
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      // Values are written on the bars; no tooltips, so the chart needs no pointer listeners.
      events: [],
      // Room after the longest bar for its label.
      layout: { padding: { right: spec.stacked ? 8 : widest(spec, labelFont) + 8 } },
      scales: {
        x:
          spec.scale === 'log'
            ? {
                type: 'logarithmic',
                ...valueAxis,
                // Only 10, 100, 1,000, 1万 …: the in-between ticks of a log axis crowd a phone.
                ticks: { ...valueAxis.ticks, callback: (value: number | string) => powerOfTen(Number(value)) },
              }
            : {
                type: 'linear',
                min: 0,
                ...valueAxis,
                // A fixed maximum is the star scale 0–5: one tick per level.
                ...(spec.max === undefined ? {} : { max: spec.max, ticks: { ...valueAxis.ticks, stepSize: 1 } }),
              },
        y: { type: 'category', stacked: spec.stacked, ticks: { ...ticks, autoSkip: false }, grid: { display: false } },
      },
      plugins: {
        legend: { display: spec.legend, labels: { color: palette.text, font } },
      },
    },
    plugins: [directLabels(spec, palette, labelFont)],
  };
}

/** Shows the figure's canvas and draws the chart described by its JSON; the table stays as it is. */
export function drawFigure(figure: HTMLElement): void {
  const json = figure.querySelector('script[type="application/json"]');
  const canvas = figure.querySelector('canvas');
  if (!json?.textContent || !canvas?.parentElement) return;
  const spec = JSON.parse(json.textContent) as ChartSpec;
  canvas.parentElement.hidden = false;
  drawn.get(figure)?.destroy();
  drawn.set(figure, new Chart(canvas, configure(spec, figure)));
  figure.dataset['chartDrawn'] = 'true';
}

// Redraw in the new colours and text size when the reader switches 高对比 or 大字 (attributes on <html>).
new MutationObserver(() => {
  for (const figure of drawn.keys()) drawFigure(figure);
}).observe(document.documentElement, { attributes: true, attributeFilter: ['data-contrast', 'data-text'] });
