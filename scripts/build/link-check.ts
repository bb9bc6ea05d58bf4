/**
 * Finds broken internal links in a built site: every `href`, `src`, `srcset`, `action` and `poster` of its pages,
 * and every `<loc>` and `<link>` of its feeds and sitemaps, that points inside the site (under its base path, or
 * an absolute URL on the site's own origin) must name a file of the build, and a `#fragment` an id on that page.
 * Pure: the caller lists the built files and reads them; nothing here touches the disk.
 */

/** One broken link. */
export interface BrokenLink {
  /** The page it is on, relative to the build folder, e.g. `townships/wenliu/index.html`. */
  page: string;
  /** The URL as written. */
  url: string;
  /** `missing`: no such file; `anchor`: no such id on the target page; `outside`: not under the base path. */
  reason: 'missing' | 'anchor' | 'outside';
}

/** Attributes holding one URL, or (srcset) a list of URLs with sizes. */
const URL_ATTRIBUTE = /\s(href|src|srcset|action|poster)\s*=\s*(?:"([^"]*)"|'([^']*)')/giu;
/** URLs that are not files of this site. */
const NOT_A_FILE = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/iu;

/** Decodes the few entities Astro writes inside attribute values. */
function decode(value: string): string {
  const named: Record<string, string> = { amp: '&', quot: '"', lt: '<', gt: '>', apos: "'" };
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/giu, (entity, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return named[name.toLowerCase()] ?? entity;
  });
}

/** The HTML without comments and without the text inside `<script>`, `<style>` and `<template>`. */
function markupOnly(html: string): string {
  return html.replace(/<!--[\s\S]*?-->/gu, '').replace(/(<(script|style|template)\b[^>]*>)[\s\S]*?<\/\2\s*>/giu, '$1');
}

/** Every URL a page's markup refers to, in document order (srcset lists are split). */
export function pageUrls(html: string): string[] {
  const urls: string[] = [];
  for (const match of markupOnly(html).matchAll(URL_ATTRIBUTE)) {
    const value = decode(match[2] ?? match[3] ?? '').trim();
    if (match[1]!.toLowerCase() !== 'srcset') urls.push(value);
    else urls.push(...value.split(/,\s+/u).map((candidate) => candidate.trim().split(/\s+/u)[0] ?? ''));
  }
  return urls.filter((url) => url !== '');
}

/** The URLs of an RSS feed or a sitemap: the text of its `<loc>` and `<link>` elements, and any `href`. */
export function feedUrls(xml: string): string[] {
  const texts = [...xml.matchAll(/<(loc|link)>\s*([^<]*?)\s*<\/\1>/gu)].map((match) => decode(match[2]!));
  return [...texts, ...pageUrls(xml)].filter((url) => url !== '');
}

/** The origin of a page's canonical URL (`https://wuxing.example.gov.cn`), which is the site's own origin. */
export function canonicalOrigin(html: string): string | undefined {
  const tag = /<link\b[^>]*\brel\s*=\s*["']canonical["'][^>]*>/iu.exec(html)?.[0];
  const href = tag ? /\shref\s*=\s*["']([^"']+)["']/iu.exec(tag)?.[1] : undefined;
  return href && URL.canParse(href) ? new URL(href).origin : undefined;
}

/** The ids (and `<a name>`s) a page defines, which `#fragment` links may point to. */
export function pageIds(html: string): Set<string> {
  const ids = new Set<string>();
  for (const match of markupOnly(html).matchAll(/\s(?:id|name)\s*=\s*(?:"([^"]*)"|'([^']*)')/giu)) {
    ids.add(decode(match[1] ?? match[2] ?? ''));
  }
  return ids;
}

/** Percent-decodes a URL part; a malformed escape is kept as written (and then reported missing). */
export function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/** The site path of a built file: `a/index.html` → `/a/`, `404.html` → `/404.html`. */
export function sitePathOf(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/u, '$1')}`;
}

/**
 * Where an internal URL on `page` leads: the build file it names (a folder URL names its index.html) and the
 * fragment, or `outside` when it leaves the base path; undefined for external, `data:` and `mailto:` URLs.
 * An absolute URL on `origin` (the site's own, e.g. `https://wuxing.example.gov.cn`) counts as internal.
 */
export function resolveLink(
  url: string,
  page: string,
  base: string,
  origin?: string,
): { file: string; fragment: string } | 'outside' | undefined {
  const own = origin !== undefined && (url === origin || url.startsWith(`${origin}/`));
  if (NOT_A_FILE.test(url) && !own) return undefined;
  const prefix = `/${base.replace(/^\/+|\/+$/gu, '')}`.replace(/^\/$/u, '');
  const resolved = new URL(url, `http://site${prefix}${sitePathOf(page)}`);
  if (!`${resolved.pathname}/`.startsWith(`${prefix}/`)) return 'outside';
  const inside = safeDecode(resolved.pathname.slice(prefix.length + 1));
  const fragment = resolved.hash.slice(1);
  return { file: inside === '' || inside.endsWith('/') ? `${inside}index.html` : inside, fragment };
}

/** A link written on `page` (relative to the build folder), as found there. */
export interface PageLink {
  page: string;
  url: string;
}

/** Every link of an HTML or XML file, once each. */
export function linksOf(page: string, text: string): PageLink[] {
  return [...new Set(page.endsWith('.xml') ? feedUrls(text) : pageUrls(text))].map((url) => ({ page, url }));
}

/**
 * The broken ones of `links` against the site's files `present`; `read` returns a target page's text (for its
 * ids). A URL without a trailing slash may also name a folder with an index.html.
 */
export function brokenLinks(
  links: readonly PageLink[],
  present: ReadonlySet<string>,
  read: (file: string) => string,
  base: string,
  origin?: string,
): BrokenLink[] {
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string): Set<string> => {
    let found = ids.get(file);
    if (!found) ids.set(file, (found = pageIds(read(file))));
    return found;
  };
  const broken: BrokenLink[] = [];
  for (const { page, url } of links) {
    const target = resolveLink(url, page, base, origin);
    if (target === undefined) continue;
    if (target === 'outside') {
      broken.push({ page, url, reason: 'outside' });
      continue;
    }
    const file = present.has(target.file) ? target.file : `${target.file}/index.html`;
    if (!present.has(file)) broken.push({ page, url, reason: 'missing' });
    else if (target.fragment !== '' && file.endsWith('.html')) {
      if (!idsOf(file).has(safeDecode(target.fragment))) broken.push({ page, url, reason: 'anchor' });
    }
  }
  return broken;
}

/**
 * Checks every link of every HTML and XML file in `files` (paths relative to the build folder, `/`-separated), or
 * of the files in `scan` only, against all of `files`; `read` returns a file's text.
 */
export function findBrokenLinks(
  files: readonly string[],
  read: (file: string) => string,
  base: string,
  origin?: string,
  scan: readonly string[] = files,
): BrokenLink[] {
  const links = scan.filter((file) => /\.(html|xml)$/u.test(file)).flatMap((page) => linksOf(page, read(page)));
  return brokenLinks(links, new Set(files), read, base, origin);
}
