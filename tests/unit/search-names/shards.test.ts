/**
 * Shards of the name directory: a query reads one shard (two for a long Chinese query) and ranks exactly as the
 * whole directory does; URLs of roster villages; the files stay small.
 */
import { describe, expect, it } from 'vitest';
import { buildDirectory } from '../../../src/lib/search/names/directory';
import { completeFromOneShard, rankBeginnings, rankNames } from '../../../src/lib/search/names/rank';
import { MATCH } from '../../../src/lib/search/names/rank';
import {
  ONE_CHARACTER_SHARD_LIMIT,
  prefixQueryKey,
  queryKeys,
  shardsFor,
  startShardFor,
  unpackShard,
} from '../../../src/lib/search/names/shard-format';
import { buildShards, shardFiles } from '../../../src/lib/search/names/shards';
import { paths } from '../../../src/lib/urls';
import { COUNTY } from './fixtures';

const directory = buildDirectory(COUNTY);
const QUERIES = [
  '胡家庄',
  '辛庄',
  '胡家村',
  '胡家装村',
  '张寨',
  '文留镇胡家庄村',
  'hujiazhuang',
  'jiazhuang',
  'hjz',
  'h',
  '丝',
];

/** What the browser would find: the shards for the query, read back and ranked. */
function viaShards(query: string, buckets?: number) {
  const { manifest, shards } = buildShards(directory, buckets);
  const candidates = shardsFor(query, manifest).flatMap((shard) =>
    unpackShard(JSON.parse(JSON.stringify(shards[shard]))),
  );
  return rankNames(candidates, query).map(({ entry }) => `${entry.name}|${entry.url}`);
}

