/**
 * The name directory of this build (src/lib/search/names), made once from the collections and split into shards
 * for src/pages/names/[file].json.ts.
 */
import { getCollection } from 'astro:content';
import { buildDirectory } from '../lib/search/names/directory';
import { buildShards, type NameShards } from '../lib/search/names/shards';
import { getHonors, getIndustries, getTownships, getVillages } from './content';

let shards: Promise<NameShards> | undefined;

/** The manifest and shards of the name directory (built once per build; afresh in dev). */
export function getNameShards(): Promise<NameShards> {
  if (shards && !import.meta.env.DEV) return shards;
  shards = (async () => {
    const [townships, roster, villages, industries, honors] = await Promise.all([
      getTownships(),
      getCollection('roster'),
      getVillages(),
      getIndustries(),
      getHonors(),
    ]);
    return buildShards(buildDirectory({ townships, roster, villages, industries, honors }));
  })();
  return shards;
}
