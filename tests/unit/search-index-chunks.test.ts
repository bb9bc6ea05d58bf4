/**
 * The widened chunk ranges of a Pagefind index (src/lib/search/index-chunks.ts): Pagefind's own rule (a query word
 * loads the chunks whose range holds it), applied to the widened list, loads every chunk that the whole index's
 * search would use — the chunks of the words a query word begins, and of the longest word it begins with when
 * none is longer — on a vocabulary cut into small chunks the way Pagefind cuts it.
 */
import { describe, expect, it } from 'vitest';
import {
  chunksOfMeta,
  compareCodePoints,
  decodeCbor,
  encodeCbor,
  type IndexChunk,
  loadsChunk,
  PREFIX_CHUNKS,
  widenChunkRanges,
  widenedEntries,
} from '../../src/lib/search/index-chunks';

/** Words sorted as Pagefind sorts them, cut into chunks of `size` words. */
function chunked(words: readonly string[], size: number): { chunks: IndexChunk[]; holder: Map<string, string> } {
  const sorted = [...new Set(words)].sort(compareCodePoints);
  const chunks: IndexChunk[] = [];
  const holder = new Map<string, string>();
  for (let start = 0; start < sorted.length; start += size) {
    const part = sorted.slice(start, start + size);
    const hash = `zh-cn_${chunks.length}`;
    chunks.push({ from: part[0]!, to: part.at(-1)!, hash });
    for (const word of part) holder.set(word, hash);
  }
  return { chunks, holder };
}

/** The chunks the whole index's search uses for `term`: its extensions, or else its longest indexed beginning. */
function needed(term: string, holder: ReadonlyMap<string, string>): Set<string> {
  const words = [...holder.keys()];
  const extensions = words.filter((word) => word.startsWith(term));
  if (extensions.length > 0) return new Set(extensions.map((word) => holder.get(word)!));
  const beginnings = words.filter((word) => term.startsWith(word)).sort((a, b) => b.length - a.length);
  return new Set(beginnings.slice(0, 1).map((word) => holder.get(word)!));
}

/** The chunks Pagefind loads for `term` from a chunk list (its strict rule). */
const loaded = (entries: readonly IndexChunk[], term: string) =>
  new Set(entries.filter((entry) => loadsChunk(entry, term)).map((entry) => entry.hash));

/** A vocabulary like a county's: village names, their beginnings as Pagefind's segmenter leaves them, words. */
const VOCABULARY = [
  ...['张', '张寨', '张寨村', '张楼', '张庄', '张庄村', '张大张', '张湾', '张家', '张家庄', '张三', '张营'],
  ...['村', '村委会', '村民', '村民委员会', '村史馆', '村集体', '村干部', '村规民约', '村容', '村务'],
  ...['胡', '胡家', '胡家庄', '胡家庄村', '胡状', '胡楼', '胡寨'],
  ...['分', '分布', '分解', '分隔', '分类', '创', '创建', '创新'],
  ...['合作', '合作社', '社', '社区', '红', '红白', '理事会', '星', '星级', '文明', '幸福'],
  ...['hujiazhuang', 'hjz', 'zhangzhai', '2023', '𠀀字', '𠀀'],
];

