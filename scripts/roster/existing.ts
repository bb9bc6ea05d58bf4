/**
 * Reads what content/ already holds for an import: township files (slug, name, villageCount), the roster files
 * written before, and the names in village profiles' frontmatter. Files are found with the collection table's
 * patterns, so the tool sees the files the site reads. An unreadable file stops the import with its name.
 */
import { globSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import yaml from 'js-yaml';
import { COLLECTIONS, type CollectionName } from '../../src/schema/table';
import type { Existing } from './plan';
import { RosterError } from './source';

/** The files of a collection below `contentDir` with their id (path without extension) and parsed data. */
function read(
  contentDir: string,
  collection: CollectionName,
): { id: string; file: string; data: Record<string, unknown> }[] {
  const { folder, pattern, format } = COLLECTIONS[collection];
  const dir = join(contentDir, folder);
  return globSync(pattern, { cwd: dir })
    .sort()
    .map((path) => {
      const file = join(dir, path);
      const text = readFileSync(file, 'utf8');
      const source = format === 'page' ? (/^---\r?\n([\s\S]*?)\r?\n---/u.exec(text)?.[1] ?? '') : text;
      let data: unknown;
      try {
        data = file.endsWith('.json') ? JSON.parse(source) : yaml.load(source, { schema: yaml.CORE_SCHEMA });
      } catch (error) {
        throw new RosterError(
          `读不懂 ${relative(process.cwd(), file) || file}：${error instanceof Error ? error.message.split('\n')[0] : String(error)}。` +
            `先改好这个文件（npm run check:content 会指出哪一行），再运行 npm run roster（unreadable file）`,
        );
      }
      return { id: path.replace(/\.[^./]+$/u, ''), file, data: (data ?? {}) as Record<string, unknown> };
    });
}

/** A string field, or undefined. */
const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** What content/ holds for planning an import. */
export function readExisting(contentDir: string): Existing & { countyName?: string } {
  const county = read(contentDir, 'county')[0];
  const countyName = text(county?.data['name']);
  return {
    ...(countyName ? { countyName } : {}),
    townships: read(contentDir, 'townships').map(({ id, data }) => ({
      slug: id,
      ...(text(data['name']) ? { name: text(data['name'])! } : {}),
      villageCount: data['villageCount'],
    })),
    rosters: read(contentDir, 'roster').map(({ id, data }) => ({
      slug: id,
      code: String(data['code'] ?? ''),
      ...(text(data['officialName']) ? { officialName: text(data['officialName'])! } : {}),
      villages: (Array.isArray(data['villages']) ? (data['villages'] as Record<string, unknown>[]) : []).map((v) => ({
        code: String(v['code'] ?? ''),
        officialName: String(v['officialName'] ?? ''),
        name: String(v['name'] ?? ''),
        slug: String(v['slug'] ?? ''),
      })),
    })),
    profiles: read(contentDir, 'villages').map(({ id, data }) => {
      const [township = '', slug = ''] = id.split('/');
      const name = text(data['name']);
      const printedName = text(data['printedName']);
      return { township, slug, ...(name ? { name } : {}), ...(printedName ? { printedName } : {}) };
    }),
  };
}
