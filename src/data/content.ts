/**
 * Thin wrappers over getCollection(): each returns entries sorted the way pages list them. In a build each query
 * runs once and its result is shared by every page (content cannot change during a build): sorting 45,000 villages
 * by pinyin on each of a province's pages made rendering take hours. Shared lists are frozen, so a page cannot
 * reorder them for the next one. In dev every call reads afresh, so edits show at once.
 */
import { getCollection, getEntry } from 'astro:content';
import { kindOptions, sortBulletins, townshipOptions } from '../lib/bulletins';
import { groupedBy } from '../lib/entries';
import { pinyinCollator } from '../lib/stars';

const cache = new Map<string, Promise<unknown>>();

/** Runs `load` once per build for `key` (every time in dev). */
function once<T>(key: string, load: () => Promise<T>): Promise<T> {
  if (import.meta.env.DEV) return load();
  let hit = cache.get(key) as Promise<T> | undefined;
  if (!hit) cache.set(key, (hit = load()));
  return hit;
}

/** A list sorted by `compare`, frozen (typed as a plain array: sorting it again in place throws at build time). */
const sorted = <T>(list: T[], compare: (a: T, b: T) => number): T[] => Object.freeze(list.sort(compare)) as T[];

/** The county (content/county.yaml). */
export async function getCounty() {
  const county = await once('county', async () => getEntry('county', 'county'));
  if (!county) throw new Error('content/county.yaml 缺失 (missing)');
  return county.data;
}

/** All townships, in pinyin order. */
export function getTownships() {
  return once('townships', async () =>
    sorted(await getCollection('townships'), (a, b) => pinyinCollator.compare(a.data.name, b.data.name)),
  );
}

/** All villages, in pinyin order; pass a township slug to get only its villages. */
export async function getVillages(township?: string) {
  const all = await once('villages', async () =>
    sorted(await getCollection('villages'), (a, b) => pinyinCollator.compare(a.data.name, b.data.name)),
  );
  if (township === undefined) return all;
  // Frozen like the full list; typed as a plain array the same way.
  return (groupedBy(all, 'township', (village) => [village.data.township]).get(township) ?? []) as typeof all;
}

/** All bulletins, newest first (lib/bulletins sortBulletins); pass a township slug to get those that concern it. */
export async function getBulletins(township?: string) {
  const all = await once('bulletins', async () => {
    const list = sortBulletins(await getCollection('bulletins'));
    return Object.freeze(list) as typeof list; // typed as a plain array, like `sorted`
  });
  if (township === undefined) return all;
  return (groupedBy(all, 'township', (bulletin) => bulletin.data.townships).get(township) ?? []) as typeof all;
}

/** The bulletin filters: kinds and townships that have bulletins, with their counts (lib/bulletins). */
export function getBulletinFilters() {
  return once('bulletin filters', async () => {
    const bulletins = await getBulletins();
    return { kinds: kindOptions(bulletins), townships: townshipOptions(bulletins, await getTownships()) };
  });
}

/** All industries, in pinyin order. */
export function getIndustries() {
  return once('industries', async () =>
    sorted(await getCollection('industries'), (a, b) => pinyinCollator.compare(a.data.name, b.data.name)),
  );
}

/** All honors. */
export function getHonors() {
  return once(
    'honors',
    async () => Object.freeze(await getCollection('honors')) as Awaited<ReturnType<typeof getCollection<'honors'>>>,
  );
}

/** All metrics files; pass a township slug to get only its years, oldest first. */
export async function getMetrics(township?: string) {
  const all = await once('metrics', async () =>
    sorted(await getCollection('metrics'), (a, b) => a.data.year - b.data.year),
  );
  return township === undefined ? all : all.filter((entry) => entry.data.township === township);
}

/** The five star pages, in their official order. */
export function getStarPages() {
  return once('stars', async () => sorted(await getCollection('stars'), (a, b) => a.data.order - b.data.order));
}
