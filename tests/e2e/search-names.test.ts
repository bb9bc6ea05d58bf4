/**
 * The name directory in Chromium on a phone, where full-text search cannot run: WebAssembly and Intl.Segmenter are
 * deleted before any script, as on older WeChat X5 kernels. On the real roster of 濮阳县, names are still found by
 * their Chinese name, full pinyin and initials, on the search page and in the header's suggestions, also under
 * the sub-path.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/zh-CN';
import { type NameManifest, shardsFor } from '../../src/lib/search/names/shard-format';
import { openPhonePage } from '../../scripts/lib/browser';
import { useBrowserSession } from '../support/session';
import { TEST_BUILDS } from '../support/build-site';

const session = useBrowserSession({ root: TEST_BUILDS.root, sub: TEST_BUILDS.subPath });
const hujiazhuang = '/villages/wenliu/hujiazhuang/';

/** A phone page without WebAssembly and Intl.Segmenter, recording the URLs it requests. */
async function oldPhone(origin: string): Promise<{ page: Page; errors: string[]; requested: string[] }> {
  const { page, errors } = await openPhonePage(session.browser, origin);
  await page.addInitScript(() => {
    Reflect.deleteProperty(window, 'WebAssembly');
    Reflect.deleteProperty(Intl, 'Segmenter');
  });
  const requested: string[] = [];
  page.on('request', (request: Request) => requested.push(request.url()));
  return { page, errors, requested };
}

/** Links inside `[data-search-results]` once the names for `query` are shown: text and href of each. */
async function resultLinks(page: Page, query: string): Promise<{ text: string; href: string }[]> {
  await page.locator(`[data-name-results][data-query="${query}"]`).waitFor({ state: 'attached', timeout: 20_000 });
  return page.locator('[data-search-results] a').evaluateAll((links) =>
    links.map((link) => ({
      text: link.closest('li')?.textContent?.trim() ?? '',
      href: link.getAttribute('href') ?? '',
    })),
  );
}

