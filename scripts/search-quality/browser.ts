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
  /** Milliseconds from the last keystroke to the names on screen (median of the runs), CPU ×4. */
  typingMs: number[];
}

/** Binary files Pagefind gzips itself. */
const PRECOMPRESSED = /\.(pagefind|pf_meta|pf_index|pf_filter|pf_fragment|webp|avif|jpe?g|png)$/u;

/** Counts the gzip bytes of every response of a page from now on. */
function countBytes(page: Page): { total: (filter?: (url: string) => boolean) => Promise<number> } {
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

/** Measures `queries` on the site in `site` with the names/ of `shards`. */
export async function measurePhone(
  browser: Browser,
  site: string,
  shards: NameShards,
  queries: readonly string[],
  runs = 5,
): Promise<PhoneQuery[]> {
  const dir = mkdtempSync(join(tmpdir(), 'names-site-'));
  cpSync(site, dir, { recursive: true });
  rmSync(join(dir, 'names'), { recursive: true, force: true });
  mkdirSync(join(dir, 'names'));
  writeFileSync(join(dir, 'names', 'manifest.json'), JSON.stringify(shards.manifest));
  shards.shards.forEach((shard, index) => writeFileSync(join(dir, 'names', `${index}.json`), JSON.stringify(shard)));
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
        .locator('.search-result, [data-text-status]:has-text("没有")')
        .first()
        .waitFor({ timeout: 60_000 })
        .catch(() => undefined);
      await page.waitForLoadState('networkidle');
      const textBytes = await bytes.total();
      const typingMs: number[] = [];
      for (let run = 0; run < runs; run += 1) typingMs.push(await typingTime(page, query));
      await page.context().close();
      results.push({ query, nameBytes, textBytes, typingMs });
    }
    return results;
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Clears the box, types `query` and returns the ms from its last keystroke to its names on screen. */
async function typingTime(page: Page, query: string): Promise<number> {
  const box = page.locator('#search-q');
  await box.fill('');
  await page.evaluate(() => {
    const state = window as unknown as { lastKey?: number; shown?: Record<string, number> };
    state.shown = {};
    document.querySelector('#search-q')?.addEventListener('input', () => (state.lastKey = performance.now()));
    const names = document.querySelector<HTMLElement>('[data-name-results]');
    if (names) {
      new MutationObserver(() => {
        state.shown![names.dataset['query'] ?? ''] = performance.now();
      }).observe(names, { attributes: true, attributeFilter: ['data-query'] });
    }
  });
  await box.pressSequentially(query, { delay: 80 });
  await page.waitForFunction(
    (q) => (window as unknown as { shown: Record<string, number> }).shown[q] !== undefined,
    query,
    { timeout: 30_000 },
  );
  return page.evaluate((q) => {
    const state = window as unknown as { lastKey: number; shown: Record<string, number> };
    return state.shown[q]! - state.lastKey;
  }, query);
}
