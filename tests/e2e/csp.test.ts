/**
 * The Content-Security-Policy in Chromium (issue 13): every page type ships one without 'unsafe-inline' for scripts
 * and raises no `securitypolicyviolation` while search, charts, the lightbox and the 大字 toggle work; a `<script>`
 * and an event handler injected into a copy of a built page do not run. Under `/` and under the sub-path.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPhonePage } from '../../scripts/lib/browser';
import { paths } from '../../src/lib/urls';
import { TEST_BUILDS } from '../support/build-site';
import { useBrowserSession } from '../support/session';

const PAGES = [
  paths.home(),
  paths.township('qingzu'),
  paths.village('wenliu/hujiazhuang'),
  paths.bulletin('2023-qingzu-shuji-linghang'),
  paths.industry('sigua'),
  paths.rankings(),
  paths.search(),
  '/no-such-page/',
];

const session = useBrowserSession(TEST_BUILDS);

/** Opens a page that records every CSP violation in `window.cspViolations`. */
async function open(server: 'root' | 'subPath', path: string): Promise<Page> {
  const { page } = await openPhonePage(session.browser, session[server].origin);
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { cspViolations: seen });
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.effectiveDirective} ${event.blockedURI} ${event.sample}`);
    });
  });
  await page.goto(session[server].url(path), { waitUntil: 'networkidle' });
  return page;
}

const violations = (page: Page) =>
  page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

for (const server of ['root', 'subPath'] as const) {
  describe(`CSP under ${TEST_BUILDS[server].base}`, () => {
    it.each(PAGES)('%s has a strict policy and no violation', async (path) => {
      const page = await open(server, path);
      const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
      expect(policy).toContain("default-src 'self'");
      const scripts = /script-src ([^;]*)/u.exec(policy ?? '')?.[1] ?? '';
      expect(scripts).not.toContain("'unsafe-inline'");
      expect(scripts).not.toMatch(/https?:/u);
      expect(await violations(page)).toEqual([]);
      await page.context().close();
    });

    it('search, charts, the lightbox and 大字 still work', async () => {
      const search = await open(server, paths.search());
      await search.locator('#search-q').fill('丝瓜');
      await search.locator('.search-result a').first().waitFor({ timeout: 20_000 });
      expect(await violations(search)).toEqual([]);
      await search.context().close();

      const township = await open(server, paths.township('qingzu'));
      const figures = township.locator('[data-chart-figure]');
      const count = await figures.count();
      expect(count).toBeGreaterThan(0);
      for (let index = 0; index < count; index += 1) await figures.nth(index).scrollIntoViewIfNeeded();
      await township.waitForFunction((n) => document.querySelectorAll('[data-chart-drawn]').length === n, count);
      await township.locator('[data-gallery] a[data-photo]').first().click();
      await township.waitForFunction(() => document.querySelector<HTMLDialogElement>('dialog[data-lightbox]')?.open);
      await township.keyboard.press('Escape');
      await township.getByRole('button', { name: '大字' }).click();
      expect(await township.evaluate(() => document.documentElement.dataset.text)).toBe('large');
      expect(await violations(township)).toEqual([]);
      await township.context().close();
    });

    it('a script injected into a built page does not run', async () => {
      const { outDir } = TEST_BUILDS[server];
      const folder = join(outDir, 'csp-injected');
      const html = readFileSync(join(outDir, 'index.html'), 'utf8').replace(
        '</body>',
        '<script>window.injected = "script"</script><img src="x" onerror="window.injected = \'handler\'"></body>',
      );
      mkdirSync(folder, { recursive: true });
      writeFileSync(join(folder, 'index.html'), html);
      try {
        const page = await open(server, '/csp-injected/');
        expect(await page.evaluate(() => (window as unknown as { injected?: string }).injected)).toBeUndefined();
        expect((await violations(page)).some((violation) => violation.startsWith('script-src'))).toBe(true);
        await page.context().close();
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    });
  });
}