describe('widened chunk ranges', () => {
  it('orders strings by code point, as Rust does (an astral character after every BMP one)', () => {
    expect(compareCodePoints('张', '张寨')).toBeLessThan(0);
    expect(compareCodePoints('\uffff', '𠀀')).toBeLessThan(0);
    expect('\uffff' < '𠀀').toBe(false); // JavaScript's UTF-16 order differs
    expect(compareCodePoints('村', '村')).toBe(0);
  });

  it('loads for every query word the chunks the whole index would use, in chunks as small as two words', () => {
    for (const size of [2, 3, 5]) {
      const { chunks, holder } = chunked(VOCABULARY, size);
      const entries = widenedEntries(chunks, Infinity);
      const terms = [...VOCABULARY, '张', '张寨镇', '分红', '村史', '胡家庄村委会', 'hu', '合', '社会', '星期', '𠀀'];
      for (const term of terms) {
        const want = needed(term, holder);
        const got = loaded(entries, term);
        for (const hash of want) expect(got, `${term} (chunks of ${size})`).toContain(hash);
      }
    }
  });

  it('where Pagefind alone misses them: its own ranges leave out chunks of longer and shorter words', () => {
    const { chunks, holder } = chunked(VOCABULARY, 3);
    const missing = ['张', '村', '分红'].filter((term) => {
      const got = loaded(chunks, term);
      return [...needed(term, holder)].some((hash) => !got.has(hash));
    });
    expect(missing).toEqual(['张', '村', '分红']);
  });

  it('loads at most PREFIX_CHUNKS chunks of longer words for one query word, beyond its own place', () => {
    const { chunks } = chunked(VOCABULARY, 2);
    const village = loaded(widenedEntries(chunks), '村');
    const all = loaded(widenedEntries(chunks, Infinity), '村');
    expect(all.size).toBeGreaterThan(village.size);
    // the chunk holding 村 itself (by its range) and PREFIX_CHUNKS more
    expect(village.size).toBeLessThanOrEqual(1 + PREFIX_CHUNKS);
  });

  it('loads few chunks a query word does not need: at most the two at the edges of its range', () => {
    for (const size of [2, 3, 5]) {
      const { chunks, holder } = chunked(VOCABULARY, size);
      const entries = widenedEntries(chunks, Infinity);
      for (const term of VOCABULARY) {
        const want = needed(term, holder);
        const extra = [...loaded(entries, term)].filter((hash) => !want.has(hash));
        expect(extra.length, `${term} (chunks of ${size}): ${extra.join(' ')}`).toBeLessThanOrEqual(2);
      }
    }
  });
});

describe("Pagefind's metadata", () => {
  /** Metadata as Pagefind 1.6 writes it (gunzipped): signature, then MetaIndex as a CBOR array. */
  const meta = (chunks: IndexChunk[]) => {
    const body = encodeCbor([
      '1.6.0',
      [['zh-cn_p1', 120]],
      chunks.map((chunk) => [chunk.from, chunk.to, chunk.hash]),
      [['乡镇', 'zh-cn_f1']],
      [],
      ['title', 'kind'],
    ]);
    return Uint8Array.from([...new TextEncoder().encode('pagefind_dcd'), ...body]);
  };

  it('reads and writes CBOR back to the same bytes (shortest heads, as minicbor writes)', () => {
    const value = [
      'v',
      0,
      23,
      24,
      255,
      256,
      65_535,
      65_536,
      2 ** 32,
      'é村𠀀',
      Uint8Array.of(1, 2),
      [[]],
      new Map([[1, 'a']]),
    ];
    const bytes = encodeCbor(value);
    expect(decodeCbor(bytes)).toEqual(value);
    expect(encodeCbor(decodeCbor(bytes))).toEqual(bytes);
    expect(() => decodeCbor(Uint8Array.of(0x9f))).toThrow(/indefinite/u); // indefinite array
    expect(() => decodeCbor(Uint8Array.of(0x63, 0x61))).toThrow(/ends inside/u); // cut short
  });

  it('rewrites only the chunk list, with every chunk still listed', () => {
    const chunks = chunked(VOCABULARY, 3).chunks;
    const widened = widenChunkRanges(meta(chunks));
    const entries = chunksOfMeta(widened);
    expect(new Set(entries.map((entry) => entry.hash))).toEqual(new Set(chunks.map((chunk) => chunk.hash)));
    const [version, pages, , filters, sorts, fields] = decodeCbor(widened.subarray(12)) as unknown[];
    expect([version, pages, filters, sorts, fields]).toEqual([
      '1.6.0',
      [['zh-cn_p1', 120]],
      [['乡镇', 'zh-cn_f1']],
      [],
      ['title', 'kind'],
    ]);
  });

  it('refuses metadata it does not know, instead of publishing a search that cannot work', () => {
    expect(() => widenChunkRanges(new TextEncoder().encode('not pagefind'))).toThrow(/pagefind_dcd/u);
    const odd = Uint8Array.from([
      ...new TextEncoder().encode('pagefind_dcd'),
      ...encodeCbor(['1.6.0', [], [['a', 'b']]]),
    ]);
    expect(() => widenChunkRanges(odd)).toThrow(/not \(from, to, hash\)/u);
  });
});
