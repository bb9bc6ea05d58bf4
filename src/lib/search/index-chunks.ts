/**
 * The ranges of a Pagefind index's chunks, widened so that a search loads every chunk it needs.
 *
 * Pagefind matches each query word as a beginning (胡家 finds 胡家庄 and 胡家寨) and, where no indexed word begins
 * with it, by the longest indexed word it begins with (分红 by 分). But its WebAssembly loads only the chunks whose
 * range `from … to` (first and last word, in its `.pf_meta`) holds the query word itself: the longer words past
 * that chunk's end and the shorter word in an earlier chunk are not loaded, and their pages are not found. With
 * the small chunks this site writes (records.ts › SEARCH_INDEX_CHUNK_SIZE) that lost whole results: on 濮阳县
 * 「张」 found 120 of 873 pages, 「胡家」 88 of 125, 「分红」 none of 807. The build rewrites each index's metadata
 * with every chunk's range widened to all the query words that need it (`widenedEntries`,
 * src/integrations/pagefind.ts): a search then finds what it would with the whole index loaded, Pagefind's own code
 * does the rest, and a chunk is fetched for a query word that did not need it only at the edges of a range.
 *
 * Pure: a CBOR reader and writer for Pagefind's metadata (the integration gunzips and gzips it) and string order.
 */

/** One chunk of the index: it holds the words from `from` to `to` (in code point order), in `<hash>.pf_index`. */
export interface IndexChunk {
  from: string;
  to: string;
  hash: string;
}

/** What Pagefind writes before the CBOR of a `.pf_meta` file, once gunzipped. */
const SIGNATURE = new TextEncoder().encode('pagefind_dcd');

/** Code point order, the order of Rust's strings (Pagefind's), not JavaScript's UTF-16 order. */
export function compareCodePoints(a: string, b: string): number {
  const left = a[Symbol.iterator]();
  const right = b[Symbol.iterator]();
  for (;;) {
    const x = left.next();
    const y = right.next();
    if (x.done || y.done) return (x.done ? 0 : 1) - (y.done ? 0 : 1);
    const difference = x.value.codePointAt(0)! - y.value.codePointAt(0)!;
    if (difference !== 0) return difference;
  }
}

/** A CBOR value as far as Pagefind's metadata goes: whole numbers, strings, byte strings, arrays, maps. */
export type Cbor = number | string | Uint8Array | Cbor[] | Map<Cbor, Cbor>;

/** Decodes one CBOR item (RFC 8949) of the kinds in `Cbor`, with definite lengths: what Pagefind's minicbor writes. */
export function decodeCbor(bytes: Uint8Array): Cbor {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = new TextDecoder('utf-8', { fatal: true });
  let at = 0;
  const take = (length: number) => {
    if (at + length > bytes.length) throw new Error(`CBOR ends inside an item at byte ${at}`);
    const start = at;
    at += length;
    return start;
  };
  const argument = (info: number): number => {
    if (info < 24) return info;
    if (info === 24) return view.getUint8(take(1));
    if (info === 25) return view.getUint16(take(2));
    if (info === 26) return view.getUint32(take(4));
    if (info === 27) {
      const value = view.getBigUint64(take(8));
      if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new Error(`CBOR number too large at byte ${at - 9}`);
      return Number(value);
    }
    throw new Error(`CBOR item of indefinite or reserved length at byte ${at - 1}`);
  };
  const item = (): Cbor => {
    const head = view.getUint8(take(1));
    const major = head >> 5;
    const value = argument(head & 31);
    switch (major) {
      case 0:
        return value;
      case 2:
        return bytes.slice(take(value), at);
      case 3:
        return text.decode(bytes.subarray(take(value), at));
      case 4:
        return Array.from({ length: value }, item);
      case 5: {
        const map = new Map<Cbor, Cbor>();
        for (let entry = 0; entry < value; entry += 1) map.set(item(), item());
        return map;
      }
      default: // negative numbers, tags, floats and simple values: not in Pagefind's metadata
        throw new Error(`CBOR item of major type ${major} at byte ${at - 1}`);
    }
  };
  const value = item();
  if (at !== bytes.length) throw new Error(`CBOR has ${bytes.length - at} bytes after its item`);
  return value;
}

