/** admin/config.yml: the Decap CMS config, generated from the content model at build time (src/cms/config.ts). */
import type { APIRoute } from 'astro';
import { stringify } from 'yaml';
import { backendFromEnv, cmsConfig } from '../../cms/config';

export const GET: APIRoute = () =>
  new Response(
    `# 由 src/cms/config.ts 根据内容模型生成，不要手改 (generated from the content model; do not edit)\n${stringify(
      cmsConfig(backendFromEnv(process.env)),
      { aliasDuplicateObjects: false, lineWidth: 0 },
    )}`,
    { headers: { 'content-type': 'text/yaml; charset=utf-8' } },
  );
