/**
 * What people type finds the right page: full names, parts of names, secretaries, products, honors, pinyin and
 * initials, typed into the search page of the built sample (dist-test/, with the real roster of 濮阳县) in Chromium.
 * A name's own page must be the first link of the result list (names first, then full text), or, for a name that
 * several villages share, one of the namesakes listed together at the top; other expected pages must be among the
 * first three of the name matches or of the full-text results. Filters and result kinds are checked through
 * Pagefind's own API with the site's ranking.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../scripts/lib/browser';
import { TEST_BUILDS } from '../support/build-site';
import { type Hit, search } from '../support/search';
import { previewSite, type SitePreview } from '../../scripts/lib/preview';

let browser: Browser;
let server: SitePreview;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  server = await previewSite(TEST_BUILDS.root.outDir, TEST_BUILDS.root.base);
  page = await browser.newPage();
  await page.goto(server.url('/search/'));
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A result's page: its URL without a #section. */
const pageOf = (hit: Hit) => hit.url.replace(/#.*$/, '');

/** One link of the search page's result list. */
interface Listed {
  title: string;
  url: string;
}

/** The search page's result list for `query`: name matches, then full-text results, each as shown. */
async function listed(query: string): Promise<{ names: Listed[]; text: Listed[] }> {
  await page.goto(server.url(`/search/?q=${encodeURIComponent(query)}`));
  await page.locator(`[data-name-results][data-query="${query}"]`).waitFor({ state: 'attached', timeout: 20_000 });
  // Full-text results, none, or (for a place's own name, or pinyin) the button that runs the full text on a tap.
  await page
    .locator('.search-result a, [data-text-status]:has-text("没有"), .search-text-go')
    .first()
    .waitFor({ timeout: 20_000 });
  const read = (selector: string) =>
    page.locator(selector).evaluateAll((links) =>
      links.map((link) => ({
        title: link.textContent?.trim() ?? '',
        url: (link.getAttribute('href') ?? '').replace(/#.*$/u, ''),
      })),
    );
  return {
    names: await read('[data-search-results] .name-result a'),
    text: await read('[data-search-results] .search-result a'),
  };
}

const hujiazhuang = '/villages/wenliu/hujiazhuang/';
const xixinzhuang = '/villages/qingzu/xixinzhuang/';
const changzhai = '/villages/qingzu/changzhai/';
const qizhuang = '/villages/wenliu/qizhuang/';
const zhangyulintou = '/villages/qingzu/zhangyulintou/';

/** Queries whose expected page must come first: the entity's own name, in Chinese or pinyin. */
const OWN_NAME: [kind: string, query: string, expected: string][] = [
  ['full name', '胡家庄村', hujiazhuang],
  ['full name', '西辛庄村', xixinzhuang],
  ['full name', '常寨村', changzhai],
  ['full name, as printed', '张榆林头', zhangyulintou],
  ['full name', '文留镇', '/townships/wenliu/'],
  ['full name', '庆祖镇', '/townships/qingzu/'],
  ['product', '丝瓜', '/industries/sigua/'],
  ['name without 村', '胡家庄', hujiazhuang],
  ['pinyin', 'hujiazhuang', hujiazhuang],
  ['pinyin', 'xixinzhuang', xixinzhuang],
  ['pinyin', 'sigua', '/industries/sigua/'],
  ['initials', 'zylt', zhangyulintou],
];

/** Queries whose expected page must be in the first three results. */
const IN_TOP_THREE: [kind: string, query: string, expected: string][] = [
  ['part of a name', '胡家', hujiazhuang],
  ['part of a name', '西辛', xixinzhuang],
  ['part of a name', '齐庄', qizhuang],
  ['part of a name', '郑寨', '/villages/qingzu/houzhengzhai/'],
  ['part of a name', '武陵', '/villages/qingzu/qianwuling/'],
  ['branch secretary', '胡庆民', hujiazhuang],
  ['branch secretary', '李连成', xixinzhuang],
  ['branch secretary', '齐新峰', qizhuang],
  ['township secretary', '刘树月', '/townships/wenliu/'],
  ['product', '冬枣', '/villages/qingzu/zhangjia/'],
  ['product', '非洲菊', changzhai],
  ['product', '金银花', '/villages/wenliu/renzhuang/'],
  ['product', '丝瓜', qizhuang],
  ['honor', '全国文明村', xixinzhuang],
  ['honor', '全国文明村', changzhai],
  ['honor', '省级森林乡村', '/villages/qingzu/langzhai/'],
  ['honor', '最美乡村', '/villages/qingzu/houzhengzhai/'],
  ['pinyin, beginning', 'hujia', hujiazhuang],
  ['pinyin, part of a name', 'xixin', xixinzhuang],
  ['initials shared by three villages', 'hjz', hujiazhuang],
  ['pinyin of a secretary', 'liliancheng', xixinzhuang],
  ['initials', 'xxzc', xixinzhuang],
  ['initials of a secretary', 'hqm', hujiazhuang],
];

describe('search finds what people type', () => {
  it.each(OWN_NAME)('%s %s: its own page %s comes first', async (_kind, query, expected) => {
    const { names, text } = await listed(query);
    const list = [...names, ...text];
    const own = list.find((item) => item.url === expected);
    // A shared name: its villages come first together, so the expected one is among them.
    const namesakes = list.slice(0, list.findIndex((item) => item.title !== list[0]?.title) >>> 0);
    expect(own, JSON.stringify(list.slice(0, 5))).toBeDefined();
    expect(
      list[0]?.url === expected || namesakes.some((item) => item.url === expected),
      JSON.stringify(list.slice(0, 5)),
    ).toBe(true);
  });

  it.each(IN_TOP_THREE)('%s %s: %s is in the top 3', async (_kind, query, expected) => {
    const { names, text } = await listed(query);
    const top = [...names.slice(0, 3), ...text.slice(0, 3)].map((item) => item.url);
    expect(top, JSON.stringify({ names: names.slice(0, 3), text: text.slice(0, 3) })).toContain(expected);
  });

  it('says what each result is', async () => {
    const hits = await search(page, '/pagefind/', '全国文明村', { limit: 5 });
    expect(hits.find((hit) => hit.url === `${changzhai}#honors`)).toMatchObject({
      kind: '荣誉',
      title: '全国文明村、河南省民主法治建设示范村',
    });
    expect(hits.find((hit) => hit.url === xixinzhuang)).toMatchObject({ kind: '村', title: '西辛庄村' });
  });

  it('finds by a star name the villages that hold it or strive for it, not every village', async () => {
    // Every village page shows all five stars; only those held or striven for are indexed (StarBadges.astro).
    const hits = (await search(page, '/pagefind/', '文明幸福星', { limit: 50, filters: { 类型: '村' } })).map(pageOf);
    expect(hits).toContain(hujiazhuang); // striving for it in 2023
    expect(hits).not.toContain('/villages/wenliu/liuzhuang/'); // 刘庄村 neither holds nor strives for it
    expect(await search(page, '/pagefind/', '已获得', { limit: 5, filters: { 类型: '村' } })).toEqual([]);
  });

  it('finds a bulletin or a star on its own page, not again on the lists that show it', async () => {
    const bulletin = (await search(page, '/pagefind/', '一把手工程', { limit: 20 })).map(pageOf);
    expect(bulletin).toContain('/bulletins/2023-qingzu-shuji-linghang/');
    // Before, the lists by month, kind and township each came up too, for the summary they repeat.
    expect(bulletin.filter((url) => /^\/bulletins\/(?:$|kind\/|township\/|page\/)/u.test(url))).toEqual([]);
    const star = (await search(page, '/pagefind/', '战斗堡垒', { limit: 20 })).map(pageOf);
    expect(star).toContain('/stars/zhibu-guoying/');
    expect(star).not.toContain('/stars/');
  });

  it('filters by kind, township, star level and year', async () => {
    const villages = await search(page, '/pagefind/', '庄', { limit: 50, filters: { 类型: '村', 乡镇: '文留镇' } });
    expect(villages.length).toBeGreaterThan(2);
    expect(villages.every((hit) => hit.kind === '村' && hit.url.startsWith('/villages/wenliu/'))).toBe(true);
    const fiveStars = await search(page, '/pagefind/', '村', { limit: 50, filters: { 星级: '五星支部' } });
    expect(fiveStars.map(pageOf)).toContain(xixinzhuang);
    expect(fiveStars.map(pageOf)).not.toContain(hujiazhuang); // four stars in 2023
    const bulletins = await search(page, '/pagefind/', '庆祖镇', {
      limit: 50,
      filters: { 类型: '通报', 年度: '2023' },
    });
    expect(bulletins.length).toBeGreaterThan(0);
    expect(bulletins.every((hit) => hit.kind === '通报' && hit.url.startsWith('/bulletins/'))).toBe(true);
  });
});
