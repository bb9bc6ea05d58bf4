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

/**
 * How entries are keyed. `characters` (a county): every character and letter pair, so that a query finds names
 * that contain it, with a gap or a wrong character. `prefix` (a province or city, where a common character is in
 * thousands of names and its shard would be hundreds of KB): the first two Chinese characters of each form, or its
 * first 3 and 6 pinyin letters; a query of at least two characters or three letters then reads the one shard of its
 * own beginning, and finds the names that start with it (胡家庄 → 胡家庄村 in every county; 文留胡家庄 with the
 * township), a few KB.
 */
export type KeyScheme = 'characters' | 'prefix';

/** The manifest (`names/manifest.json`): how many shards, and how many entries each holds. */
export interface NameManifest {
  /** Absent: `characters`. */
  scheme?: 'prefix';
  /** Changes with the content; added to shard URLs so a new build is never mixed with a cached old shard. */
  version: string;
  /** Number of shards; shard `n` is `names/<n>.json`. */
  buckets: number;
  /**
   * Entries per shard, for choosing the smallest of a query's shards (`characters` scheme only: in the `prefix`
   * scheme a query has one shard, and 4,096 sizes would be 6 KB of every first search).
   */
  sizes?: number[];
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

/**
 * The keys of one normalised form (or query): Han characters, letter pairs, `^` + the first letter, and `^` + the
 * first character when it is Han (for a one-character query of a character in most names: `startShardFor`).
 */
export function keysOf(text: string): string[] {
  const keys = new Set<string>();
  const chars = [...text];
  if (chars[0] !== undefined && isHan(chars[0])) keys.add(`^${chars[0]}`);
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

/** Pinyin letters a `prefix` key takes: 3, and 6 for a longer query (three letters are shared by too many names). */
const PREFIX_LETTERS = [3, 6] as const;

/** The `prefix` scheme's keys of one normalised form: its first two Chinese characters, or its first 3 and 6 letters. */
export function prefixKeysOf(form: string): string[] {
  const chars = [...form];
  if (chars.length >= 2 && isHan(chars[0]!) && isHan(chars[1]!)) return [chars[0]! + chars[1]!];
  const letters = /^[a-z]+/u.exec(form)?.[0] ?? '';
  return PREFIX_LETTERS.filter((count) => letters.length >= count).map((count) => letters.slice(0, count));
}

/** The `prefix` key of a query, or undefined when it is too short to have one (one character, two letters). */
export function prefixQueryKey(query: string): string | undefined {
  const wanted = normalize(query);
  const chars = [...wanted];
  if (chars.length >= 2 && isHan(chars[0]!) && isHan(chars[1]!)) return chars[0]! + chars[1]!;
  if (chars.length > 0 && isHan(chars[0]!)) return undefined;
  const letters = /^[a-z]+/u.exec(wanted)?.[0] ?? '';
  const count = [...PREFIX_LETTERS].reverse().find((n) => letters.length >= n);
  return count ? letters.slice(0, count) : undefined;
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
 * The shards to read for a query: the smallest one of its keys, or the two smallest for a long Chinese query (in
 * the `prefix` scheme: the shard of its beginning, none for a query too short to have one).
 * Shards already `loaded` come first whatever their size, so typing on (胡 → 胡家 → 胡家庄) reads the shard the
 * first keystroke fetched instead of fetching another: any shard of a query key holds every candidate.
 */
export function shardsFor(query: string, manifest: NameManifest, loaded: ReadonlySet<number> = new Set()): number[] {
  if (manifest.scheme === 'prefix') {
    const key = prefixQueryKey(query);
    return key === undefined ? [] : [bucketOf(key, manifest.buckets)];
  }
  const keys = queryKeys(query);
  const buckets = [...new Set(keys.map((key) => bucketOf(key, manifest.buckets)))];
  const cost = (bucket: number) => (loaded.has(bucket) ? -1 : (manifest.sizes?.[bucket] ?? 0));
  buckets.sort((a, b) => cost(a) - cost(b) || a - b);
  const han = keys.length > 0 && isHan(keys[0] ?? '');
  return buckets.slice(0, han && [...normalize(query)].length >= 3 ? 2 : 1);
}

/**
 * Whether the manifest gives `shard` as empty: such a shard has no file (shards.ts › shardFiles) and the browser
 * answers it without a request. Only a county's `sizes` say so; a `prefix` directory writes every shard.
 */
export const isEmptyShard = (manifest: NameManifest, shard: number): boolean => manifest.sizes?.[shard] === 0;

/**
 * A one-character query whose shard holds more entries than this reads the shard of the names beginning with it
 * instead: 村 is in 1,042 of 濮阳县's names (49 KB gzip, for a list of ten that says nothing), 镇 in 685.
 */
export const ONE_CHARACTER_SHARD_LIMIT = 400;

/**
 * For a one-character Chinese query whose own shard is larger than `ONE_CHARACTER_SHARD_LIMIT` (and not fetched
 * yet): the shard of the names beginning with that character (`^村`), of which only those are to be listed.
 * Undefined otherwise, and in the `prefix` scheme (which has no shard for one character).
 */
export function startShardFor(
  query: string,
  manifest: NameManifest,
  loaded: ReadonlySet<number> = new Set(),
): number | undefined {
  const chars = [...normalize(query)];
  if (manifest.scheme === 'prefix' || chars.length !== 1 || !isHan(chars[0]!)) return undefined;
  const whole = bucketOf(chars[0]!, manifest.buckets);
  if (loaded.has(whole) || (manifest.sizes?.[whole] ?? 0) <= ONE_CHARACTER_SHARD_LIMIT) return undefined;
  return bucketOf(`^${chars[0]!}`, manifest.buckets);
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
