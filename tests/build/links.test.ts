/**
 * No broken internal link in either test build (root and sub-path): every href, src, srcset of every page and
 * every <loc>/<link> of the feed and sitemaps names a file of the build (and a #fragment an id on it). The check
 * is src/lib/link-check.ts, the same one the safe build (`npm run build`) runs before it publishes.
 */
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalOrigin, feedUrls, findBrokenLinks, pageUrls, resolveLink } from '../../scripts/build/link-check';
import { TEST_BUILDS } from '../support/build-site';

describe.each(Object.entries(TEST_BUILDS))('links in the %s build', (_, { outDir, base }) => {
  const files = globSync('**/*', { cwd: outDir, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(outDir.length + 1));
  const read = (file: string) => readFileSync(join(outDir, file), 'utf8');
  const origin = canonicalOrigin(read('index.html'));
  const pages = files.filter((file) => file.endsWith('.html'));
  const feeds = files.filter((file) => /^(rss|sitemap-.*)\.xml$/u.test(file));
  const internal = [...pages, ...feeds].flatMap((file) =>
    (file.endsWith('.xml') ? feedUrls(read(file)) : pageUrls(read(file)))
      .filter((url) => resolveLink(url, file, base, origin) !== undefined)
      .map((url) => ({ file, url })),
  );

  it('finds the pages, the feed and the sitemap, and many links in them', () => {
    expect(origin).toMatch(/^https?:\/\//u);
    expect(pages.length).toBeGreaterThan(40);
    expect(feeds).toEqual(expect.arrayContaining(['rss.xml', 'sitemap-index.xml']));
    expect(internal.length).toBeGreaterThan(pages.length * 10);
  });

  it('has no broken internal link', () => {
    expect(findBrokenLinks(files, read, base, origin)).toEqual([]);
  });

  it('writes root-relative links with the base path', () => {
    const rootRelative = internal.filter(({ url }) => url.startsWith('/') && !url.startsWith('//'));
    expect(rootRelative.length).toBeGreaterThan(0);
    expect(rootRelative.filter(({ url }) => !url.startsWith(base)).map((l) => `${l.file}: ${l.url}`)).toEqual([]);
  });
});
