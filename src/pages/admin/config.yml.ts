/** admin/config.yml: the Decap CMS config, generated from the content model at build time (src/cms/config.ts). */
import type { APIRoute } from 'astro';
import { backendFromEnv, cmsConfigFile } from '../../cms/config';

export const GET: APIRoute = () =>
  new Response(cmsConfigFile(backendFromEnv(process.env)), { headers: { 'content-type': 'text/yaml; charset=utf-8' } });
