/** Launches Debian's Chromium through playwright-core (never a downloaded browser) for e2e tests. */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type Browser, chromium, type ConsoleMessage, type Page } from 'playwright-core';

/** Where e2e tests save screenshots for people to look at. */
export const SCREENSHOTS = join(resolve(import.meta.dirname, '../..'), 'tests/e2e/screenshots');

/** Flags that work on these machines (no sandbox as root, no background network). */
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Starts headless Chromium from /usr/bin/chromium (or CHROMIUM_PATH). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: FLAGS,
    headless: true,
  });
}

/** The phone viewport the site is designed for. */
export const PHONE = { width: 360, height: 740 } as const;

/**
 * Opens a page on a phone-sized viewport and records console errors, failed requests and any request that
 * leaves `origin` (the site must make no third-party requests).
 */
export async function openPhonePage(
  browser: Browser,
  origin: string,
  options: { javaScriptEnabled?: boolean } = {},
): Promise<{ page: Page; errors: string[]; foreignRequests: string[] }> {
  const context = await browser.newContext({
    viewport: PHONE,
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
    javaScriptEnabled: options.javaScriptEnabled ?? true,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  const foreignRequests: string[] = [];
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreignRequests.push(url);
  });
  return { page, errors, foreignRequests };
}

/** Saves a full-page screenshot as tests/e2e/screenshots/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
