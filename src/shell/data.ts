/**
 * The shell's data: the site file (content/site.yaml) and what each county's build left in `.shards/<slug>/_shard/`
 * (summary and name directory), read once per build from the folder CHUANGXING_SHARDS names.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import yaml from 'js-yaml';
import { type Site, siteSchema } from '../schema/collections';
import type { CountySummary } from '../lib/province/summary';
import type { NameEntry } from '../lib/search/names/types';

/** The folder of the county shards. */
const shardsDir = () => resolve(process.env['CHUANGXING_SHARDS'] ?? '.shards');

/** The site file, validated (the build stopped earlier if it was not valid). */
export function getSite(): Site {
  return siteSchema.parse(yaml.load(readFileSync('content/site.yaml', 'utf8'), { schema: yaml.CORE_SCHEMA }));
}

/** Every county shard's folder name that has a summary. */
function shardSlugs(): string[] {
  const dir = shardsDir();
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => existsSync(join(dir, name, '_shard', 'summary.json')))
    .sort();
}

let summaries: CountySummary[] | undefined;
/** The counties' summaries, in folder order. */
export function getCounties(): CountySummary[] {
  summaries ??= shardSlugs().map(
    (slug) => JSON.parse(readFileSync(join(shardsDir(), slug, '_shard', 'summary.json'), 'utf8')) as CountySummary,
  );
  return summaries;
}

/** Every county's name directory, with paths below the county and its name after each entry's place. */
export function getNameEntries(): NameEntry[] {
  return getCounties().flatMap((county) => {
    const file = join(shardsDir(), county.slug, '_shard', 'names.json');
    const entries = JSON.parse(readFileSync(file, 'utf8')) as NameEntry[];
    return entries.map((entry) => ({
      ...entry,
      url: `/${county.slug}${entry.url}`,
      place: entry.place ? `${entry.place} · ${county.name}` : county.name,
    }));
  });
}
