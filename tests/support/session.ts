/**
 * One Chromium and one Astro preview server per test build for a test file: started before its tests, closed after them.
 *
 *   const session = useBrowserSession({ server: TEST_BUILDS.subPath });
 *   … openPhonePage(session.browser, session.server.origin) …
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from '../../scripts/lib/browser';
import { previewSite, type SitePreview } from '../../scripts/lib/preview';

/** The browser, and a server under each name given. */
export type BrowserSession<K extends string> = { browser: Browser } & Record<K, SitePreview>;

/** Registers the file's beforeAll/afterAll; the returned object is filled in before the first test runs. */
export function useBrowserSession<K extends string>(
  builds: Record<K, { outDir: string; base: string }>,
): BrowserSession<K> {
  const session = {} as BrowserSession<K>;
  const servers: SitePreview[] = [];
  beforeAll(async () => {
    session.browser = await launchBrowser();
    for (const [name, build] of Object.entries<{ outDir: string; base: string }>(builds)) {
      const server = await previewSite(build.outDir, build.base);
      servers.push(server);
      Object.assign(session, { [name]: server });
    }
  });
  afterAll(async () => {
    await session.browser?.close();
    for (const server of servers) await server.close();
  });
  return session;
}
