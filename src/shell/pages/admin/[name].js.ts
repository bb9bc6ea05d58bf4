/** admin/decap-cms.js and its chunks, once for every county's CMS page (src/cms/decap-files.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { decapFile, decapPaths } from '../../../cms/decap-files';

export const getStaticPaths = (() => decapPaths()) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => decapFile(params['name']);
