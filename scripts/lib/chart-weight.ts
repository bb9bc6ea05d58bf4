/**
 * The chart JavaScript a built page downloads, gzip-compressed: the small loader it fetches up front, and chart.js
 * (with whatever it imports) that the loader fetches when a chart scrolls into view. A page without charts: 0.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CHART_FIGURE_ATTRIBUTE } from '../../src/lib/charts/marker';

/** One JavaScript file of the chart code. */
export interface ChartFile {
  /** Path inside the built site, e.g. `_astro/render.Cp1xm31Y.js`. */
  file: string;
  /** Gzip size (level 9), bytes. */
  gzip: number;
  /** True when it is fetched only once a chart nears the screen (dynamic import), false when fetched up front. */
  onScroll: boolean;
}

/** The chart code of one page. */
export interface ChartWeight {
  files: ChartFile[];
  /** Gzip bytes fetched with the page. */
  upFront: number;
  /** Gzip bytes fetched when the first chart nears the screen. */
  onScroll: number;
  total: number;
}

/** Relative or root-relative `.js` specifiers in a module, each marked dynamic when it sits in `import(…)`. */
export function jsSpecifiers(code: string): { specifier: string; dynamic: boolean }[] {
  const pattern = /(import\(\s*)?["'`]((?:\.{1,2}\/|\/)[^"'`\s]+?\.js)["'`]/g;
  return [...code.matchAll(pattern)].map((match) => ({ specifier: match[2]!, dynamic: match[1] !== undefined }));
}

/** The module scripts of an HTML page: `src` URLs and the text of inline modules. */
function pageScripts(html: string): { src?: string; text?: string }[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].flatMap((match) => {
    const attributes = match[1]!;
    if (!/type=["']?module/.test(attributes)) return [];
    const src = /\bsrc=["']([^"']+)["']/.exec(attributes)?.[1];
    return [src ? { src } : { text: match[2]! }];
  });
}

/**
 * Measures the chart code of the page at `pagePath` (e.g. `/townships/wenliu/`) in the site built into `dist`
 * under `base`. The loader is the module that names the chart-figure attribute; everything it imports, statically
 * (up front) or through `import()` (on scroll), is chart code.
 */
export function chartWeight(dist: string, pagePath: string, base = '/'): ChartWeight {
  const prefix = base.replace(/\/+$/, '');
  const toFile = (url: string, from: string) => {
    const { pathname } = new URL(url, `http://site${from}`);
    return pathname.startsWith(`${prefix}/`) ? decodeURIComponent(pathname.slice(prefix.length + 1)) : undefined;
  };
  const read = (file: string) => readFileSync(join(dist, file), 'utf8');
  const html = read(join(pagePath.replace(/^\/+/, ''), 'index.html'));
  const found = new Map<string, boolean>();
  const visit = (code: string, from: string, onScroll: boolean) => {
    for (const { specifier, dynamic } of jsSpecifiers(code)) {
      const file = toFile(specifier, from);
      const later = onScroll || dynamic;
      if (!file || (found.has(file) && (later || !found.get(file)))) continue;
      found.set(file, later);
      visit(read(file), `${prefix}/${file}`, later);
    }
  };
  const pageUrl = `${prefix}${pagePath}`;
  for (const script of pageScripts(html)) {
    const file = script.src ? toFile(script.src, pageUrl) : undefined;
    const code = file ? read(file) : (script.text ?? '');
    if (!code.includes(CHART_FIGURE_ATTRIBUTE)) continue;
    if (file) found.set(file, false);
    visit(code, file ? `${prefix}/${file}` : pageUrl, false);
  }
  const files = [...found].map(([file, onScroll]) => ({
    file,
    onScroll,
    gzip: gzipSync(readFileSync(join(dist, file)), { level: 9 }).length,
  }));
  const sum = (list: ChartFile[]) => list.reduce((total, file) => total + file.gzip, 0);
  const upFront = sum(files.filter((file) => !file.onScroll));
  const onScroll = sum(files.filter((file) => file.onScroll));
  return { files, upFront, onScroll, total: upFront + onScroll };
}
