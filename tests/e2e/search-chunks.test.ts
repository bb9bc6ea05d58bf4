/**
 * Full-text search with the index cut into small chunks finds what it would with the whole index loaded at once
 * (src/lib/search/index-chunks.ts): the sample site indexed four ways — in one chunk; in chunks of 300 word
 * positions as Pagefind writes them; in chunks of 300 with every range widened; and as the site's build writes it
 * (records.ts › SEARCH_INDEX_CHUNK_SIZE, index-chunks.ts › PREFIX_CHUNKS) — and the same queries run in Chromium
 * through Pagefind's own JavaScript on each.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPhonePage } from '../../scripts/lib/browser';
import { previewSite, type SitePreview } from '../../scripts/lib/preview';
import { buildSearchIndex } from '../../src/integrations/pagefind';
import { SEARCH_LANGUAGE } from '../../src/lib/search/records';
import { TEST_BUILDS } from '../support/build-site';

/** Word positions per chunk: small, so that the sample's words fill many chunks (hundreds). */
const SMALL = 300;

/** Queries residents and visitors type: names and their beginnings, one character, phrases, a word cut short. */
const QUERIES = [
  '胡家',
  '胡家庄村',
  '张',
  '村',
  '村史馆',
  '五星',
  '文明幸福星',
  '集体经济',
  '合作社分红',
  '丝瓜',
  '梨园',
  '支部',
  'hujiazhuang',
  '2023',
];

let root: string;
let browser: Browser;
let server: SitePreview;
let page: Page;

/** A copy of the sample build (hard links) without its index, in `root/<name>/`. */
function copySite(name: string): string {
  const dir = join(root, name);
  const copied = spawnSync('cp', ['-al', TEST_BUILDS.root.outDir, dir]);
  if (copied.status !== 0) throw new Error(`cp failed: ${copied.stderr.toString()}`);
  rmSync(join(dir, 'pagefind'), { recursive: true });
  return dir;
}

/** Pagefind alone, as it writes an index of chunks of `SMALL` positions. */
async function plainIndex(dir: string): Promise<void> {
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = String(SMALL);
  try {
    const { index } = await pagefind.createIndex({ forceLanguage: SEARCH_LANGUAGE });
    await index!.addDirectory({ path: dir });
    await index!.writeFiles({ outputPath: join(dir, 'pagefind') });
  } finally {
    await pagefind.close();
  }
}

/** Every result of `query` in the index under `/<name>/pagefind/`: page ids, best first. */
async function searchAll(name: string, query: string): Promise<{ ids: string[] }> {
  await page.goto(server.url(`/${name}/`));
  const ids = (await page.evaluate(`(async () => {
    const pagefind = await import('/${name}/pagefind/pagefind.js');
    const { results } = await pagefind.search(${JSON.stringify(query)});
    return results.map((result) => result.id);
  })()`)) as string[];
  return { ids };
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'chuangxing-chunks-'));
  await buildSearchIndex({ outDir: copySite('whole'), records: [], chunkSize: 1_000_000_000 });
  await plainIndex(copySite('plain'));
  await buildSearchIndex({ outDir: copySite('widened'), records: [], chunkSize: SMALL, prefixChunks: Infinity });
  await buildSearchIndex({ outDir: copySite('site'), records: [] });
  browser = await launchBrowser();
  server = await previewSite(root, '/');
  ({ page } = await openPhonePage(browser, server.origin));
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('full text in small chunks', () => {
  it('finds with the widened ranges exactly what the whole index finds, in the same order', async () => {
    for (const query of QUERIES) {
      const whole = await searchAll('whole', query);
      const widened = await searchAll('widened', query);
      expect(widened.ids, query).toEqual(whole.ids);
    }
  });

  it('where Pagefind alone, on the same chunks, loses results', async () => {
    const lost: string[] = [];
    for (const query of QUERIES) {
      const whole = await searchAll('whole', query);
      const plain = await searchAll('plain', query);
      if (plain.ids.length < whole.ids.length) lost.push(`${query} ${plain.ids.length}/${whole.ids.length}`);
    }
    expect(lost.length, lost.join(', ')).toBeGreaterThanOrEqual(3);
  });

  it('as the site writes its index (chunk size and limit per query word): the same results', async () => {
    for (const query of QUERIES) {
      const whole = await searchAll('whole', query);
      const site = await searchAll('site', query);
      expect(new Set(site.ids), query).toEqual(new Set(whole.ids));
    }
  });
});
