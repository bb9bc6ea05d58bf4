/**
 * admin/<slug>/config.yml: the Decap CMS config of one county of a province or city site (src/cms/config.ts), its
 * collections in content/counties/<slug>/.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { backendFromEnv, cmsConfigFile } from '../../../../cms/config';
import { countyContentFolder } from '../../../../schema/table';
import { getCounties } from '../../../data';

export const getStaticPaths = (() =>
  getCounties().map((county) => ({ params: { county: county.slug } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(cmsConfigFile(backendFromEnv(process.env), countyContentFolder(params['county']!)), {
    headers: { 'content-type': 'text/yaml; charset=utf-8' },
  });
