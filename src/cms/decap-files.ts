/**
 * The Decap CMS bundle served from the site itself (no CDN): `decap-cms.js` and the chunks it loads on demand
 * (`<n>.decap-cms.js`), read from the decap-cms package at build time, for the admin routes of a county site
 * (src/pages/admin/) and of a province site's shell (src/shell/pages/admin/).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const DIST = dirname(createRequire(import.meta.url).resolve('decap-cms/dist/decap-cms.js'));

/** The bundle's files as static routes (`[name].js`). */
export const decapPaths = (): { params: { name: string } }[] =>
  readdirSync(DIST)
    .filter((file) => file.endsWith('decap-cms.js'))
    .map((file) => ({ params: { name: file.slice(0, -'.js'.length) } }));

/** One file of the bundle. */
export const decapFile = (name: string | undefined): Response =>
  new Response(readFileSync(join(DIST, `${name}.js`)), {
    headers: { 'content-type': 'text/javascript; charset=utf-8' },
  });