describe('name shards', () => {
  it.each(QUERIES)('%s: the shards rank like the whole directory', (query) => {
    const whole = rankNames(directory, query).map(({ entry }) => `${entry.name}|${entry.url}`);
    expect(whole.length).toBeGreaterThan(0);
    expect(viaShards(query)).toEqual(whole);
    expect(viaShards(query, 16)).toEqual(whole);
  });

  it.each([1, 2, 3, 10])(
    'showing %i names: the first shard alone, when it is complete, shows what the whole directory would',
    (limit) => {
      const { manifest, shards } = buildShards(directory);
      let skipped = 0;
      for (const query of QUERIES) {
        const [first, ...rest] = shardsFor(query, manifest);
        const whole = rankNames(directory, query, limit).map(({ entry }) => entry.url);
        const fromFirst = rankNames(unpackShard(shards[first!] ?? []), query, limit);
        if (rest.length > 0 && completeFromOneShard(fromFirst, limit)) {
          skipped += 1;
          expect(
            fromFirst.map(({ entry }) => entry.url),
            query,
          ).toEqual(whole);
        }
      }
      // The rule is exercised: with few names shown, some long Chinese query needs no second shard.
      if (limit <= 2) expect(skipped).toBeGreaterThan(0);
    },
  );

  it('reads for one character found in most names the shard of the names beginning with it: those, ranked alike', () => {
    // Many names with 村, a few beginning with it: the roster of a county, in small.
    const villages = Array.from({ length: 500 }, (_, n) => ({
      ...directory[0]!,
      name: `庄${n}村`,
      forms: [`庄${n}村`],
    }));
    const starting = ['村前', '村后', '村东'].map((name) => ({ ...directory[0]!, name, forms: [name] }));
    const entries = [...villages, ...starting, ...directory];
    const { manifest, shards } = buildShards(entries);
    const start = startShardFor('村', manifest);
    expect(start).toBeDefined();
    expect(manifest.sizes![start!]).toBeLessThan(ONE_CHARACTER_SHARD_LIMIT);
    const found = rankBeginnings(unpackShard(shards[start!]!), '村');
    const whole = rankNames(entries, '村', 1000).filter((name) => name.match <= MATCH.prefix);
    expect(found.map(({ entry }) => entry.name)).toEqual(whole.map(({ entry }) => entry.name).slice(0, 20));
    expect(found.map(({ entry }) => entry.name)).toEqual(expect.arrayContaining(['村前', '村后', '村东']));
    // A character in few names, or a shard already fetched, or a longer query: the shards of before.
    expect(startShardFor('胡', manifest)).toBeUndefined();
    expect(startShardFor('村', manifest, new Set(shardsFor('村', manifest)))).toBeUndefined();
    expect(startShardFor('村前', manifest)).toBeUndefined();
  });

  it('reads one shard, or two for a Chinese query of three characters or more', () => {
    const { manifest } = buildShards(directory);
    expect(shardsFor('胡家', manifest)).toHaveLength(1);
    expect(shardsFor('hujiazhuang', manifest)).toHaveLength(1);
    expect(shardsFor('胡家村', manifest).length).toBeLessThanOrEqual(2);
    expect(manifest.sizes).toHaveLength(manifest.buckets);
  });

  it('reads a shard fetched already when one of the query keys is in it, and ranks the same', () => {
    const { manifest, shards } = buildShards(directory);
    const first = shardsFor('胡', manifest);
    const next = shardsFor('胡家庄', manifest, new Set(first));
    expect(next[0]).toBe(first[0]);
    const ranked = rankNames(
      next.flatMap((shard) => unpackShard(shards[shard] ?? [])),
      '胡家庄',
    );
    expect(ranked.map(({ entry }) => entry.url)).toEqual(rankNames(directory, '胡家庄').map(({ entry }) => entry.url));
  });

  it('keys a query by its Chinese characters, else its letter pairs, else its first letter', () => {
    expect(queryKeys('胡家 庄')).toEqual(['胡', '家', '庄']);
    expect(queryKeys('HJZ')).toEqual(['hj', 'jz']);
    expect(queryKeys('h')).toEqual(['^h']);
  });

  it('links a roster village to its profile, or else to its line on the township page', () => {
    const url = (name: string, place: string) =>
      directory.find((entry) => entry.kind === 'village' && entry.name === name && entry.place === place)?.url;
    expect(url('胡家庄村', '文留镇')).toBe('/villages/wenliu/hujiazhuang/');
    expect(url('张寨村', '子岸镇')).toBe(paths.rosterVillage('ziyan', 'zhangzhai', false));
    const honor = directory.find((entry) => entry.kind === 'honor' && entry.place?.startsWith('胡家庄村'));
    expect(honor?.url).toBe('/villages/wenliu/hujiazhuang/#honors');
  });

  it('writes no file for an empty shard; a query keyed to one finds nothing in the whole directory either', () => {
    const { manifest, shards } = buildShards(directory);
    const written = new Set(shardFiles({ manifest, shards }).map(({ params }) => params.file));
    const empty = manifest.sizes!.flatMap((size, index) => (size === 0 ? [index] : []));
    expect(empty.length).toBeGreaterThan(0);
    expect(written.has('manifest')).toBe(true);
    for (let index = 0; index < shards.length; index += 1)
      expect(written.has(String(index))).toBe(!empty.includes(index));
    // Some Han characters of no name: each one's shard is empty, so it is answered without a file, and rightly.
    const unknown = [...'鑫鹏龘麟翔瑞祥'].filter((query) => empty.includes(shardsFor(query, manifest)[0]!));
    expect(unknown.length).toBeGreaterThan(0);
    for (const query of unknown) expect(rankNames(directory, query)).toEqual([]);
  });

  it('keeps a shard of a 1,000-village county to a few KB', () => {
    const villages = Array.from({ length: 1000 }, (_, index) => ({
      officialName: `${'王李张刘陈杨赵黄周吴'[index % 10]}${'家东西南北前后新老大'[Math.floor(index / 10) % 10]}${'庄寨屯集营楼店岗'[Math.floor(index / 100) % 8]}${index}村委会`,
      name: `${'王李张刘陈杨赵黄周吴'[index % 10]}${'家东西南北前后新老大'[Math.floor(index / 10) % 10]}${'庄寨屯集营楼店岗'[Math.floor(index / 100) % 8]}村`,
      slug: `v${index}`,
    }));
    const big = buildDirectory({
      ...COUNTY,
      roster: [{ id: 'wenliu', data: { officialName: '濮阳县文留镇', villages } }],
    });
    const { manifest, shards } = buildShards(big);
    const bytes = shards.map((shard) => JSON.stringify(shard).length).sort((a, b) => a - b);
    expect(manifest.buckets).toBeGreaterThanOrEqual(16);
    expect(bytes[Math.floor(bytes.length / 2)]).toBeLessThan(8_000);
  });
});

