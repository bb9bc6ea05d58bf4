import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { asMarkdown, split, syntheticContent } from '../../../scripts/bench/content';
import { townshipNames, villageNames } from '../../../scripts/bench/names';
import { writeFiles } from '../../../scripts/bench/project';
import { createRandom } from '../../../scripts/bench/random';
import { formatFirstQuery, partialNameQuery } from '../../../scripts/bench/search';
import type { FetchKind } from '../../../scripts/search-bytes';
import { checkContent } from '../../../src/validate';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;

describe('synthetic names', () => {
  it('gives distinct village names and slugs within a township, even past the syllable pool', () => {
    for (const count of [30, 400]) {
      const villages = villageNames(count, createRandom(1));
      expect(villages).toHaveLength(count);
      expect(new Set(villages.map((v) => v.name)).size).toBe(count);
      expect(new Set(villages.map((v) => v.slug)).size).toBe(count);
      for (const village of villages) expect(village.slug).toMatch(SLUG);
      for (const village of villages) expect(village.name).toMatch(/^\p{Script=Han}{2,6}村$|^第\d+村$/u);
    }
  });

  it('gives distinct township slugs for a province (more townships than stems)', () => {
    const townships = townshipNames(2500, createRandom(2));
    expect(new Set(townships.map((t) => t.slug)).size).toBe(2500);
    expect(townships.every((t) => SLUG.test(t.slug) && /[镇乡]$/u.test(t.name))).toBe(true);
  });

  it('splits villages over townships evenly', () => {
    expect(split(10, 3)).toEqual([4, 3, 3]);
    expect(split(600, 20).every((n) => n === 30)).toBe(true);
  });
});

describe('synthetic content', () => {
  const root = mkdtempSync(join(tmpdir(), 'chuangxing-synthetic-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const options = { villages: 150, townships: 4, bulletins: 25 };

  it('passes the content checker, with the numbers asked for', async () => {
    writeFiles(root, syntheticContent(options));
    const { errors, content } = await checkContent(root);
    expect(errors).toEqual([]);
    expect(content.villages).toHaveLength(150);
    expect(content.townships).toHaveLength(4);
    expect(content.bulletins).toHaveLength(25);
    expect(content.metrics).toHaveLength(4);
    expect(content.stars).toHaveLength(5);
    expect(content.honors.length).toBeGreaterThan(0);
  });

  it('has text of realistic length: village stories 200–1,200 characters, bulletins 900–3,500', () => {
    const files = [...syntheticContent(options)];
    const body = (text: string) => text.replace(/^---\n[\s\S]*?\n---\n/u, '').trim().length;
    const villages = files.filter(([path]) => path.startsWith('content/villages/')).map(([, text]) => body(text));
    const bulletins = files.filter(([path]) => path.startsWith('content/bulletins/')).map(([, text]) => body(text));
    expect(Math.min(...villages)).toBeGreaterThanOrEqual(200);
    expect(Math.max(...villages)).toBeLessThanOrEqual(1200);
    expect(Math.min(...bulletins)).toBeGreaterThanOrEqual(900);
    expect(Math.max(...bulletins)).toBeLessThanOrEqual(3500);
  });

  it('is the same for the same seed and differs for another', () => {
    const a = [...syntheticContent(options)];
    expect([...syntheticContent(options)]).toEqual(a);
    expect([...syntheticContent({ ...options, seed: 7 })]).not.toEqual(a);
  });
});

describe('markdown variant', () => {
  it('writes villages and bulletins as .md and leaves the rest', () => {
    const paths = [...asMarkdown(syntheticContent({ villages: 10, townships: 2, bulletins: 3 }))].map(([path]) => path);
    expect(paths.filter((path) => /^content\/(villages|bulletins)\//u.test(path)).every((p) => p.endsWith('.md'))).toBe(
      true,
    );
    expect(paths.filter((path) => path.startsWith('content/industries/')).every((p) => p.endsWith('.mdx'))).toBe(true);
  });
});

describe('search query for the benchmark', () => {
  it('is the first two characters of the first village name, so it tests a partial-name search', () => {
    const files = [...syntheticContent({ villages: 12, townships: 2, bulletins: 2 })];
    const query = partialNameQuery(files);
    const first = files.find(([path]) => path.startsWith('content/villages/'))![1];
    expect([...query]).toHaveLength(2);
    expect(first).toContain(`name: ${query}`);
    expect(() => partialNameQuery([['content/county.yaml', 'name: 示例县']])).toThrow(/no village/u);
  });
});

describe('first search line of the benchmark', () => {
  const count = (files: number, gzip: number) => ({ files, bytes: gzip * 3, gzip });
  const kinds = (entries: Partial<Record<FetchKind, ReturnType<typeof count>>>) =>
    Object.fromEntries(
      (
        ['page', 'site', 'names', 'engine', 'wasm', 'meta', 'index', 'filter', 'fragment', 'image', 'other'] as const
      ).map((kind) => [kind, entries[kind] ?? count(0, 0)]),
    ) as Record<FetchKind, ReturnType<typeof count>>;

  it('lists the kinds fetched, largest first', () => {
    const line = formatFirstQuery({
      query: '胡家',
      results: 5,
      total: count(4, 90 * 1024),
      byKind: kinds({ wasm: count(1, 54 * 1024), index: count(2, 30 * 1024), page: count(1, 6 * 1024) }),
      requests: [],
    });
    expect(line).toMatch(
      /^「胡家」 5 results · 4 files, 90\.0 KB gzip \(wasm 54\.0 KB, index 30\.0 KB, page 6\.0 KB\)$/u,
    );
  });

  it('for a name the page answered, says the full text was offered and what the tap added', () => {
    const line = formatFirstQuery({
      query: '胡家庄村',
      results: 0,
      total: count(3, 13 * 1024),
      byKind: kinds({ page: count(1, 5 * 1024), site: count(1, 7 * 1024), names: count(1, 1024) }),
      requests: [],
      afterTap: { results: 5, total: count(19, 144 * 1024), byKind: kinds({}), requests: [] },
    });
    expect(line).toContain('「胡家庄村」 full text offered behind a tap · 3 files, 13.0 KB gzip');
    expect(line).toContain('after the tap: 5 results · 19 files, 144.0 KB gzip in all');
  });
});
