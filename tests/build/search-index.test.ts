/**
 * The search index the build writes: Pagefind runs inside `astro build` (into the build's own folder, also under
 * the sub-path), every content page carries its filters and metadata, honors are custom records, and a Pagefind
 * failure stops the build with the reason.
 */
import { globSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { describe, expect, it } from 'vitest';
import { buildSearchIndex, SearchIndexError } from '../../src/integrations/pagefind';
import { SEARCH_INDEX_CHUNK_SIZE, SEARCH_LANGUAGE } from '../../src/lib/search/records';
import { TEST_BUILDS } from '../support/build-site';

/** Pagefind's entry file of a build. */
const entry = (outDir: string) =>
  JSON.parse(readFileSync(join(outDir, 'pagefind/pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };

/** HTML pages of a build that Pagefind indexes: those with data-pagefind-body, but not the search page itself. */
const indexedPages = (outDir: string) =>
  globSync('**/*.html', { cwd: outDir }).filter(
    (file) => file !== 'search/index.html' && readFileSync(join(outDir, file), 'utf8').includes('data-pagefind-body'),
  );

/** A word of four Latin letters for `n` < 26⁴ (Pagefind would cut digits and letters apart). */
const letters = (n: number) =>
  Array.from({ length: 4 }, (_, place) => String.fromCharCode(97 + (Math.floor(n / 26 ** place) % 26))).join('');

describe('search index', () => {
  it.each(Object.values(TEST_BUILDS))(
    'is written into $outDir as one Chinese index, without the search page',
    ({ outDir }) => {
      const { languages } = entry(outDir);
      expect(Object.keys(languages)).toEqual(['zh-cn']);
      // every page with data-pagefind-body, plus one record per village or township with honors (7 in the sample)
      expect(languages['zh-cn']!.page_count).toBe(indexedPages(outDir).length + 7);
    },
  );

  it('keeps only what the search page loads (no Pagefind UI, highlighter or web worker)', () => {
    const names = readdirSync(join(TEST_BUILDS.root.outDir, 'pagefind')).map((name) => name.replace(/_\w+\./u, '_#.'));
    expect(names.sort()).toEqual([
      'filter',
      'fragment',
      'index',
      'pagefind-entry.json',
      'pagefind.js',
      'pagefind.zh-cn_#.pf_meta',
      'wasm.unknown.pagefind',
    ]);
  });

  it('files a village page under its kind, township, level and years, with pinyin terms', () => {
    const html = readFileSync(join(TEST_BUILDS.root.outDir, 'villages/wenliu/hujiazhuang/index.html'), 'utf8');
    for (const expected of [
      '<span data-pagefind-filter="类型">村</span>',
      '<span data-pagefind-filter="乡镇">文留镇</span>',
      '<span data-pagefind-filter="星级">四星支部</span>',
      '<span data-pagefind-filter="年度">2023</span>',
      '<span data-pagefind-meta="title">胡家庄村</span>',
      '<span data-pagefind-meta="kind">村</span>',
    ]) {
      expect(html).toContain(expected);
    }
    expect(html).toMatch(/data-pagefind-meta="terms">[^<]*\bhujiazhuang\b[^<]*\bhjz\b/);
  });

  it("cuts the index into chunks of SEARCH_INDEX_CHUNK_SIZE word positions, not Pagefind's 20,000", async () => {
    const site = mkdtempSync(join(tmpdir(), 'chuangxing-chunks-'));
    try {
      // 40 pages of 500 words each, every word on one page: Pagefind's default cuts this index into 3 chunks,
      // 5,000 positions a chunk into 12 (both counted with the pagefind binary on the same pages).
      for (let page = 0; page < 40; page += 1) {
        const words = Array.from({ length: 500 }, (_, word) => letters(page * 500 + word)).join(' ');
        mkdirSync(join(site, `p${page}`));
        writeFileSync(join(site, `p${page}/index.html`), `<html lang="zh-CN"><body><p>${words}</p></body></html>`);
      }
      await buildSearchIndex({ outDir: site, records: [] });
      const chunks = readdirSync(join(site, 'pagefind/index')).length;
      expect(SEARCH_INDEX_CHUNK_SIZE).toBe(5000);
      expect(chunks).toBeGreaterThanOrEqual(10);
      expect(chunks).toBeLessThanOrEqual(14);
    } finally {
      rmSync(site, { recursive: true, force: true });
    }
  });

  it("ships Pagefind's WebAssembly gzipped smaller, the same once unpacked", async () => {
    const site = mkdtempSync(join(tmpdir(), 'chuangxing-wasm-'));
    try {
      writeFileSync(join(site, 'index.html'), '<html lang="zh-CN"><body><p>胡家庄村</p></body></html>');
      const { index } = await pagefind.createIndex({ forceLanguage: SEARCH_LANGUAGE });
      await index!.addDirectory({ path: site });
      await index!.writeFiles({ outputPath: join(site, 'pagefind') });
      await pagefind.close();
      const wasm = (dir: string) => readFileSync(join(dir, 'pagefind/wasm.unknown.pagefind'));
      const built = wasm(TEST_BUILDS.root.outDir);
      expect(built.length).toBeLessThan(wasm(site).length - 1024);
      expect(gunzipSync(built).equals(gunzipSync(wasm(site)))).toBe(true);
    } finally {
      rmSync(site, { recursive: true, force: true });
    }
  });

  it('stops with a Chinese reason when Pagefind finds nothing to index', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'chuangxing-search-'));
    try {
      const failure = buildSearchIndex({ outDir: empty, records: [] });
      await expect(failure).rejects.toBeInstanceOf(SearchIndexError);
      await expect(failure).rejects.toThrow(/搜索索引生成失败.*没有可索引的页面/);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
