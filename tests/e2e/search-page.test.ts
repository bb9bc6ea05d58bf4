/**
 * The search page on a phone in Chromium: name matches first, then Pagefind's full-text results (its engine loaded
 * from the site's own /pagefind/ folder, also under the sub-path), each saying what it is; the query and filters go
 * into the address; without JavaScript the page says so and offers links to browse; without Intl.Segmenter only
 * the full-text part says it cannot run.
 */
import type { Page, Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/zh-CN';
import { openPhonePage, screenshot } from '../../scripts/lib/browser';
import { useBrowserSession } from '../support/session';
import { TEST_BUILDS } from '../support/build-site';
import { TEXT_PAGE } from '../../src/components/search/text-search';

const session = useBrowserSession({ root: TEST_BUILDS.root, sub: TEST_BUILDS.subPath });

/** The full-text results on screen once Pagefind has filled them in: kind label, title and link of each. */
async function results(page: Page): Promise<{ kind: string; title: string; href: string }[]> {
  await page.locator('.search-result a').first().waitFor({ timeout: 20_000 });
  return page.locator('.search-result').evaluateAll((items) =>
    items.map((item) => ({
      kind: item.querySelector('.search-kind')?.textContent?.trim() ?? '',
      title: item.querySelector('a')?.textContent?.trim() ?? '',
      href: item.querySelector('a')?.getAttribute('href') ?? '',
    })),
  );
}

/** Every result link in the order shown (names first, then full text). */
const allLinks = (page: Page) =>
  page.locator('[data-search-results] a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));

/** URLs of requests for Pagefind's files. */
const pagefindRequests = (requests: Request[]) =>
  requests.map((request) => request.url()).filter((url) => url.includes('/pagefind/'));

describe('search page with JavaScript', () => {
  it('searches the ?q= query on load and labels each result', async () => {
    const { page, errors, foreignRequests } = await openPhonePage(session.browser, session.root.origin);
    await page.goto(session.root.url('/search/?q=胡家'));
    const found = await results(page);
    expect(found[0]?.kind).toBe('村');
    expect(found).toContainEqual({ kind: '村', title: '胡家庄村', href: '/villages/wenliu/hujiazhuang/' });
    const links = await allLinks(page);
    const names = await page.locator('.name-result a').count();
    expect(names).toBeGreaterThan(0);
    expect(links[0]).toBe('/villages/wenliu/hujiazhuang/');
    expect(links.length).toBe(names + found.length);
    expect(await page.locator('[data-search-status]').isHidden()).toBe(true);
    await screenshot(page, 'search-hujia');
    expect(foreignRequests).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('searches as the visitor types and keeps the query in the address', async () => {
    const { page, errors } = await openPhonePage(session.browser, session.root.origin);
    await page.goto(session.root.url('/search/'));
    await page.locator('#search-q').fill('丝瓜');
    const found = await results(page);
    expect(found[0]).toMatchObject({ kind: '产业', title: '丝瓜', href: '/industries/sigua/' });
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('丝瓜');
    expect(errors).toEqual([]);
  });

  it('fetches neither filters nor a web worker for a first query, and only a screenful of results', async () => {
    const { page, errors } = await openPhonePage(session.browser, session.root.origin);
    const requests: Request[] = [];
    page.on('request', (request) => requests.push(request));
    await page.goto(session.root.url('/search/?q=村'));
    const found = await results(page);
    expect(found).toHaveLength(TEXT_PAGE);
    await expect.poll(() => page.locator('[data-text-more]').isVisible()).toBe(true);
    const fetched = pagefindRequests(requests);
    expect(fetched.filter((url) => url.endsWith('.pf_fragment'))).toHaveLength(TEXT_PAGE);
    expect(fetched.filter((url) => /\.pf_filter$|pagefind-worker\.js$/u.test(url))).toEqual([]);
    expect(await page.locator('[data-text-filters] select').count()).toBe(0);
    await page.locator('[data-text-more]').click();
    await expect.poll(async () => (await results(page)).length).toBe(2 * TEXT_PAGE);
    expect(errors).toEqual([]);
  });

  it('offers the filters in Chinese, in order, with one clear button, kept in the address', async () => {
    const { page, errors } = await openPhonePage(session.browser, session.root.origin);
    await page.goto(session.root.url('/search/?q=村'));
    await results(page);
    // The filters' data is fetched when the reader opens them.
    await page.locator('.search-filter-open').click();
    const filters = page.locator('[data-text-filters] select');
    await expect.poll(() => filters.count()).toBeGreaterThan(2);
    const labels = await filters.evaluateAll((items) => items.map((item) => item.getAttribute('aria-label')));
    expect(Object.values(t.search.filters)).toEqual(expect.arrayContaining(labels));
    const levels = await page
      .locator('select[name="level"] option')
      .evaluateAll((options) => options.map((option) => option.textContent));
    expect(levels.slice(1, 3)).toEqual(['五星支部', '四星支部']);
    expect(await page.locator('.search-clear').count()).toBe(0);
    await page.locator('select[name="level"]').selectOption('五星支部');
    await expect.poll(() => new URL(page.url()).searchParams.get('level')).toBe('五星支部');
    await expect.poll(() => page.locator('.search-clear').count()).toBe(1);
    await expect
      .poll(async () => (await results(page)).some((hit) => hit.href === '/villages/qingzu/xixinzhuang/'))
      .toBe(true);
    expect((await results(page)).some((hit) => hit.href === '/villages/wenliu/hujiazhuang/')).toBe(false);
    await page.locator('.search-clear').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('level')).toBe(null);
    await expect.poll(() => page.locator('.search-clear').count()).toBe(0);
    // An address that sets a filter shows the filters at once.
    await page.goto(session.root.url(`/search/?q=村&level=${encodeURIComponent('五星支部')}`));
    await expect.poll(() => page.locator('select[name="level"]').inputValue()).toBe('五星支部');
    expect(errors).toEqual([]);
  });

  it("for a village's own name lists its page and runs the full text only when asked", async () => {
    const { page, errors } = await openPhonePage(session.browser, session.root.origin);
    const requests: Request[] = [];
    page.on('request', (request) => requests.push(request));
    await page.goto(session.root.url('/search/?q=胡家庄村'));
    const go = page.locator('.search-text-go');
    await go.waitFor();
    expect((await allLinks(page))[0]).toBe('/villages/wenliu/hujiazhuang/');
    expect(await go.textContent()).toBe(t.search.text.go('胡家庄村'));
    expect(await page.locator('[data-text-status]').textContent()).toBe(t.search.text.offer('胡家庄村'));
    await page.waitForLoadState('networkidle');
    expect(pagefindRequests(requests)).toEqual([]);
    await screenshot(page, 'search-place-name');
    await go.click();
    const found = await results(page);
    expect(found.length).toBeGreaterThan(0);
    expect(await go.count()).toBe(0);
    expect(pagefindRequests(requests).length).toBeGreaterThan(0);
    // Part of a name is not a place: its full text runs at once.
    await page.goto(session.root.url('/search/?q=胡家'));
    expect((await results(page)).length).toBeGreaterThan(0);
    expect(await page.locator('.search-text-go').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('works under a sub-path, fetching only from the site itself', async () => {
    const { page, errors, foreignRequests } = await openPhonePage(session.browser, session.sub.origin);
    const requests: Request[] = [];
    page.on('request', (request) => requests.push(request));
    await page.goto(session.sub.url('/search/?q=西辛庄'));
    // 西辛庄 is a village's own name: the full text waits for the reader's tap.
    await page.locator('.search-text-go').click();
    const found = await results(page);
    // Two villages are called 西辛庄村 (庆祖镇, 梨园乡).
    expect(found[0]?.kind).toBe('村');
    expect(found[0]?.href).toMatch(/^\/zhuanti\/wuxing\/villages\/(qingzu|liyuan)\/xixinzhuang\/$/u);
    const fetched = pagefindRequests(requests);
    expect(fetched.length).toBeGreaterThan(3);
    expect(fetched.every((url) => url.startsWith(`${session.sub.origin}/zhuanti/wuxing/pagefind/`))).toBe(true);
    expect(foreignRequests).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('search page where search cannot run', () => {
  it('without JavaScript says so and links to every township', async () => {
    const { page } = await openPhonePage(session.browser, session.root.origin, { javaScriptEnabled: false });
    const requests: Request[] = [];
    page.on('request', (request) => requests.push(request));
    await page.goto(session.root.url('/search/'));
    await expect.poll(() => page.locator('[data-search-status]').textContent()).toBe(t.search.noScript);
    const links = await page
      .locator('nav[aria-labelledby="browse-title"] a')
      .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
    expect(links).toEqual(expect.arrayContaining(['/townships/wenliu/', '/townships/qingzu/', '/townships/']));
    expect(pagefindRequests(requests)).toEqual([]);
    await screenshot(page, 'search-no-javascript');
  });

  it('without Intl.Segmenter (older WeChat) still finds names; only the full text says it cannot run', async () => {
    const { page, errors } = await openPhonePage(session.browser, session.root.origin);
    await page.addInitScript(() => {
      Reflect.deleteProperty(Intl, 'Segmenter');
    });
    const requests: Request[] = [];
    page.on('request', (request) => requests.push(request));
    await page.goto(session.root.url('/search/?q=胡家'));
    await expect.poll(() => page.locator('[data-text-status]').textContent()).toBe(t.search.text.unsupported);
    expect((await allLinks(page))[0]).toBe('/villages/wenliu/hujiazhuang/');
    expect(await page.locator('[data-search-status]').isHidden()).toBe(true);
    expect(pagefindRequests(requests)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
