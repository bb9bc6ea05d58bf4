/**
 * The routes of a batch build (src/lib/province/batch.ts): every page of src/pages/ again below `/[county]/`, the
 * same files (their `getStaticPaths` go through `perCounty`, src/data/batch.ts). The batch build's own srcDir
 * (src/batch/) has no pages, so these are its only routes. The CMS (admin/) is left out: a province's shell has it.
 */
import { globSync } from 'node:fs';
import { join } from 'node:path';

/** Folders of src/pages/ a county of a province does not publish. */
const LEFT_OUT = /^admin\//u;

/** The route pattern of a page file below src/pages/ (`villages/[...id].astro` → `/villages/[...id]`). */
export function routeOf(file: string): string {
  const path = file.replace(/\.(astro|ts|js)$/u, '').replace(/(^|\/)index$/u, '');
  return path ? `/${path}` : '';
}

/** The routes to inject: `/[county]` + each page's route, with the page's file as entrypoint. */
export function batchRoutes(root: string): { pattern: string; entrypoint: string }[] {
  const pages = join(root, 'src', 'pages');
  return globSync('**/*.{astro,ts,js}', { cwd: pages })
    .map((file) => file.split('\\').join('/'))
    .filter((file) => !LEFT_OUT.test(file))
    .sort()
    .map((file) => ({ pattern: `/[county]${routeOf(file)}`, entrypoint: join(pages, file) }));
}
