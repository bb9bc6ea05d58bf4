/**
 * Which pages may ship JavaScript. A page is interactive when it has one of these, as the components render them:
 * the search panel (`data-search`, components/search/SearchPanel.astro), a chart (`data-chart-figure`,
 * components/charts/ChartFigure.astro) or a photo gallery's lightbox (`data-lightbox`,
 * components/photos/PhotoLightbox.astro). Every other page works by HTML and CSS alone; the only JavaScript it
 * may carry is the site-wide 适老化 display script: inline, the same on every page and tiny.
 */
import { inlineBlocks, stripRawText } from './refs';

/** Marker attributes of interactive features, by feature. */
export const INTERACTIVE_MARKERS = {
  search: 'data-search',
  chart: 'data-chart-figure',
  gallery: 'data-lightbox',
} as const;

/** Largest inline JavaScript (gzip bytes, all blocks of a page together) a page without interaction may carry. */
export const TINY_INLINE_JS = 1024;

/** Script types that are JavaScript (others, such as JSON data or templates, are not run). */
const JS_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/** The interactive features a page's HTML has (empty for a page without interaction). */
export function interactiveFeatures(html: string): string[] {
  const tags = stripRawText(html);
  return Object.entries(INTERACTIVE_MARKERS)
    .filter(([, marker]) => new RegExp(`<[^>]*\\s${marker}(?=[\\s=>/])`, 'u').test(tags))
    .map(([feature]) => feature);
}

/** The inline JavaScript blocks of a page (scripts without src whose type is JavaScript). */
export function inlineJs(html: string): string[] {
  return inlineBlocks(html, 'script')
    .filter((block) => !block.attrs.has('src') && JS_TYPES.has((block.attrs.get('type') ?? '').toLowerCase()))
    .map((block) => block.text.trim())
    .filter(Boolean);
}