/** Encodes a value as CBOR with the shortest heads, as minicbor does: `decodeCbor`'s inverse. */
export function encodeCbor(value: Cbor): Uint8Array {
  const parts: Uint8Array[] = [];
  const head = (major: number, argument: number) => {
    const type = major << 5;
    if (argument < 24) parts.push(Uint8Array.of(type | argument));
    else if (argument < 2 ** 8) parts.push(Uint8Array.of(type | 24, argument));
    else if (argument < 2 ** 16) parts.push(Uint8Array.of(type | 25, argument >> 8, argument & 255));
    else {
      const wide = argument >= 2 ** 32;
      const bytes = new Uint8Array(wide ? 9 : 5);
      const view = new DataView(bytes.buffer);
      bytes[0] = type | (wide ? 27 : 26);
      if (wide) view.setBigUint64(1, BigInt(argument));
      else view.setUint32(1, argument);
      parts.push(bytes);
    }
  };
  const item = (value: Cbor) => {
    if (typeof value === 'number') {
      if (!Number.isSafeInteger(value) || value < 0) throw new Error(`CBOR: ${value} is not a whole number ≥ 0`);
      head(0, value);
    } else if (typeof value === 'string') {
      const bytes = new TextEncoder().encode(value);
      head(3, bytes.length);
      parts.push(bytes);
    } else if (value instanceof Uint8Array) {
      head(2, value.length);
      parts.push(value);
    } else if (Array.isArray(value)) {
      head(4, value.length);
      value.forEach(item);
    } else {
      head(5, value.size);
      for (const [key, entry] of value) {
        item(key);
        item(entry);
      }
    }
  };
  item(value);
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** The CBOR of a gunzipped `.pf_meta` file, after its signature; throws when the file does not begin with it. */
function metaCbor(meta: Uint8Array): Cbor {
  if (!SIGNATURE.every((byte, n) => meta[n] === byte)) throw new Error('not Pagefind metadata (no pagefind_dcd)');
  return decodeCbor(meta.subarray(SIGNATURE.length));
}

/**
 * The list of index chunks in Pagefind's `MetaIndex` (version, pages, index_chunks, …; a chunk is from, to, hash;
 * minicbor's default encoding, a struct as an array), checked: throws when the metadata is not of that shape, so
 * that a Pagefind release that changes it stops the build instead of publishing a search that cannot work.
 */
function chunkList(index: Cbor): IndexChunk[] {
  const list = Array.isArray(index) ? index[2] : undefined;
  if (!Array.isArray(index) || typeof index[0] !== 'string' || !Array.isArray(list)) {
    throw new Error('Pagefind metadata without a list of index chunks');
  }
  return list.map((chunk, n) => {
    const [from, to, hash] = Array.isArray(chunk) && chunk.length === 3 ? chunk : [];
    if (typeof from !== 'string' || typeof to !== 'string' || typeof hash !== 'string') {
      throw new Error(`index chunk ${n} of Pagefind's metadata is not (from, to, hash)`);
    }
    return { from, to, hash };
  });
}

/** The index chunks listed in a gunzipped `.pf_meta` file, in its order. */
export const chunksOfMeta = (meta: Uint8Array): IndexChunk[] => chunkList(metaCbor(meta));

/** Sorts after every word that begins with the string it ends (the last code point there is). */
const LAST = String.fromCodePoint(0x10ffff);

/**
 * How many chunks of longer words are loaded for one query word, beyond the chunk that holds its place. A
 * one-character query word (村, 星: the browser cuts 村史馆 into 村 | 史 | 馆) begins words that fill many chunks —
 * 村 nine on 濮阳县, 70 KB — and matches nearly every page with the first. Measured on 濮阳县 against the whole index
 * loaded at once (40 queries): with 1, the same results for all but the order of some and one result of 「分」 (1,113
 * of 1,114); with 2, the order of three; 「文明幸福星」 153 KB with 1, 162 KB with 2, 168 KB with 3.
 */
export const PREFIX_CHUNKS = 1;

/**
 * The entries of Pagefind's chunk list that make a search load every chunk it needs (a chunk may be listed more
 * than once; Pagefind loads each chunk once). For each chunk, in order:
 * - its range, from its first word to just past everything that begins with the shortest beginning of its last
 *   word that can be one of its words (Pagefind matches a query word with no longer word by the longest indexed
 *   word it begins with: 分红 by 分, in the chunk before);
 * - each beginning of its first word, alone (the words of a chunk that a shorter query word begins all begin with
 *   its first word's beginnings): for the first `limit` chunks of words beginning with it.
 */
export function widenedEntries(chunks: readonly IndexChunk[], limit = PREFIX_CHUNKS): IndexChunk[] {
  const listed = new Map<string, number>();
  return chunks.flatMap((chunk) => {
    const first = [...chunk.from];
    const last = [...chunk.to];
    let length = 1;
    while (length < last.length && compareCodePoints(last.slice(0, length).join(''), chunk.from) < 0) length += 1;
    const entries = [{ from: chunk.from, to: last.slice(0, length).join('') + LAST, hash: chunk.hash }];
    for (let end = 1; end < first.length; end += 1) {
      const beginning = first.slice(0, end).join('');
      const count = listed.get(beginning) ?? 0;
      if (count >= limit) continue;
      listed.set(beginning, count + 1);
      entries.push({ from: beginning, to: beginning, hash: chunk.hash });
    }
    return entries;
  });
}

/**
 * A gunzipped `.pf_meta` file with its chunk list replaced by `widenedEntries`. Everything else is written back as
 * it was (the same bytes). Throws on metadata it cannot read.
 */
export function widenChunkRanges(meta: Uint8Array, limit = PREFIX_CHUNKS): Uint8Array {
  const index = metaCbor(meta) as Cbor[];
  index[2] = widenedEntries(chunkList(index), limit).map((entry) => [entry.from, entry.to, entry.hash]);
  const body = encodeCbor(index);
  const out = new Uint8Array(SIGNATURE.length + body.length);
  out.set(SIGNATURE);
  out.set(body, SIGNATURE.length);
  return out;
}

/**
 * Whether a search for `word` loads `chunk` (Pagefind's test: the word lies within the chunk's range, compared in
 * code point order). For checks and tests of the widened metadata.
 */
export const loadsChunk = (chunk: IndexChunk, word: string): boolean =>
  compareCodePoints(word, chunk.from) >= 0 && compareCodePoints(word, chunk.to) <= 0;
