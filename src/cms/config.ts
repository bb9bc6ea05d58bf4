/**
 * The whole Decap CMS config (admin/config.yml): the production backend (self-hosted GitLab or Gitea, from
 * CMS_* environment variables at build time), local mode through `decap-server`, Simplified Chinese, and the
 * collections generated from the content model.
 */
import { stringify } from 'yaml';
import { cmsCollections, type CmsCollection } from './collections';

/** Git hosts the CMS can publish to (both run self-hosted in county offices). */
export type BackendName = 'gitlab' | 'gitea';

/** The production backend. */
export interface BackendOptions {
  name: BackendName;
  /** `group/project` (GitLab) or `owner/repo` (Gitea). */
  repo: string;
  branch: string;
  /** Origin of the Git host, e.g. https://git.example.gov.cn. */
  baseUrl: string;
  /** Its API root (default: GitLab `<base>/api/v4`, Gitea `<base>/api/v1`). */
  apiRoot: string;
  /** The OAuth application's client id. */
  appId: string;
}

/** The port `decap-server` listens on in local mode. */
export const LOCAL_PORT = 8081;

/** Backend settings from the environment (CMS_BACKEND, CMS_REPO, CMS_BRANCH, CMS_BASE_URL, CMS_API_ROOT, CMS_APP_ID). */
export function backendFromEnv(env: Record<string, string | undefined>): BackendOptions {
  const name: BackendName = env['CMS_BACKEND'] === 'gitea' ? 'gitea' : 'gitlab';
  const baseUrl = (env['CMS_BASE_URL'] ?? 'https://git.example.gov.cn').replace(/\/+$/u, '');
  return {
    name,
    repo: env['CMS_REPO'] ?? 'xuanchuan/wuxing',
    branch: env['CMS_BRANCH'] ?? 'main',
    baseUrl,
    apiRoot: env['CMS_API_ROOT'] ?? `${baseUrl}/api/${name === 'gitlab' ? 'v4' : 'v1'}`,
    appId: env['CMS_APP_ID'] ?? '',
  };
}

/** The backend block of config.yml: OAuth with PKCE, no server of our own. */
function backendBlock(backend: BackendOptions): Record<string, unknown> {
  const common = {
    name: backend.name,
    repo: backend.repo,
    branch: backend.branch,
    base_url: backend.baseUrl,
    api_root: backend.apiRoot,
    app_id: backend.appId,
    commit_messages: {
      create: '新建 {{collection}}：{{slug}}（内容管理后台）',
      update: '修改 {{collection}}：{{slug}}（内容管理后台）',
      delete: '删除 {{collection}}：{{slug}}（内容管理后台）',
      uploadMedia: '上传图片 {{path}}（内容管理后台）',
      deleteMedia: '删除图片 {{path}}（内容管理后台）',
    },
  };
  return backend.name === 'gitlab' ? { ...common, auth_type: 'pkce' } : common;
}

/** The Decap config object. */
export interface CmsConfig extends Record<string, unknown> {
  collections: CmsCollection[];
}

/**
 * Builds the config; `localPort` is where `decap-server` answers in local mode; `contentDir` the content folder it
 * edits, relative to the repository (a county of a province site: `content/counties/<slug>`).
 */
export function cmsConfig(backend: BackendOptions, localPort = LOCAL_PORT, contentDir?: string): CmsConfig {
  return {
    locale: 'zh_Hans',
    backend: backendBlock(backend),
    // Only used when the page is opened on localhost / 127.0.0.1 (Decap checks the host): `npm run cms`.
    local_backend: { url: `http://localhost:${localPort}/api/v1`, allowed_hosts: ['127.0.0.1'] },
    publish_mode: 'simple',
    // Required at the top level; every collection overrides it with the folder beside the entry.
    media_folder: 'content/uploads',
    public_folder: 'uploads',
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    editor: { preview: false },
    collections: cmsCollections(contentDir),
  };
}

/** The text of admin/config.yml for the content folder `contentDir` (default: the site's own). */
export function cmsConfigFile(backend: BackendOptions, contentDir?: string): string {
  const config = cmsConfig(backend, LOCAL_PORT, contentDir);
  return `# 由 src/cms/config.ts 根据内容模型生成，不要手改 (generated from the content model; do not edit)\n${stringify(
    config,
    { aliasDuplicateObjects: false, lineWidth: 0 },
  )}`;
}

/** The origins the admin page may connect to: the Git host's API and OAuth server, and local mode's proxy. */
export function connectOrigins(backend: BackendOptions, localPort = LOCAL_PORT): string[] {
  const origins = [backend.baseUrl, backend.apiRoot].map((url) => new URL(url).origin);
  return [...new Set([...origins, `http://localhost:${localPort}`, `http://127.0.0.1:${localPort}`])];
}
