/**
 * Page weight budgets over the test build: what a cheap phone downloads before a page is usable (HTML + CSS + JS,
 * gzip, images aside; see scripts/quality/up-front.ts), and no JavaScript on pages without interaction
 * (scripts/quality/interactive.ts says which pages are interactive).
 */
import { describe, expect, it } from 'vitest';
import { distPages } from '../../scripts/quality/dist-pages';
import { inlineJs, interactiveFeatures, TINY_INLINE_JS } from '../../scripts/quality/interactive';
import { DistReader, gzipBytes } from '../../scripts/quality/up-front';
import { TEST_BUILDS } from '../support/build-site';

/** Up-front budgets by page type, gzip bytes. */
const BUDGETS: Record<string, number> = { village: 40 * 1024 };

const { outDir, base } = TEST_BUILDS.root;
const reader = new DistReader(outDir, base);
const pages = distPages(outDir).map((page) => {
  const html = reader.read(page.file);
  return { ...page, html, weight: reader.upFront(page.file, page.path), features: interactiveFeatures(html) };
});
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

describe('page weight', () => {
  it('has pages of the budgeted types to check', () => {
    for (const type of Object.keys(BUDGETS))
      expect(pages.filter((page) => page.type === type).length).toBeGreaterThan(0);
  });

  it.each(Object.entries(BUDGETS))('every %s page loads at most its budget up front (gzip)', (type, budget) => {
    const over = pages
      .filter((page) => page.type === type && page.weight.total > budget)
      .map(
        (p) =>
          `${p.path}: ${kb(p.weight.total)} (HTML ${kb(p.weight.html)}, CSS ${kb(p.weight.css)}, JS ${kb(p.weight.js)})`,
      );
    expect(over, `over the ${kb(budget)} budget`).toEqual([]);
  });

  it('pages without interaction load no JavaScript file but the header search box starter', () => {
    // The header box (SearchEntry.astro) is on every page: its starter only listens for a focus and then imports the
    // name suggestions; that starter and Vite's preload helper are all a page without interaction may load.
    const starter = (asset: string) => /SearchEntry\.astro_astro_type_script|preload-helper\./u.test(asset);
    const plain = pages.filter((page) => page.features.length === 0);
    const offenders = plain
      .map((page) => ({ page, js: page.weight.assets.filter((asset) => /\.m?js$/u.test(asset) && !starter(asset)) }))
      .filter(({ js }) => js.length > 0)
      .map(({ page, js }) => `${page.path}: ${js.join(', ')}`);
    expect(offenders).toEqual([]);
    const heaviest = Math.max(...plain.map((page) => page.weight.js));
    expect(heaviest, `the starter is ${kb(heaviest)} gzip`).toBeLessThanOrEqual(2 * 1024);
  });

  it('pages without interaction carry only the tiny site-wide inline script, the same on every page', () => {
    const plain = pages.filter((page) => page.features.length === 0);
    expect(plain.length).toBeGreaterThan(0);
    const scripts = new Set(plain.map((page) => inlineJs(page.html).join('\n;\n')));
    expect([...scripts].length, 'every page without interaction has the same inline JavaScript').toBe(1);
    const [script = ''] = scripts;
    expect(gzipBytes(script), `inline JavaScript is ${kb(gzipBytes(script))} gzip`).toBeLessThanOrEqual(TINY_INLINE_JS);
  });
});
