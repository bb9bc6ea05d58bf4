/**
 * Thin wrappers over getCollection(): each returns entries sorted the way pages list them. In a build each query
 * runs once and its result is shared by every page (content cannot change during a build): sorting 45,000 villages
 * by pinyin on each of a province's pages made rendering take hours. Shared lists are frozen, so a page cannot
 * reorder them for the next one. In dev every call reads afresh, so edits show at once.
 */
import { type CollectionEntry, type CollectionKey, getCollection as getAll, getEntry as getOne } from 'astro:content';
import { kindOptions, sortBulletins, townshipOptions } from '../lib/bulletins';
import { groupedBy } from '../lib/entries';
import { pinyinCollator } from '../lib/stars';
import { countyCollection, currentCounty } from '../lib/province/batch';
// The county of the page being made in a batch build is known once src/data/batch.ts is loaded.
import './batch';
import type { BulletinKind } from '../schema/glossary';

const cache = new Map<string, Promise<unknown>>();

/**
 * Runs `load` once per build for `key` (every time in dev); in a batch build of several counties, once per county
 * (src/lib/province/batch.ts).
 */
export function once<T>(key: string, load: () => Promise<T>): Promise<T> {
  if (import.meta.env.DEV) return load();
  const county = currentCounty();
  const keyed = county === undefined ? key : `${county}\u0000${key}`;
  let hit = cache.get(keyed) as Promise<T> | undefined;
  if (!hit) cache.set(keyed, (hit = load()));
  return hit;
}

/**
 * All entries of a collection of this county (in a batch build, the collection of the county whose page is made:
 * `villages_fan`, same entries and types).
 */
export function getCollection<C extends CollectionKey>(name: C): Promise<CollectionEntry<C>[]> {
  return getAll(countyCollection(name, currentCounty()) as C);
}

/** The roster's entries (content/roster/), as the collection has them. */
export const getRoster = () => once('roster', () => getCollection('roster'));

/** A list sorted by `compare`, frozen and typed read-only (sorting it again in place fails the type check). */
const sorted = <T>(list: T[], compare: (a: T, b: T) => number): readonly T[] => Object.freeze(list.sort(compare));

/** A township entry. */
export type TownshipEntry = CollectionEntry<'townships'>;
/** A village entry (id `township/village`). */
export type VillageEntry = CollectionEntry<'villages'>;
/** A bulletin entry. */
export type BulletinEntry = CollectionEntry<'bulletins'>;
/** An industry entry. */
export type IndustryEntry = CollectionEntry<'industries'>;
/** An honor entry. */
export type HonorEntry = CollectionEntry<'honors'>;
/** A metrics entry (one township and year). */
export type MetricsEntry = CollectionEntry<'metrics'>;
/** A star page entry. */
export type StarPageEntry = CollectionEntry<'stars'>;

/** The county (content/county.yaml). */
export async function getCounty() {
  const county = await once('county', async () =>
    getOne(countyCollection('county', currentCounty()) as 'county', 'county'),
  );
  if (!county) throw new Error('content/county.yaml 缺失 (missing)');
  return county.data;
}

/** All townships, in pinyin order. */
export function getTownships(): Promise<readonly TownshipEntry[]> {
  return once('townships', async () =>
    sorted(await getCollection('townships'), (a, b) => pinyinCollator.compare(a.data.name, b.data.name)),
  );
}

/** All villages, in pinyin order; pass a township slug to get only its villages. */
export async function getVillages(township?: string): Promise<readonly VillageEntry[]> {
  const all = await once('villages', async () =>
    sorted(await getCollection('villages'), (a, b) => pinyinCollator.compare(a.data.name, b.data.name)),
  );
  if (township === undefined) return all;
  return groupedBy(all, 'township', (village) => [village.data.township]).get(township) ?? [];
}

/** All bulletins, newest first (lib/bulletins sortBulletins); pass a township slug to get those that concern it. */
export async function getBulletins(township?: string): Promise<readonly BulletinEntry[]> {
  const all = await once('bulletins', async (): Promise<readonly BulletinEntry[]> =>
    Object.freeze(sortBulletins(await getCollection('bulletins'))),
  );
  if (township === undefined) return all;
  return groupedBy(all, 'township', (bulletin) => bulletin.data.townships).get(township) ?? [];
}

/** The bulletins of one kind, newest first (the full list grouped once per build, not filtered per page). */
export async function getBulletinsOfKind(kind: BulletinKind): Promise<readonly BulletinEntry[]> {
  return groupedBy(await getBulletins(), 'kind', (bulletin) => [bulletin.data.kind]).get(kind) ?? [];
}

/** The bulletin filters: kinds and townships that have bulletins, with their counts (lib/bulletins). */
export function getBulletinFilters() {
  return once('bulletin filters', async () => {
    const bulletins = await getBulletins();
    return { kinds: kindOptions(bulletins), townships: townshipOptions(bulletins, await getTownships()) };
  });
}

/** All industries, in pinyin order. */
export function getIndustries(): Promise<readonly IndustryEntry[]> {
  return once('industries', async () =>
    sorted(await getCollection('industries'), (a, b) => pinyinCollator.compare(a.data.name, b.data.name)),
  );
}

/** All honors. */
export function getHonors(): Promise<readonly HonorEntry[]> {
  return once('honors', async (): Promise<readonly HonorEntry[]> => Object.freeze(await getCollection('honors')));
}

/** All metrics files; pass a township slug to get only its years, oldest first. */
export async function getMetrics(township?: string): Promise<readonly MetricsEntry[]> {
  const all = await once('metrics', async () =>
    sorted(await getCollection('metrics'), (a, b) => a.data.year - b.data.year),
  );
  if (township === undefined) return all;
  return groupedBy(all, 'township', (entry) => [entry.data.township]).get(township) ?? [];
}

/** The five star pages, in their official order. */
export function getStarPages(): Promise<readonly StarPageEntry[]> {
  return once('stars', async () => sorted(await getCollection('stars'), (a, b) => a.data.order - b.data.order));
}
