/**
 * A crawl of both test builds (at the root and under a sub-path): nothing loaded from another host, canonical URLs
 * on the site's own origin, `lang="zh-CN"` on every page, and the URLs inside CSS and JavaScript resolve. Links in
 * the HTML, the RSS feed and the sitemaps are links.test.ts's to check.
 */
import { describe, expect, it } from 'vitest';
import { crawl } from '../../scripts/quality/crawl';
import { TEST_BUILDS } from '../support/build-site';

/** The origin astro.config.mjs uses when SITE_URL is not set (as in the test builds). */
const SITE = process.env.SITE_URL ?? 'https://wuxing.example.gov.cn';

describe.each(Object.entries(TEST_BUILDS))('crawl of the %s build', (_, { outDir, base }) => {
  const result = crawl(outDir, base, SITE);
  const list = (kind: string) => result.problems.filter((p) => p.kind === kind).map((p) => `${p.file}: ${p.detail}`);

  it('finds pages and references to check', () => {
    expect(result.pages).toBeGreaterThan(10);
    expect(result.refs).toBeGreaterThan(result.pages);
  });
  it('has lang="zh-CN" on every page', () => expect(list('lang')).toEqual([]));
  it('resolves every url() and @import in CSS and every import in JavaScript', () => {
    const inAssets = result.problems.filter((p) => p.kind === 'broken link' && !p.file.endsWith('.html'));
    expect(inAssets.map((p) => `${p.file}: ${p.detail}`)).toEqual([]);
  });
  it('requests nothing from another host', () => expect(list('third-party')).toEqual([]));
  it('gives canonical and og:url as absolute URLs on the site origin', () => expect(list('canonical')).toEqual([]));
});
