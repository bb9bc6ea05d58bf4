/**
 * One page of every type of the public site in Chromium on a 360×740 phone, served under the sub-path: no console
 * error, no third-party request, no sideways scrolling; the 大字 and 高对比 modes switch by mouse and keyboard and
 * persist across a reload; with JavaScript off the content is there and links and filters work. Screenshots of
 * the home, a township and a village page go to tests/e2e/screenshots/ for people to look at.
 */
import { existsSync, globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPhonePage, screenshot } from '../../scripts/lib/browser';
import { useBrowserSession } from '../support/session';
import { ROOT, TEST_BUILDS } from '../support/build-site';
import { paths } from '../../src/lib/urls';

/** One page of each type, by name. */
const PAGES = {
  home: paths.home(),
  townships: paths.townships(),
  township: paths.township('qingzu'),
  village: paths.village('wenliu/hujiazhuang'),
  stars: paths.stars(),
  star: paths.star('产业兴旺星'),
  rankings: paths.rankings(),
  industries: paths.industries(),
  industry: paths.industry('sigua'),
  bulletins: paths.bulletins(),
  bulletinsOfKind: paths.bulletinsOfKind('典型案例'),
  bulletinsOfTownship: paths.bulletinsOfTownship('wenliu'),
  bulletin: paths.bulletin('2023-qingzu-shuji-linghang'),
  notFound: '/no-such-page/',
} as const;

/** A village of the roster without a profile (its light page), if the content has a roster. */
const rosterOnly = globSync('*.yaml', { cwd: join(ROOT, 'content/roster') })
  .flatMap((file) => {
    const township = file.replace(/\.yaml$/u, '');
    const roster = yaml.load(readFileSync(join(ROOT, 'content/roster', file), 'utf8')) as {
      villages: { slug: string }[];
    };
    return roster.villages.map((village) => `${township}/${village.slug}`);
  })
  .find((id) => !existsSync(join(ROOT, 'content/villages', `${id}.mdx`)));

/** Every page a resident reaches from the navigation, the footer or a shared link, for the 大字 reflow check. */
const LARGE_TEXT_PAGES = [
  ...Object.values(PAGES).filter((path) => path !== PAGES.notFound),
  paths.township('wenliu'),
  paths.village('qingzu/qingnan'),
  paths.data(),
  paths.photos(),
  ...(rosterOnly ? [paths.village(rosterOnly)] : []),
];

const { outDir, base } = TEST_BUILDS.subPath;
const session = useBrowserSession({ server: { outDir, base } });

/** Opens a site path on the phone, waiting until the network is quiet. */
async function open(path: string, options: { javaScriptEnabled?: boolean; width?: number } = {}) {
  const opened = await openPhonePage(session.browser, session.server.origin, options);
  if (options.width) await opened.page.setViewportSize({ width: options.width, height: 740 });
  await opened.page.goto(session.server.url(path), { waitUntil: 'networkidle' });
  return opened;
}

/** The page's `<h1>` text. */
const heading = (page: Page) => page.locator('h1').first().innerText();
/** How far the page scrolls sideways (0 when it fits). */
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
/** The display attributes on `<html>` and the pressed state of both buttons. */
const display = (page: Page) =>
  page.evaluate(() => ({
    text: document.documentElement.dataset.text ?? null,
    contrast: document.documentElement.dataset.contrast ?? null,
    pressed: [...document.querySelectorAll('[data-display-toggles] button')].map((b) => b.getAttribute('aria-pressed')),
    rootPx: getComputedStyle(document.documentElement).fontSize,
    background: getComputedStyle(document.body).backgroundColor,
  }));

describe.each(Object.entries(PAGES))('the %s page on a phone', (name, path) => {
  it('loads with its heading, no console error, nothing from another host, no sideways scrolling', async () => {
    const { page, errors, foreignRequests } = await open(path);
    expect(await heading(page)).not.toBe('');
    // The server answers the 404 page with status 404, which Chromium reports on the console.
    const expected =
      name === 'notFound' ? ['Failed to load resource: the server responded with a status of 404 (Not Found)'] : [];
    expect(errors).toEqual(expected);
    expect(foreignRequests).toEqual([]);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.context().close();
  });

  it('works without JavaScript: content, no display buttons, and the main navigation leads on', async () => {
    const { page } = await open(path, { javaScriptEnabled: false });
    expect(await heading(page)).not.toBe('');
    expect((await page.locator('main').innerText()).length).toBeGreaterThan(20);
    expect(await page.locator('[data-display-toggles]').isVisible()).toBe(false);
    const [label, next, title] =
      path === paths.rankings() ? ['乡镇', paths.townships(), '各乡镇'] : ['榜单', paths.rankings(), '榜单'];
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: label }).click();
    await page.waitForURL(session.server.url(next));
    expect(await heading(page)).toBe(title);
    await page.context().close();
  });
});

