/**
 * The search page on a phone in Chromium: Pagefind's UI loads from the site's own /pagefind/ folder (also under the
 * sub-path), results say what they are, the query goes into the address; without JavaScript, or on a browser
 * without Intl.Segmenter, the page says so in Chinese and offers links to browse instead.
 */
import type { Page, Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/zh-CN';
import { openPhonePage, screenshot } from '../../scripts/lib/browser';
import { useBrowserSession } from '../support/session';
import { TEST_BUILDS } from '../support/build-site';

const session = useBrowserSession({ root: TEST_BUILDS.root, sub: TEST_BUILDS.subPath });

/** The results on screen once Pagefind has filled them in: kind label, title and link of each. */
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

/** URLs of requests for Pagefind's files. */
const pagefindRequests = (requests: Request[]) =>
  requests.map((request) => request.url()).filter((url) => url.includes('/pagefind/'));

describe('search page with JavaScript', () => {
  it('searches the ?q= query on load and labels each result', async () => {
    const { page, errors, foreignRequests } = await openPhonePage(session.browser, session.root.origin);
    await page.goto(session.root.url('/search/?q=胡家'));
    const found = await results(page);
    expect(found[0]).toEqual({ kind: '村', title: '胡家庄村', href: '/villages/wenliu/hujiazhuang/' });
    expect(await page.locator('[data-search-status]').isHidden()).toBe(true);
    await screenshot(page, 'search-hujia');
    expect(foreignRequests).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('searches as the visitor types and keeps the query in the address', async () => {
    const { page, errors } = await openPhonePage(session.browser, session.root.origin);
    await page.goto(session.root.url('/search/'));
    await page.locator('pagefind-input input').fill('丝瓜');
    const found = await results(page);
    expect(found[0]).toMatchObject({ kind: '产业', title: '丝瓜', href: '/industries/sigua/' });
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('丝瓜');
    expect(errors).toEqual([]);
  });

  it('offers the filters in Chinese', async () => {
    const { page } = await openPhonePage(session.browser, session.root.origin);
    await page.goto(session.root.url('/search/?q=村'));
    await results(page);
    const filters = await page
      .locator('pagefind-filter-dropdown')
      .evaluateAll((items) => items.map((item) => item.getAttribute('filter')));
    expect(filters).toEqual(Object.values(t.search.filters));
  });

  it('works under a sub-path, fetching only from the site itself', async () => {
    const { page, errors, foreignRequests } = await openPhonePage(session.browser, session.sub.origin);
    const requests: Request[] = [];
    page.on('request', (request) => requests.push(request));
    await page.goto(session.sub.url('/search/?q=西辛庄'));
    const found = await results(page);
    expect(found[0]).toMatchObject({ kind: '村', href: '/zhuanti/wuxing/villages/qingzu/xixinzhuang/' });
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

  it('without Intl.Segmenter (older WeChat) gives a plain message and loads nothing', async () => {
    const { page, errors } = await openPhonePage(session.browser, session.root.origin);
    await page.addInitScript(() => {
      Reflect.deleteProperty(Intl, 'Segmenter');
    });
    const requests: Request[] = [];
    page.on('request', (request) => requests.push(request));
    await page.goto(session.root.url('/search/?q=胡家'));
    await expect.poll(() => page.locator('[data-search-status]').textContent()).toBe(t.search.unsupported);
    expect(await page.locator('pagefind-input').count()).toBe(0);
    expect(pagefindRequests(requests)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