describe('names without WebAssembly and Intl.Segmenter', () => {
  it.each(['胡家庄', 'hujiazhuang', '文留胡家庄', '胡家村'])(
    'the search page finds 胡家庄村 first for %s',
    async (query) => {
      const { page, errors, requested } = await oldPhone(session.root.origin);
      await page.goto(session.root.url(`/search/?q=${encodeURIComponent(query)}`));
      const links = await resultLinks(page, query);
      expect(links[0]).toEqual({ text: expect.stringContaining('胡家庄村'), href: hujiazhuang });
      expect(links[0]?.text).toContain('文留镇');
      await expect.poll(() => page.locator('[data-text-status]').textContent()).toBe(t.search.text.unsupported);
      expect(requested.filter((url) => url.includes('/pagefind/'))).toEqual([]);
      expect(errors).toEqual([]);
    },
  );

  it.each(['hjz', 'HJZ'])('the search page lists 胡家庄村 in the top 3 for the shared initials %s', async (query) => {
    // 后九章村 and 黄家寨村 (徐镇镇) are hjz too: all three, in pinyin order.
    const { page, errors } = await oldPhone(session.root.origin);
    await page.goto(session.root.url(`/search/?q=${encodeURIComponent(query)}`));
    const links = await resultLinks(page, query);
    expect(links.slice(0, 3).map((link) => link.href)).toContain(hujiazhuang);
    expect(errors).toEqual([]);
  });

  it('follows the box in the address as the visitor types', async () => {
    const { page, errors } = await oldPhone(session.root.origin);
    await page.goto(session.root.url('/search/'));
    await page.locator('#search-q').fill('西辛庄');
    const links = await resultLinks(page, '西辛庄');
    // Two villages of that name, together, each with its township.
    expect(links.slice(0, 2)).toEqual([
      { text: expect.stringContaining('梨园乡'), href: '/villages/liyuan/xixinzhuang/' },
      { text: expect.stringContaining('庆祖镇'), href: '/villages/qingzu/xixinzhuang/' },
    ]);
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('西辛庄');
    expect(errors).toEqual([]);
  });

  it("for 村, in most of the roster's names, fetches only the names beginning with it and lists those", async () => {
    const { page, errors } = await oldPhone(session.root.origin);
    const shards: number[] = [];
    page.on('response', (response) => {
      if (/\/names\/\d+\.json/u.test(response.url())) void response.body().then((body) => shards.push(body.length));
    });
    await page.goto(session.root.url('/search/?q=村'));
    await resultLinks(page, '村');
    await page.waitForLoadState('networkidle');
    // Every name listed begins with 村 (none may); the whole shard of 村 is about 300 KB before gzip.
    const names = await page.locator('.name-result a').allTextContents();
    expect(names.filter((name) => !name.startsWith('村'))).toEqual([]);
    // No name of 濮阳县 begins with 村: the part says so and asks for another character or two.
    expect(names).toEqual([]);
    const none = page.locator('[data-names-none]');
    expect(await none.isVisible()).toBe(true);
    expect((await none.textContent())?.trim()).toBe(t.search.names.noneOne('村'));
    // At most the one shard of ^村 (none if that shard is empty), never 村's own of about 300 KB.
    expect(shards.length).toBeLessThanOrEqual(1);
    expect(shards.every((bytes) => bytes < 60_000)).toBe(true);
    expect(errors).toEqual([]);
  });

  it('answers a character in no name without a request: an empty shard has no file', async () => {
    const manifest = JSON.parse(
      readFileSync(join(TEST_BUILDS.root.outDir, 'names', 'manifest.json'), 'utf8'),
    ) as NameManifest;
    const query = [...'鑫鹏龘麟翔瑞祥'].find((char) => manifest.sizes?.[shardsFor(char, manifest)[0]!] === 0);
    expect(query).toBeDefined();
    const { page, errors, requested } = await oldPhone(session.root.origin);
    await page.goto(session.root.url(`/search/?q=${encodeURIComponent(query!)}`));
    expect(await resultLinks(page, query!)).toEqual([]);
    await page.waitForLoadState('networkidle');
    expect(requested.filter((url) => /\/names\/\d+\.json/u.test(url))).toEqual([]);
    expect(await page.locator('[data-names-none]').isVisible()).toBe(true);
    expect(errors).toEqual([]);
  });

  it('suggests names in the header box as pinyin is typed, its script loaded only on focus, under the sub-path', async () => {
    const { page, errors, requested } = await oldPhone(session.sub.origin);
    await page.goto(session.sub.url('/villages/qingzu/changzhai/'));
    await page.waitForLoadState('networkidle');
    expect(requested.filter((url) => url.includes('/names/'))).toEqual([]);
    const box = page.locator('#header-q');
    await box.focus();
    await box.pressSequentially('hujiazhuang');
    const suggestion = page.locator('#header-suggestions a').first();
    await suggestion.waitFor({ timeout: 20_000 });
    // The list of a shorter beginning (hujiazhu…) may still be shown for a moment after the last key.
    await expect
      .poll(() => suggestion.getAttribute('href'), { timeout: 20_000 })
      .toBe('/zhuanti/wuxing/villages/wenliu/hujiazhuang/');
    expect(await box.getAttribute('aria-expanded')).toBe('true');
    const names = requested.filter((url) => url.includes('/names/'));
    expect(names.length).toBeGreaterThan(0);
    expect(names.every((url) => url.startsWith(`${session.sub.origin}/zhuanti/wuxing/names/`))).toBe(true);
    expect(errors).toEqual([]);
  });

  it('sends the header box to the search page on Enter, without JavaScript too', async () => {
    const { page } = await openPhonePage(session.browser, session.root.origin, { javaScriptEnabled: false });
    await page.goto(session.root.url('/townships/'));
    await page.locator('#header-q').fill('胡家庄');
    await page.locator('#header-q').press('Enter');
    await page.waitForURL(/\/search\/\?q=/u);
    expect(new URL(page.url()).searchParams.get('q')).toBe('胡家庄');
  });
});