describe('display modes (大字, 高对比)', () => {
  it('switch on click, persist across a reload and to the next page, and switch back', async () => {
    const { page, errors } = await open(PAGES.village);
    const before = await display(page);
    expect(before).toMatchObject({ text: null, contrast: null, pressed: ['false', 'false'], rootPx: '16px' });
    await page.getByRole('button', { name: '大字' }).click();
    await page.getByRole('button', { name: '高对比' }).click();
    const on = { text: 'large', contrast: 'high', pressed: ['true', 'true'], rootPx: '20px' };
    expect(await display(page)).toMatchObject({ ...on, background: 'rgb(255, 255, 255)' });
    await page.reload({ waitUntil: 'networkidle' });
    expect(await display(page)).toMatchObject(on);
    await page.getByRole('link', { name: '文留镇' }).first().click();
    await page.waitForURL(session.server.url(paths.township('wenliu')));
    expect(await display(page)).toMatchObject(on);
    await page.getByRole('button', { name: '大字' }).click();
    await page.reload({ waitUntil: 'networkidle' });
    expect(await display(page)).toMatchObject({ text: null, contrast: 'high', pressed: ['false', 'true'] });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('are reachable and switched by keyboard alone', async () => {
    const { page } = await open(PAGES.home);
    let focused = '';
    for (let tab = 0; tab < 10 && focused !== '大字'; tab += 1) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    }
    expect(focused).toBe('大字');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    expect(await display(page)).toMatchObject({ text: 'large', contrast: 'high' });
    await page.context().close();
  });

  it('large text still fits a 320 px wide screen (reflow at 200 % zoom)', async () => {
    for (const path of [PAGES.home, PAGES.township, PAGES.village, PAGES.rankings, PAGES.bulletin]) {
      const { page } = await open(path, { width: 320 });
      await page.getByRole('button', { name: '大字' }).click();
      expect(await overflow(page), path).toBeLessThanOrEqual(0);
      await page.context().close();
    }
  });
});

describe('大字 mode at 360 and 320 px', () => {
  it.each([360, 320])('scrolls no page sideways at %i px (tables scroll inside their own box)', async (width) => {
    const wide: string[] = [];
    for (const path of LARGE_TEXT_PAGES) {
      const { page } = await open(path, { width });
      await page.getByRole('button', { name: '大字' }).click();
      if ((await overflow(page)) > 0) wide.push(`${path}: ${await overflow(page)} px`);
      await page.context().close();
    }
    expect(wide).toEqual([]);
  });
});

describe('without JavaScript', () => {
  it('filters bulletins by kind and by township through plain links', async () => {
    const { page } = await open(PAGES.bulletins, { javaScriptEnabled: false });
    const filters = page.getByRole('navigation', { name: '筛选' });
    await filters.getByRole('link', { name: /典型案例/ }).click();
    await page.waitForURL(session.server.url(PAGES.bulletinsOfKind));
    expect(await page.locator('main').innerText()).toContain('书记领航');
    await filters.getByRole('link', { name: /文留镇/ }).click();
    await page.waitForURL(session.server.url(PAGES.bulletinsOfTownship));
    expect(await page.locator('main').innerText()).toContain('马拉松');
    await page.context().close();
  });
});

describe('screenshots at 360 px', () => {
  it.each([
    ['home', PAGES.home],
    ['township', PAGES.township],
    ['village', PAGES.village],
  ])('saves the %s page', async (name, path) => {
    const { page } = await open(path);
    await screenshot(page, `site-${name}`);
    await page.getByRole('button', { name: '大字' }).click();
    await page.getByRole('button', { name: '高对比' }).click();
    await screenshot(page, `site-${name}-large-contrast`);
    await page.context().close();
  });
});
