/**
 * The name directory's files (`names/manifest.json`, `names/<n>.json`), written by the integration after a build
 * from the content the build's check validated: as ~1,000 static routes of a county they cost seconds of route
 * generation (two of every five files of a county site), as plain writes a few milliseconds. In dev the route
 * src/pages/names/[file].json.ts serves the same files.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NameEntry } from '../lib/search/names/types';
import { buildShards, shardFiles } from '../lib/search/names/shards';

/** Writes the directory of `entries` into `<outDir>/names/`; returns how many files. */
export function writeNameFiles(outDir: string, entries: readonly NameEntry[]): number {
  const dir = join(outDir, 'names');
  mkdirSync(dir, { recursive: true });
  const files = shardFiles(buildShards(entries));
  for (const { params, props } of files) writeFileSync(join(dir, `${params.file}.json`), props.body);
  return files.length;
}
