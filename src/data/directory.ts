/**
 * The village directory of the build (lib/directory mergeDirectory over the roster and the profiles), made once per
 * build and shared by every page: a province has 52,378 villages, so no page scans or merges them again.
 */
import { type DirectoryVillage, mergeDirectory } from '../lib/directory';
import { groupedBy } from '../lib/entries';
import { getBulletins, getRoster, getVillages, once, type VillageEntry } from './content';

/** A village profile entry, as src/data/content returns it. */
type Profile = VillageEntry;

/** A unit of the directory with its profile entry (ready for render()). */
export type DirectoryUnit = DirectoryVillage<Profile>;

/** The directory, built on the first call of a build (every call in dev, so edits show). */
function directory() {
  return once('directory', async () => {
    const merged = mergeDirectory(await getRoster(), await getVillages());
    const byTownship = new Map([...merged].map(([township, units]) => [township, Object.freeze(units)]));
    return { byTownship, all: Object.freeze([...byTownship.values()].flat()) };
  });
}

/** Every unit of the county, township by township (roster order, then profiles the roster lacks). */
export async function getDirectory(): Promise<readonly DirectoryUnit[]> {
  return (await directory()).all;
}

/** Every unit of one township; none for a township the site knows nothing of. */
export async function getTownshipDirectory(township: string): Promise<readonly DirectoryUnit[]> {
  return (await directory()).byTownship.get(township) ?? [];
}

/** The bulletins that name a village (by its id), newest first. */
export async function getBulletinsOfVillage(id: string) {
  const bulletins = await getBulletins();
  return groupedBy(bulletins, 'village', (bulletin) => bulletin.data.villages).get(id) ?? [];
}