describe('name shards keyed by the beginning of names (a province or city)', () => {
  const { manifest, shards } = buildShards(directory, undefined, 'prefix');
  const read = (query: string) =>
    shardsFor(query, manifest).flatMap((shard) => unpackShard(JSON.parse(JSON.stringify(shards[shard]))));

  it.each(['胡家庄', '胡家', '张寨村', '文留镇胡家庄村', '文留胡家', 'hujiazhuang', 'hujiaz', 'hjz', 'zhangzhai'])(
    '%s: one shard, holding every name that starts with it or is it, ranked as the whole directory ranks them',
    (query) => {
      expect(shardsFor(query, manifest)).toHaveLength(1);
      const best = (entries: typeof directory) =>
        rankNames(entries, query, 1000)
          .filter(({ match }) => match <= MATCH.prefix)
          .map(({ entry }) => `${entry.name}|${entry.url}`);
      const whole = best(directory);
      expect(whole.length, query).toBeGreaterThan(0);
      expect(best(read(query))).toEqual(whole);
    },
  );

  it('has no shard for a query of one character or two letters, and says so in the manifest', () => {
    expect(manifest.scheme).toBe('prefix');
    // One shard per query: the manifest needs no sizes to choose among them (a province's would be 6 KB).
    expect(manifest).not.toHaveProperty('sizes');
    for (const query of ['胡', 'hu', '']) {
      expect(prefixQueryKey(query)).toBeUndefined();
      expect(shardsFor(query, manifest)).toEqual([]);
    }
    expect(prefixQueryKey('胡家庄村')).toBe('胡家');
    expect(prefixQueryKey('HuJiaZhuang')).toBe('hujiaz');
    expect(prefixQueryKey('hjz')).toBe('hjz');
  });

  it('keeps in a shard only the forms that begin with one of its keys, near misses still found', () => {
    const hujiazhuang = (query: string) =>
      read(query).find((entry) => entry.name === '胡家庄村' && entry.url.includes('hujiazhuang'))?.forms;
    // The Chinese shard holds the Chinese forms that begin with 胡家, the pinyin shard the pinyin forms.
    expect(hujiazhuang('胡家庄')).toEqual(expect.arrayContaining(['胡家庄村', '胡家庄']));
    expect(hujiazhuang('胡家庄')!.every((form) => form.startsWith('胡家'))).toBe(true);
    expect(hujiazhuang('hujiazhuang')!.every((form) => form.startsWith('hujiaz'))).toBe(true);
    // A forgotten or wrong character after the beginning still finds it (胡家村, 胡家装村).
    for (const query of ['胡家村', '胡家装村']) {
      expect(
        rankNames(read(query), query, 5).map(({ entry }) => entry.name),
        query,
      ).toContain('胡家庄村');
    }
  });

  it('stores each name in fewer shards than the character keys do', () => {
    const size = (files: { shards: unknown[] }) => JSON.stringify(files.shards).length;
    expect(size({ shards })).toBeLessThan(size(buildShards(directory)) / 2);
  });
});
