// @ts-check
import { defineConfig } from 'astro/config';
import { chuangxing } from './src/integrations/index.ts';

/**
 * One option sets the sub-path the site is served under (a county portal's 专题 section, e.g. /zhuanti/wuxing/):
 * the BASE_PATH environment variable, default "/". SITE_URL sets the absolute origin used for canonical URLs.
 */
const base = process.env.BASE_PATH ?? '/';
const site = process.env.SITE_URL ?? 'https://wuxing.example.gov.cn';
/**
 * CHUANGXING_SHELL=1 builds the shell of a province or city site (src/shell/: home, cities, the name directory over
 * every county) instead of a county; `npm run build` on a content tree sets it (README › Province).
 */
const shell = Boolean(process.env.CHUANGXING_SHELL);
/**
 * CHUANGXING_BATCH='["fan","qingfeng"]' builds several counties of a province or city tree in one build, each below
 * /<slug>/ (src/lib/province/batch.ts); its srcDir (src/batch/) holds only their collections and the middleware, and
 * the integration adds every page of src/pages/ once per county.
 */
const batch = Boolean(process.env.CHUANGXING_BATCH);

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR ?? './dist',
  // Processed images are cached here and reused by the next build (README › Image cache); CI keeps this folder.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  srcDir: shell ? './src/shell' : batch ? './src/batch' : './src',
  integrations: [chuangxing({ shell })],
  // Four pages rendered at once: a page's render waits on its file write and on content reads; with one at a time
  // the process idles through them (a county shard built 17% faster alone, 9% with two beside each other; the
  // sample's output is byte for byte the same).
  build: { format: 'directory', concurrency: 4 },
  // Staff write no code blocks to highlight, and Shiki's inline colour styles would need 'unsafe-inline' under the CSP.
  markdown: { syntaxHighlight: false },
  // Content-Security-Policy on every page (a <meta>; README › Security): scripts only from this site or hashed (Astro
  // hashes the scripts it bundles, the display scripts register theirs), Pagefind's WebAssembly, no other host.
  // Style attributes stay allowed (chart heights, table alignment); docs/deploy/nginx.conf adds frame-ancestors.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      // Stylesheets from this site or hashed (style-src-elem), style attributes inline (style-src-attr); nothing on
      // style-src itself, which both override (so Astro has no shadowed source to warn about on every build).
      styleDirective: {
        resources: [
          { resource: "'self'", kind: 'element' },
          { resource: "'unsafe-inline'", kind: 'attribute' },
        ],
      },
    },
  },
  vite: {
    build: {
      rolldownOptions: {
        // Rolldown (Vite 8's bundler) warns MODULE_LEVEL_DIRECTIVE once per MDX file: Astro's MDX output starts with
        // its own "use astro:head-inject" directive, which the bundler cannot keep. Staff cannot act on it, and a
        // county's 1,000 MDX files would bury every other message; that code alone is dropped, all others are kept.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && /\.mdx(\?|$)/u.test(log.id ?? '')) return;
          handler(level, log);
        },
      },
    },
  },
});
