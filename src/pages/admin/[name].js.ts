/**
 * admin/decap-cms.js and the chunks it loads on demand (admin/<n>.decap-cms.js), copied from the decap-cms
 * package at build time, so the admin page loads nothing from a CDN. None in a county built as a shard of a
 * province site: its admin/ is left out (src/integrations/admin-page.ts), and 5 MB of chunks cost each county time.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';

const DIST = dirname(createRequire(import.meta.url).resolve('decap-cms/dist/decap-cms.js'));

export const getStaticPaths = (() =>
  (process.env['CHUANGXING_SHARD'] ? [] : readdirSync(DIST))
    .filter((file) => file.endsWith('decap-cms.js'))
    .map((file) => ({ params: { name: file.slice(0, -'.js'.length) } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(readFileSync(join(DIST, `${params['name']}.js`)), {
    headers: { 'content-type': 'text/javascript; charset=utf-8' },
  });
