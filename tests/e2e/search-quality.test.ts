/**
 * What people type finds the right page: full names, parts of names, secretaries, products, honors, pinyin and
 * initials, searched in Chromium with Pagefind's own API and the site's ranking against the built sample
 * (dist-test/). The expected page must be among the first three results; a name's own page must be first.
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
  ['initials', 'hjz', hujiazhuang],
  ['initials', 'zylt', zhangyulintou],
];

/** Queries whose expected page must be in the first three results. */
const IN_TOP_THREE: [kind: string, query: string, expected: string][] = [
  ['part of a name', '胡家', hujiazhuang],
  ['part of a name', '辛庄', xixinzhuang],
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
  ['pinyin, end of a name', 'xinzhuang', xixinzhuang],
  ['pinyin of a secretary', 'liliancheng', xixinzhuang],
  ['initials', 'xxzc', xixinzhuang],
  ['initials of a secretary', 'hqm', hujiazhuang],
];

describe('search finds what people type', () => {
  it.each(OWN_NAME)('%s %s: its own page %s comes first', async (_kind, query, expected) => {
    const hits = await search(page, '/pagefind/', query);
    expect(hits.map(pageOf)[0], JSON.stringify(hits)).toBe(expected);
  });

  it.each(IN_TOP_THREE)('%s %s: %s is in the top 3', async (_kind, query, expected) => {
    const hits = await search(page, '/pagefind/', query);
    expect(hits.map(pageOf), JSON.stringify(hits)).toContain(expected);
  });

  it('says what each result is', async () => {
    const hits = await search(page, '/pagefind/', '全国文明村', { limit: 5 });
    expect(hits.find((hit) => hit.url === `${changzhai}#honors`)).toMatchObject({
      kind: '荣誉',
      title: '全国文明村、河南省民主法治建设示范村',
    });
    expect(hits.find((hit) => hit.url === xixinzhuang)).toMatchObject({ kind: '村', title: '西辛庄村' });
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
