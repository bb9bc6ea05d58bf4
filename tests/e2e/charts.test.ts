/**
 * Charts on a phone in Chromium: chart.js arrives only when a chart nears the screen, every canvas gets drawn
 * (pixels, not a blank box) without console errors, high-contrast mode redraws them in black and white, and with
 * JavaScript off the tables carry the numbers alone.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { chartWeight } from '../../scripts/lib/chart-weight';
import { openPhonePage, SCREENSHOTS } from '../../scripts/lib/browser';
import { useBrowserSession } from '../support/session';
import { TEST_BUILDS } from '../support/build-site';

const session = useBrowserSession({ root: TEST_BUILDS.root, sub: TEST_BUILDS.subPath });
beforeAll(() => mkdirSync(SCREENSHOTS, { recursive: true }));

/** Files chart.js is fetched from when a chart scrolls into view (the on-scroll part of the chart code). */
const onScrollFiles = (path: string) =>
  chartWeight(TEST_BUILDS.root.outDir, path)
    .files.filter((file) => file.onScroll)
    .map((file) => file.file);

/** Scrolls every chart figure into view, one after another, and waits until each is drawn. */
async function drawAll(page: Page): Promise<number> {
  const figures = page.locator('[data-chart-figure]');
  const count = await figures.count();
  for (let index = 0; index < count; index += 1) await figures.nth(index).scrollIntoViewIfNeeded();
  await page.waitForFunction((n) => document.querySelectorAll('[data-chart-drawn]').length === n, count);
  return count;
}

/** Per canvas: the share of pixels in a bar red, and the largest channel spread of any painted pixel. */
const inks = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLCanvasElement>('[data-chart-figure] canvas')].map((canvas) => {
      const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
      let red = 0;
      let spread = 0;
      for (let i = 0; i < data.length; i += 4) {
        const [r, g, b, a] = [data[i]!, data[i + 1]!, data[i + 2]!, data[i + 3]!];
        if (a < 200) continue;
        if (r > 110 && g < 110 && b < 80) red += 1;
        spread = Math.max(spread, Math.max(r, g, b) - Math.min(r, g, b));
      }
      return { label: canvas.getAttribute('aria-label'), red: red / (canvas.width * canvas.height), spread };
    }),
  );

describe('charts with JavaScript', () => {
  it('loads chart.js only on scroll and draws every chart of a township page', async () => {
    const { page, errors, foreignRequests } = await openPhonePage(session.browser, session.root.origin);
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(session.root.url('/townships/wenliu/'));
    await page.waitForLoadState('networkidle');
    const later = onScrollFiles('/townships/wenliu/');
    expect(later.length).toBeGreaterThan(0);
    expect(requested.filter((url) => later.some((file) => url.endsWith(file)))).toEqual([]);

    const heights = () =>
      page.$$eval('[data-chart-figure]', (figures) => figures.map((figure) => figure.getBoundingClientRect().height));
    const before = await heights();
    expect(await drawAll(page)).toBeGreaterThan(5);
    expect(await heights(), 'the place of each chart is kept: nothing jumps when it is drawn').toEqual(before);
    expect(requested.filter((url) => later.some((file) => url.endsWith(file))).length).toBe(later.length);
    // Every chart has drawn its bars (a blank canvas has none); 文留镇's 榜单图 has 65 rows of which 5 are rated,
    // so its red is under 1 % of the canvas.
    for (const canvas of await inks(page)) expect(canvas.red, canvas.label ?? '').toBeGreaterThan(0.002);
    // The charts section only: a full-page shot of a long page at 2× takes most of the test's time.
    await page
      .locator('[data-chart-figure]')
      .first()
      .locator('xpath=..')
      .screenshot({ path: join(SCREENSHOTS, 'charts-wenliu.png') });
    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });

  it('redraws in black and white in high-contrast mode', async () => {
    const { page, errors } = await openPhonePage(session.browser, session.root.origin);
    await page.goto(session.root.url('/'));
    await drawAll(page);
    expect(Math.min(...(await inks(page)).map((canvas) => canvas.spread))).toBeGreaterThan(60);
    await page.evaluate(() => document.documentElement.setAttribute('data-contrast', 'high'));
    await page.waitForTimeout(100);
    for (const canvas of await inks(page)) expect(canvas.spread, canvas.label ?? '').toBeLessThan(40);
    expect(errors).toEqual([]);
  });

  it('draws under a sub-path, and a page without charts fetches no chart code', async () => {
    const township = await openPhonePage(session.browser, session.sub.origin);
    await township.page.goto(session.sub.url('/townships/qingzu/'));
    expect(await drawAll(township.page)).toBeGreaterThan(2);
    expect(township.errors).toEqual([]);

    const chartFiles = chartWeight(TEST_BUILDS.subPath.outDir, '/townships/qingzu/', TEST_BUILDS.subPath.base)
      .files.map((file) => file.file)
      // Vite's module-preload helper is shared with the header's search box, which is on every page.
      .filter((file) => !/preload-helper\./u.test(file));
    const village = await openPhonePage(session.browser, session.sub.origin);
    const requested: string[] = [];
    village.page.on('request', (request) => requested.push(request.url()));
    await village.page.goto(session.sub.url('/villages/qingzu/changzhai/'));
    await village.page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await village.page.waitForLoadState('networkidle');
    expect(chartFiles.length).toBeGreaterThan(1);
    expect(requested.filter((url) => chartFiles.some((file) => url.endsWith(file)))).toEqual([]);
    expect(village.errors).toEqual([]);
  });

  it('gives the space back and keeps the tables when chart.js cannot be fetched', async () => {
    const { page } = await openPhonePage(session.browser, session.root.origin);
    const later = onScrollFiles('/');
    await page.route(
      (url) => later.some((file) => url.pathname.endsWith(file)),
      (route) => route.abort(),
    );
    await page.goto(session.root.url('/'));
    const figure = page.locator('[data-chart-figure]').first();
    await figure.scrollIntoViewIfNeeded();
    await expect.poll(() => figure.locator('canvas').count()).toBe(0);
    expect(await figure.locator('tbody tr').count()).toBeGreaterThan(0);
  });
});

describe('charts without JavaScript', () => {
  it('shows every table and no empty canvas', async () => {
    const { page } = await openPhonePage(session.browser, session.root.origin, { javaScriptEnabled: false });
    await page.goto(session.root.url('/townships/qingzu/'));
    const figures = page.locator('figure[data-chart-figure], figure.star-grid');
    const count = await figures.count();
    expect(count).toBeGreaterThan(3);
    for (let index = 0; index < count; index += 1) {
      const figure = figures.nth(index);
      await expect(figure.locator('table').isVisible()).resolves.toBe(true);
      expect(await figure.locator('tbody tr').count()).toBeGreaterThan(0);
      expect(await figure.locator('canvas').isVisible()).toBe(false);
    }
    expect(await page.locator('figure.star-grid td.held').count()).toBeGreaterThan(10);
    await figures
      .first()
      .locator('xpath=..')
      .screenshot({ path: join(SCREENSHOTS, 'charts-qingzu-no-js.png') });
  });
});
