/**
 * Bar fills that tell star levels apart by more than hue: each level has its own colour *and* pattern (solid,
 * stripes, dots, cross-hatch, lines, outline), read from CSS custom properties so high-contrast mode turns them
 * into black-and-white patterns.
 */
import type { ChartStyle } from '../../lib/charts/types';

/** The colours a chart uses, read from the figure's CSS. */
export interface Palette {
  text: string;
  /** Page background, drawn around label text. */
  halo: string;
  grid: string;
  fill: Record<string, string>;
  ink: Record<string, string>;
}

const STYLES: ChartStyle[] = [0, 1, 2, 3, 4, 5, 'metric'];

/** Reads `--chart-text`, `--chart-grid`, `--chart-fill-<style>` and `--chart-ink-<style>` from the figure. */
export function readPalette(figure: HTMLElement): Palette {
  const css = getComputedStyle(figure);
  const read = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  const text = read('--chart-text', '#1d1d1f');
  return {
    text,
    halo: read('--chart-halo', '#ffffff'),
    grid: read('--chart-grid', '#ddd6cc'),
    fill: Object.fromEntries(STYLES.map((style) => [style, read(`--chart-fill-${style}`, '#b3261e')])),
    ink: Object.fromEntries(STYLES.map((style) => [style, read(`--chart-ink-${style}`, text)])),
  };
}

const TILE = 8;

/** Draws the pattern of a level on an 8×8 tile: 4 stripes, 3 dots, 2 cross-hatch, 1 lines; 5, 0 and metric plain. */
function drawTile(context: CanvasRenderingContext2D, style: ChartStyle): void {
  context.lineWidth = 1.5;
  context.beginPath();
  if (style === 4) {
    context.moveTo(0, TILE);
    context.lineTo(TILE, 0);
    context.moveTo(-TILE / 2, TILE / 2);
    context.lineTo(TILE / 2, -TILE / 2);
    context.moveTo(TILE / 2, TILE + TILE / 2);
    context.lineTo(TILE + TILE / 2, TILE / 2);
  } else if (style === 3) {
    context.arc(TILE / 2, TILE / 2, 1.6, 0, Math.PI * 2);
    context.fill();
    return;
  } else if (style === 2) {
    context.moveTo(0, 0);
    context.lineTo(TILE, TILE);
    context.moveTo(TILE, 0);
    context.lineTo(0, TILE);
  } else if (style === 1) {
    context.moveTo(0, TILE / 2);
    context.lineTo(TILE, TILE / 2);
  }
  context.stroke();
}

/** The fill of a style: a plain colour, or a repeating pattern of the level's ink on its colour. */
export function fillFor(style: ChartStyle, palette: Palette): string | CanvasPattern {
  const fill = palette.fill[style]!;
  if (style === 5 || style === 0 || style === 'metric') return fill;
  const tile = document.createElement('canvas');
  tile.width = TILE;
  tile.height = TILE;
  const context = tile.getContext('2d');
  if (!context) return fill;
  context.fillStyle = fill;
  context.fillRect(0, 0, TILE, TILE);
  context.strokeStyle = palette.ink[style]!;
  context.fillStyle = palette.ink[style]!;
  drawTile(context, style);
  return context.createPattern(tile, 'repeat') ?? fill;
}
