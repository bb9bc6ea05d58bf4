/**
 * How the name directory is split into small files and read back, shared by the build and the browser. A file
 * (shard) holds every entry having one of its keys; keys are the Chinese characters of an entry's forms, every pair
 * of adjacent letters of its pinyin forms (`hu`, `uj`, `ji` …), and `^h` for a pinyin form starting with h. A key
 * goes to shard `hash(key) % buckets`. A query's match must contain all of its keys, so one shard has every
 * candidate: the browser takes the smallest (sizes are in the manifest); two for a Chinese query of three or more
 * characters, so that a query with one wrong character is still found (rank.ts MATCH.oneOff).
 */
import { isHan, normalize } from './normalize';
import { NAME_KINDS, type NameEntry } from './types';

/** The manifest (`names/manifest.json`): how many shards, and how many entries each holds. */
export interface NameManifest {
  /** Changes with the content; added to shard URLs so a new build is never mixed with a cached old shard. */
  version: string;
  /** Number of shards; shard `n` is `names/<n>.json`. */
  buckets: number;
  /** Entries per shard. */
  sizes: number[];
}

/** A shard as written: entries as arrays (kind index, name, place, url, forms joined by spaces, order). */
export type PackedShard = [number, string, string, string, string, string][];

/** FNV-1a hash of a key, as an unsigned 32-bit number. */
function hashKey(key: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < key.length; index += 1) {
    hash ^= key.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** The shard of a key. */
export const bucketOf = (key: string, buckets: number) => hashKey(key) % buckets;

/** The keys of one normalised form (or query): Han characters, letter pairs, and `^` + the first letter. */
export function keysOf(text: string): string[] {
  const keys = new Set<string>();
  const chars = [...text];
  let latin = '';
  const flush = () => {
    if (latin) keys.add(`^${latin[0]}`);
    for (let index = 0; index + 1 < latin.length; index += 1) keys.add(latin.slice(index, index + 2));
    latin = '';
  };
  for (const char of chars) {
    if (isHan(char)) {
      flush();
      keys.add(char);
    } else latin += char;
  }
  flush();
  return [...keys];
}

/**
 * The keys a query's matches must all have: its Han characters, or its letter pairs (a one-letter query: the
 * names starting with that letter).
 */
export function queryKeys(query: string): string[] {
  const keys = keysOf(normalize(query));
  const han = keys.filter((key) => isHan(key));
  if (han.length > 0) return han;
  const pairs = keys.filter((key) => !key.startsWith('^'));
  return pairs.length > 0 ? pairs : keys;
}

/**
 * The shards to read for a query: the smallest one of its keys, or the two smallest for a long Chinese query.
 * Shards already `loaded` come first whatever their size, so typing on (胡 → 胡家 → 胡家庄) reads the shard the
 * first keystroke fetched instead of fetching another: any shard of a query key holds every candidate.
 */
export function shardsFor(query: string, manifest: NameManifest, loaded: ReadonlySet<number> = new Set()): number[] {
  const keys = queryKeys(query);
  const buckets = [...new Set(keys.map((key) => bucketOf(key, manifest.buckets)))];
  const cost = (bucket: number) => (loaded.has(bucket) ? -1 : (manifest.sizes[bucket] ?? 0));
  buckets.sort((a, b) => cost(a) - cost(b) || a - b);
  const han = keys.length > 0 && isHan(keys[0] ?? '');
  return buckets.slice(0, han && [...normalize(query)].length >= 3 ? 2 : 1);
}

/** Writes entries as a shard. */
export function packShard(entries: readonly NameEntry[]): PackedShard {
  return entries.map((entry) => [
    NAME_KINDS.indexOf(entry.kind),
    entry.name,
    entry.place ?? '',
    entry.url,
    entry.forms.join(' '),
    entry.order,
  ]);
}

/** Reads a shard back into entries. */
export function unpackShard(shard: PackedShard): NameEntry[] {
  return shard.map(([kind, name, place, url, forms, order]) => ({
    kind: NAME_KINDS[kind] ?? 'village',
    name,
    ...(place ? { place } : {}),
    url,
    forms: forms.split(' '),
    order,
  }));
}
