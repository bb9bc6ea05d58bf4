/**
 * What a county's build leaves for its province or city site (README › Province), when it is built as a shard
 * (`CHUANGXING_SHARD=<slug>`): `_shard/summary.json` (the shell's pages) and `_shard/names.json` (the name
 * directory over every county). Never published: the assembly removes `_shard/`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { countySummary } from '../lib/province/summary';
import type { NameEntry } from '../lib/search/names/types';
import { paths } from '../lib/urls';
import type { ContentSet } from '../validate/content-set';

/** The environment variable that marks a shard build and names its county folder. */
export const SHARD_ENV = 'CHUANGXING_SHARD';

/** Writes the shard's files into `outDir/_shard/`; `names`: the county's name directory. */
export function writeShardOutput(outDir: string, slug: string, content: ContentSet, names: readonly NameEntry[]): void {
  if (!content.county) throw new Error(`shard ${slug}: the content check passed without a county`);
  const dir = join(outDir, '_shard');
  mkdirSync(dir, { recursive: true });
  const summary = countySummary({ ...content, slug, county: content.county.data }, (id) => paths.bulletin(id));
  writeFileSync(join(dir, 'summary.json'), JSON.stringify(summary));
  writeFileSync(join(dir, 'names.json'), JSON.stringify(names));
}
