/**
 * Splits the name directory into shard files (shard-format.ts says how) and writes the manifest. The number of
 * shards follows the number of keys, so that a shard mostly holds the entries of one key: a county's 1,000
 * villages give a few hundred files of a few KB each, a province's a few thousand.
 */
import {
  bucketOf,
  isEmptyShard,
  type KeyScheme,
  keysOf,
  type NameManifest,
  packShard,
  type PackedShard,
  prefixKeysOf,
} from './shard-format';
import type { NameEntry } from './types';

/** Fewest and most shards. */
const MIN_BUCKETS = 16;
const MAX_BUCKETS = 4096;

/** The manifest and every shard (shard n at index n). */
export interface NameShards {
  manifest: NameManifest;
  shards: PackedShard[];
}

/** The smallest power of two ≥ n. */
const powerOfTwo = (n: number) => 2 ** Math.ceil(Math.log2(Math.max(1, n)));

/**
 * Splits entries into shards; `buckets` overrides the count chosen from the number of keys; `scheme`: how entries
 * are keyed (shard-format.ts › KeyScheme; a province or city directory uses `prefix`).
 */
export function buildShards(
  entries: readonly NameEntry[],
  buckets?: number,
  scheme: KeyScheme = 'characters',
): NameShards {
  const keysOfForm = scheme === 'prefix' ? prefixKeysOf : keysOf;
  // Forms are normalised when made (forms.ts), as keysOf and prefixKeysOf expect.
  const keysByEntry = entries.map((entry) => new Set(entry.forms.flatMap(keysOfForm)));
  const distinct = new Set(keysByEntry.flatMap((keys) => [...keys])).size;
  const count = buckets ?? Math.min(MAX_BUCKETS, Math.max(MIN_BUCKETS, powerOfTwo(distinct / 2)));
  const members: NameEntry[][] = Array.from({ length: count }, () => []);
  entries.forEach((entry, index) => {
    const shards = new Set([...(keysByEntry[index] ?? [])].map((key) => bucketOf(key, count)));
    for (const shard of shards) members[shard]?.push(scheme === 'prefix' ? formsOfShard(entry, shard, count) : entry);
  });
  const shards = members.map(packShard);
  return {
    manifest: {
      ...(scheme === 'prefix' ? { scheme } : {}),
      version: versionOf(shards),
      buckets: count,
      ...(scheme === 'prefix' ? {} : { sizes: members.map((list) => list.length) }),
    },
    shards,
  };
}

/**
 * An entry as a `prefix` shard stores it: only its forms that begin with one of the shard's keys. A query read from
 * this shard begins with such a key, so its exact and prefix matches are all among them (胡家庄 → 胡家庄村), and so
 * are its near misses within the beginning (胡家村 → 胡家庄村); the other forms (pinyin, the township first) are in
 * the shards of their own beginnings. 河南's shards are less than half the size they were with every form.
 */
function formsOfShard(entry: NameEntry, shard: number, buckets: number): NameEntry {
  const forms = entry.forms.filter((form) => prefixKeysOf(form).some((key) => bucketOf(key, buckets) === shard));
  return { ...entry, forms };
}

/** A short fingerprint of the shards' content (FNV-1a of their JSON), in base 36. */
function versionOf(shards: readonly PackedShard[]): string {
  let hash = 0x811c9dc5;
  for (const shard of shards) {
    const text = JSON.stringify(shard);
    for (let index = 0; index < text.length; index += 1) {
      hash ^= text.charCodeAt(index);
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
  }
  return hash.toString(36);
}

/**
 * The directory's files as static routes (`names/manifest.json`, `names/<n>.json`), each with its JSON body. A shard
 * the manifest gives as empty (`isEmptyShard`) has no file: the browser answers it without a request. A
 * county's directory has about a quarter of its shards empty; 河南's 181 counties wrote 33,786 files of `[]`, a tenth
 * of the site's files.
 */
export function shardFiles({ manifest, shards }: NameShards): { params: { file: string }; props: { body: string } }[] {
  const files = [{ params: { file: 'manifest' }, props: { body: JSON.stringify(manifest) } }];
  shards.forEach((shard, index) => {
    if (!isEmptyShard(manifest, index))
      files.push({ params: { file: String(index) }, props: { body: JSON.stringify(shard) } });
  });
  return files;
}
