/**
 * The name directory of this build (src/lib/search/names), made once from the collections and split into shards
 * for src/pages/names/[file].json.ts.
 */
import { buildDirectory } from '../lib/search/names/directory';
import { buildShards, type NameShards } from '../lib/search/names/shards';
import { getHonors, getIndustries, getRoster, getTownships, getVillages, once } from './content';

/** The manifest and shards of the name directory (built once per build; afresh in dev). */
export function getNameShards(): Promise<NameShards> {
  return once('name shards', async () => {
    const [townships, roster, villages, industries, honors] = await Promise.all([
      getTownships(),
      getRoster(),
      getVillages(),
      getIndustries(),
      getHonors(),
    ]);
    return buildShards(buildDirectory({ townships, roster, villages, industries, honors }));
  });
}
