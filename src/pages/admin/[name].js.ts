/**
 * admin/decap-cms.js and its chunks (src/cms/decap-files.ts). None in a county built as a shard of a province
 * site: the province's shell serves the CMS for every county (src/shell/pages/admin/), and 95 chunks (5.8 MB) per
 * county would cost each county's build time.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { decapFile, decapPaths } from '../../cms/decap-files';

export const getStaticPaths = (() => (process.env['CHUANGXING_SHARD'] ? [] : decapPaths())) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => decapFile(params['name']);
