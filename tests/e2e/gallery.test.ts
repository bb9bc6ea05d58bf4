/**
 * The photo gallery on a phone in Chromium: the lightbox opens by keyboard, moves with ←/→ and swipes, closes
 * with Esc and gives focus back to the thumbnail; without JavaScript a thumbnail opens the full-size image.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { openPhonePage, SCREENSHOTS, screenshot } from '../../scripts/lib/browser';
import { useBrowserSession } from '../support/session';
import { TEST_BUILDS } from '../support/build-site';

const PAGE = 'townships/qingzu/';

const session = useBrowserSession({ server: TEST_BUILDS.subPath });
beforeAll(() => mkdirSync(SCREENSHOTS, { recursive: true }));

/** What the open lightbox shows: counter, image source, caption, and which element has focus. */
const state = (page: Page) =>
  page.evaluate(() => {
    const dialog = document.querySelector<HTMLDialogElement>('dialog[data-lightbox]')!;
    const image = dialog.querySelector('img');
    return {
      open: dialog.open,
      counter: dialog.querySelector('[data-counter]')?.textContent,
      src: image?.currentSrc || image?.src,
      loaded: Boolean(image?.complete && image.naturalWidth > 0),
      caption: dialog.querySelector('[data-caption] .what')?.textContent,
      focused: document.activeElement?.closest('figure')?.querySelector('.what')?.textContent ?? null,
    };
  });

/** Dispatches a horizontal swipe on the open dialog. */
const swipe = (page: Page, dx: number) =>
  page.evaluate((distance) => {
    const dialog = document.querySelector('dialog[data-lightbox]')!;
    const touch = (x: number) => new Touch({ identifier: 1, target: dialog, clientX: x, clientY: 300 });
    dialog.dispatchEvent(new TouchEvent('touchstart', { changedTouches: [touch(200)], bubbles: true }));
    dialog.dispatchEvent(new TouchEvent('touchend', { changedTouches: [touch(200 + distance)], bubbles: true }));
  }, dx);

describe('gallery with JavaScript', () => {
  it('opens by keyboard, moves with arrows and swipes, closes with Esc, and returns focus', async () => {
    const { page, errors, foreignRequests } = await openPhonePage(session.browser, session.server.origin);
    await page.goto(session.server.url(PAGE));
    const thumbnails = page.locator('[data-gallery] a[data-photo]');
    expect(await thumbnails.count()).toBe(3);

    await thumbnails.first().focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector<HTMLImageElement>('dialog[data-lightbox] img')?.complete);
    expect(await state(page)).toMatchObject({
      open: true,
      counter: '1 / 3',
      loaded: true,
      caption: '“吃亏精神”发源地',
    });
    expect((await state(page)).src).toMatch(/\.(webp|jpg)$/);
    await page.screenshot({ path: join(SCREENSHOTS, 'gallery-lightbox.png') }); // the viewport: the dialog covers it

    await page.keyboard.press('ArrowRight');
    expect(await state(page)).toMatchObject({ counter: '2 / 3', caption: '日趋规模的食品加工专业园区' });
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    expect(await state(page)).toMatchObject({ counter: '3 / 3', caption: '庆祖镇智慧农业' });

    await swipe(page, -120);
    expect((await state(page)).counter).toBe('1 / 3');
    await swipe(page, 120);
    expect((await state(page)).counter).toBe('3 / 3');
    await swipe(page, 10); // a tap is not a swipe
    expect((await state(page)).counter).toBe('3 / 3');

    await page.keyboard.press('Escape');
    // Focus goes back to the photo shown last once the dialog's close event has run (a task after the key).
    await expect.poll(async () => (await state(page)).focused).toBe('庆祖镇智慧农业');
    expect(await state(page)).toMatchObject({ open: false, focused: '庆祖镇智慧农业' });
    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await screenshot(page, 'gallery-township');
    await page.context().close();
  });
});

describe('gallery without JavaScript', () => {
  it('links each thumbnail to its full-size image', async () => {
    const { page } = await openPhonePage(session.browser, session.server.origin, { javaScriptEnabled: false });
    await page.goto(session.server.url('photos/'));
    expect(await page.locator('dialog[data-lightbox]').first().isVisible()).toBe(false);
    const first = page.locator('a[data-photo]').first();
    await first.click();
    await page.waitForURL(/\.jpg$/);
    expect(await page.evaluate(() => document.contentType)).toBe('image/jpeg');
    expect(page.url()).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/zhuanti\/wuxing\/_astro\/.+\.jpg$/);
    const size = await page.evaluate(() => [document.images[0]?.naturalWidth, document.images[0]?.naturalHeight]);
    expect(size).toEqual([1600, 1200]);
    await page.context().close();
  });
});
