/**
 * The admin page's own script: loads the Decap CMS bundle served beside the page (no CDN), registers the
 * project's file formats (src/cms/formats.ts) and the pre-save hook that names new files by the pinyin rule
 * (src/cms/file-names.ts), then starts the CMS, which reads config.yml next to the page. The bundle's address is
 * in `<meta name="cms-script">` (src/components/cms/CmsPage.astro).
 */
import { entrySlug, photoChanges } from '../file-names';
import { FORMATS, fromPageFile, fromYamlFile, toPageFile, toYamlFile } from '../formats';
import { t } from '../../i18n/zh-CN';

/** The bits of Decap's immutable entry the hook uses. */
interface ImmutableMap {
  get(key: string): unknown;
  set(key: string, value: unknown): ImmutableMap;
  setIn(path: (string | number)[], value: unknown): ImmutableMap;
  toJS(): Record<string, unknown>;
}

type Data = Record<string, unknown>;

/** The bits of the `CMS` global the page uses. */
interface DecapGlobal {
  init(options?: object): void;
  registerCustomFormat(
    name: string,
    extension: string,
    formatter: { fromFile(text: string): Data; toFile(data: Data, sortedKeys?: string[]): string },
  ): void;
  registerEventListener(listener: {
    name: string;
    handler: (event: { entry: ImmutableMap }) => ImmutableMap | undefined;
  }): void;
}

declare global {
  interface Window {
    CMS_MANUAL_INIT?: boolean;
    CMS?: DecapGlobal;
  }
}

/** The file name of a new entry: the 文件名 the officer typed, else the pinyin rule's. */
function newFileName(collection: string, data: Record<string, unknown>): string | undefined {
  const given = String(data['slug'] ?? '').trim();
  if (given !== '') return given;
  const result = entrySlug(collection, data);
  if (!result) return undefined;
  if ('unknown' in result) throw new Error(t.cms.noPinyin(result.unknown.join('')));
  if (result.slug === '') throw new Error(t.cms.noName);
  return result.slug;
}

/**
 * Before a new entry is saved: fills its 文件名 field (which the collection's `slug` template reads) and points its
 * photos at the folder beside it. Edits of existing entries pass through unchanged.
 */
function nameNewFile({ entry }: { entry: ImmutableMap }): ImmutableMap | undefined {
  if (!entry.get('newRecord')) return undefined;
  const data = entry.get('data') as ImmutableMap;
  const plain = data.toJS();
  const stem = newFileName(String(entry.get('collection')), plain);
  if (stem === undefined) return undefined;
  return photoChanges(plain, stem).reduce((next, [path, value]) => next.setIn(path, value), data.set('slug', stem));
}

/** Registers formats and hooks, then starts the CMS. */
function start(cms: DecapGlobal): void {
  cms.registerCustomFormat(FORMATS.data, 'yaml', { fromFile: fromYamlFile, toFile: toYamlFile });
  cms.registerCustomFormat(FORMATS.page, 'mdx', { fromFile: fromPageFile, toFile: toPageFile });
  cms.registerEventListener({ name: 'preSave', handler: nameNewFile });
  cms.init();
}

window.CMS_MANUAL_INIT = true;
const script = document.createElement('script');
// Beside the page on a county site; one folder up on a province site (one bundle for every county's page).
const bundle = document.querySelector('meta[name="cms-script"]')?.getAttribute('content') ?? 'decap-cms.js';
script.src = new URL(bundle, document.baseURI).href;
script.addEventListener('load', () => {
  if (window.CMS) start(window.CMS);
});
document.head.append(script);
