/**
 * Every internal link of both test builds resolves: href, src and srcset in every page, and the URLs in the RSS
 * feed and the sitemaps. Under the sub-path build every internal URL must carry the sub-path; a `#fragment`
 * must name an id on its target page.
 */
import { existsSync, globSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEST_BUILDS } from '../support/build-site';

/** Where the link was found and what it says. */
interface Link {
  file: string;
  url: string;
}

/** Decodes the few entities Astro writes inside attribute values. */
const unescape = (value: string) => value.replaceAll('&amp;', '&').replaceAll('&quot;', '"').replaceAll('&#39;', "'");

/** The URLs of one HTML page: href, src, and each candidate of srcset (not inside scripts or templates). */
function htmlLinks(page: string): string[] {
  const html = page.replace(/<(script|template)\b[\s\S]*?<\/\1>/g, '');
  const urls: string[] = [];
  for (const [, attr, value] of html.matchAll(/\s(href|src|srcset)=(?:"([^"]*)"|'([^']*)')/g)) {
    const text = unescape(value ?? '');
    if (attr === 'srcset') urls.push(...text.split(',').map((candidate) => candidate.trim().split(/\s+/)[0]!));
    else urls.push(text);
  }
  return urls.filter((url) => url !== '');
}

/** The URLs of an RSS feed or sitemap: `<link>` and `<loc>` elements. */
function xmlLinks(xml: string): string[] {
  return [...xml.matchAll(/<(?:link|loc)>([^<]+)<\/(?:link|loc)>/g)].map((match) => unescape(match[1]!.trim()));
}

/** The site origin and base path the build was made for, read from the home page's canonical URL. */
function siteOf(outDir: string): URL {
  const home = readFileSync(join(outDir, 'index.html'), 'utf8');
  return new URL(/<link rel="canonical" href="([^"]+)"/.exec(home)![1]!);
}

describe.each(Object.entries(TEST_BUILDS))('links in the %s build', (_, { outDir, base }) => {
  const site = siteOf(outDir);
  const pages = globSync('**/*.html', { cwd: outDir });
  const feeds = globSync('{rss.xml,sitemap-*.xml}', { cwd: outDir });
  const links: Link[] = [
    ...pages.flatMap((file) => htmlLinks(readFileSync(join(outDir, file), 'utf8')).map((url) => ({ file, url }))),
    ...feeds.flatMap((file) => xmlLinks(readFileSync(join(outDir, file), 'utf8')).map((url) => ({ file, url }))),
  ];
  const ids = new Map<string, Set<string>>();
  const idsIn = (file: string) => {
    if (!ids.has(file)) {
      const html = readFileSync(join(outDir, file), 'utf8');
      ids.set(file, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!)));
    }
    return ids.get(file)!;
  };
  /** Why an internal link is broken, or undefined when it resolves. */
  const problem = ({ file, url }: Link): string | undefined => {
    const page = new URL(`${base}${file.replace(/(^|\/)index\.html$/, '$1')}`, site.origin);
    const target = new URL(url, page);
    if (!target.pathname.startsWith(base)) return 'outside the base path';
    const path = decodeURIComponent(target.pathname.slice(base.length));
    const onDisk = path === '' || path.endsWith('/') ? `${path}index.html` : path;
    if (!existsSync(join(outDir, onDisk)) || !statSync(join(outDir, onDisk)).isFile()) return 'no such file';
    const id = decodeURIComponent(target.hash.slice(1));
    if (id && onDisk.endsWith('.html') && !idsIn(onDisk).has(id)) return `no id "${id}"`;
    return undefined;
  };
  const internal = links.filter(({ url }) => {
    if (/^(data|mailto|tel|javascript|blob):/i.test(url)) return false;
    return new URL(url, site).origin === site.origin;
  });

  it('finds the pages, the feed and the sitemap, and many links in them', () => {
    expect(pages.length).toBeGreaterThan(40);
    expect(feeds).toEqual(expect.arrayContaining(['rss.xml', 'sitemap-index.xml']));
    expect(internal.length).toBeGreaterThan(pages.length * 10);
  });

  it('has no broken internal link', () => {
    const broken = internal.flatMap((link) => {
      const why = problem(link);
      return why ? [`${link.file}: ${link.url} (${why})`] : [];
    });
    expect(broken).toEqual([]);
  });

  it('writes root-relative links with the base path', () => {
    const rootRelative = internal.filter(({ url }) => url.startsWith('/') && !url.startsWith('//'));
    expect(rootRelative.length).toBeGreaterThan(0);
    expect(rootRelative.filter(({ url }) => !url.startsWith(base)).map((l) => `${l.file}: ${l.url}`)).toEqual([]);
  });
});
