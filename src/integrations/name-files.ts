/**
 * The name directory's files (`names/manifest.json`, `names/<n>.json`), written by the integration after a build:
 * a county's from the content the build's check validated, a province or city shell's from the counties' directories
 * (keyed by the beginning of names, `prefix`). As static routes (~1,000 for a county, 4,096 for 河南's shell) they
 * cost seconds of route generation; as plain writes a few milliseconds. In dev the routes
 * src/pages/names/[file].json.ts and src/shell/pages/names/[file].json.ts serve the same files.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { KeyScheme } from '../lib/search/names/shard-format';
import type { NameEntry } from '../lib/search/names/types';
import { buildShards, shardFiles } from '../lib/search/names/shards';

/** Writes the directory of `entries` into `<outDir>/names/`, keyed by `scheme`; returns how many files. */
export function writeNameFiles(outDir: string, entries: readonly NameEntry[], scheme?: KeyScheme): number {
  const dir = join(outDir, 'names');
  mkdirSync(dir, { recursive: true });
  const files = shardFiles(buildShards(entries, undefined, scheme));
  for (const { params, props } of files) writeFileSync(join(dir, `${params.file}.json`), props.body);
  return files.length;
}
