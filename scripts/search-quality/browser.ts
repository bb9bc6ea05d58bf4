/**
 * A phone's view of the name directory of a county: a built site (the sample) is copied with its names/ folder
 * replaced by the county's shards, served, and opened in Chromium at 360×740 with the CPU slowed 4× (CDP
 * Emulation.setCPUThrottlingRate). Measures the bytes of a first name query (the page, its scripts, the manifest,
 * the shards; gzip as a server would send them), of a first full-text query (everything, Pagefind included), and
 * the time from the last keystroke to the name list on screen.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import type { NameShards } from '../../src/lib/search/names/shards';
import { previewSite } from '../lib/preview';
import { openPhonePage } from '../lib/browser';

/** What one query cost on the phone. */
export interface PhoneQuery {
  query: string;
  /** gzip bytes of everything but Pagefind's files, once the names are shown. */
  nameBytes: number;
  /** gzip bytes of everything, once the full-text results are shown and the network is quiet. */
  textBytes: number;
  /** The full-text query's bytes by kind of file. */
  byKind: Record<string, number>;
  /** Milliseconds from the last keystroke to the names on screen (median of the runs), CPU ×4. */
  typingMs: number[];
}

/** Binary files Pagefind gzips itself. */
const PRECOMPRESSED = /\.(pagefind|pf_meta|pf_index|pf_filter|pf_fragment|webp|avif|jpe?g|png)$/u;

/** Kinds of files, for the breakdown. */
const KINDS: [string, RegExp][] = [
  ['names', /\/names\//u],
  ['wasm', /\.pagefind$/u],
  ['index', /\.pf_(index|meta|filter)$/u],
  ['fragments', /\.pf_fragment$/u],
  ['engine', /\/pagefind\/.*\.js$/u],
  ['images', /\.(webp|avif|jpe?g|png|svg)$/u],
  ['scripts', /\.js$/u],
  ['styles', /\.css$/u],
];

/** Counts the gzip bytes of every response of a page from now on. */
function countBytes(page: Page): {
  total: (filter?: (url: string) => boolean) => Promise<number>;
  byKind: () => Promise<Record<string, number>>;
} {
  const sizes: Promise<[string, number]>[] = [];
  page.on('response', (response) => {
    const url = response.url();
    sizes.push(
      response.body().then(
        (body) => [url, PRECOMPRESSED.test(new URL(url).pathname) ? body.length : gzipSync(body).length],
        () => [url, 0],
      ),
    );
  });
  return {
    byKind: async () => {
      const kinds: Record<string, number> = {};
      for (const [url, size] of await Promise.all(sizes)) {
        const kind = KINDS.find(([, pattern]) => pattern.test(new URL(url).pathname))?.[0] ?? 'page';
        kinds[kind] = (kinds[kind] ?? 0) + size;
      }
      return kinds;
    },
    total: async (filter = () => true) =>
      (await Promise.all(sizes)).filter(([url]) => filter(url)).reduce((sum, [, size]) => sum + size, 0),
  };
}

/** Opens a phone page with the CPU slowed `rate` times. */
async function slowPhone(browser: Browser, origin: string, rate: number) {
  const opened = await openPhonePage(browser, origin);
  const cdp = await opened.page.context().newCDPSession(opened.page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  return opened.page;
}

/** Measures `queries` on the site in `site`, with its names/ replaced by `shards` when given. */
export async function measurePhone(
  browser: Browser,
  site: string,
  shards: NameShards | undefined,
  queries: readonly string[],
  runs = 5,
): Promise<PhoneQuery[]> {
  const dir = mkdtempSync(join(tmpdir(), 'names-site-'));
  cpSync(site, dir, { recursive: true });
  if (shards) {
    rmSync(join(dir, 'names'), { recursive: true, force: true });
    mkdirSync(join(dir, 'names'));
    writeFileSync(join(dir, 'names', 'manifest.json'), JSON.stringify(shards.manifest));
    shards.shards.forEach((shard, index) => writeFileSync(join(dir, 'names', `${index}.json`), JSON.stringify(shard)));
  }
  const server = await previewSite(dir, '/');
  try {
    const results: PhoneQuery[] = [];
    for (const query of queries) {
      const page = await slowPhone(browser, server.origin, 4);
      const bytes = countBytes(page);
      await page.goto(server.url(`/search/?q=${encodeURIComponent(query)}`));
      await page.locator(`[data-name-results][data-query="${query}"]`).waitFor({ state: 'attached', timeout: 60_000 });
      const nameBytes = await bytes.total((url) => !url.includes('/pagefind/'));
      await page
        .locator('.search-result, [data-text-status]:has-text("没有"), .search-text-go')
        .first()
        .waitFor({ timeout: 60_000 })
        .catch(() => undefined);
      await page.waitForLoadState('networkidle');
      const textBytes = await bytes.total();
      const byKind = await bytes.byKind();
      const typingMs: number[] = [];
      await page.context().close();
      for (let run = 0; run < runs; run += 1) {
        typingMs.push(await typingTime(browser, server.origin, server.url('/search/'), query));
      }
      results.push({ query, nameBytes, textBytes, byKind, typingMs });
    }
    return results;
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Polls `check` until it holds (30 s at most). */
async function expect(check: () => Promise<boolean>): Promise<void> {
  for (let waited = 0; waited < 30_000; waited += 50) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('names never shown');
}

/**
 * Opens the search page afresh (the manifest fetched on load, as on a visitor's phone), types `query` and returns
 * the ms from its last keystroke to the first animation frame after its names are in the page (the shard fetched,
 * ranked, rendered; the frame is painted right after).
 */
async function typingTime(browser: Browser, origin: string, url: string, query: string): Promise<number> {
  const page = await slowPhone(browser, origin, 4);
  await page.goto(url);
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => {
    const state = window as unknown as { marks: [string, number, string][] };
    state.marks = [];
    const box = document.querySelector<HTMLInputElement>('#search-q');
    box?.addEventListener('input', () => state.marks.push(['key', performance.now(), box.value]));
    const names = document.querySelector<HTMLElement>('[data-name-results]');
    if (!names) return;
    new MutationObserver(() => {
      const shown = names.dataset['query'] ?? '';
      state.marks.push(['list', performance.now(), shown]);
      // The next frame after the list changed: what the visitor sees is painted right after it.
      requestAnimationFrame(() => state.marks.push(['frame', performance.now(), shown]));
    }).observe(names, { attributes: true, attributeFilter: ['data-query'] });
  });
  await page.locator('#search-q').pressSequentially(query, { delay: 120 });
  const marks = () => page.evaluate(() => (window as unknown as { marks: [string, number, string][] }).marks);
  await expect(async () => (await marks()).some(([kind, , shown]) => kind === 'frame' && shown === query));
  const all = await marks();
  const lastKey = all.filter(([kind]) => kind === 'key').pop()?.[1] ?? 0;
  const frame = all.find(([kind, at, shown]) => kind === 'frame' && shown === query && at >= lastKey)?.[1] ?? lastKey;
  const ms = frame - lastKey;
  await page.context().close();
  return ms;
}

/** One line for the benchmark: `「王家」 names 14.2 KB, full text 121.9 KB gzip; keystroke → names 80 ms (median)`. */
export function formatPhoneQuery(row: PhoneQuery): string {
  const sorted = [...row.typingMs].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  return `「${row.query}」 first name query ${kb(row.nameBytes)}, first full-text query ${kb(row.textBytes)} gzip; keystroke → names ${Math.round(median)} ms (median of ${sorted.length}, CPU ×4)`;
}
