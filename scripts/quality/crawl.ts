/**
 * A crawl of a built site without a server: every page has `lang="zh-CN"`; every internal link, image, stylesheet,
 * script and `#fragment` resolves to a file (and an id) in dist under the base path; nothing is loaded from another
 * host (only `<a href>` may leave the site, and canonical/og:url must be absolute on the site's own origin).
 */
import { existsSync, globSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pageIds, resolveLink, safeDecode } from '../build/link-check';
import { distPages } from './dist-pages';
import { cssRefs, dynamicImports, type HtmlRef, htmlRefs, inlineBlocks, staticImports } from './refs';

/** One problem found, on the page or file it was found in. */
export interface CrawlProblem {
  file: string;
  kind: 'broken link' | 'broken fragment' | 'third-party' | 'lang' | 'canonical';
  detail: string;
}

/** Schemes that are not requests to check. */
const SKIP = /^(data|mailto|tel|sms|javascript|blob):/iu;
/**
 * Hosts that appear in JS as names, never fetched: SVG/XML namespaces, and example.com (reserved by RFC 2606),
 * which Pagefind uses as the base for `new URL()` when it normalises result URLs.
 */
const NAMESPACE_HOSTS = new Set(['www.w3.org', 'example.com']);
/** Roles whose URL must be absolute on the site's origin. */
const ABSOLUTE_ROLES = new Set(['canonical', 'og:url', 'og:image', 'og:image:url']);

/** Crawls `dist`, built for `base` on `site` (its absolute origin, e.g. https://wuxing.example.gov.cn). */
export function crawl(
  dist: string,
  base: string,
  site: string,
): { pages: number; refs: number; problems: CrawlProblem[] } {
  const origin = new URL(site).origin;
  const prefix = base.replace(/\/$/u, '');
  const problems: CrawlProblem[] = [];
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let set = ids.get(file);
    if (!set) ids.set(file, (set = pageIds(readFileSync(join(dist, file), 'utf8'))));
    return set;
  };
  const isFile = (file: string) => existsSync(join(dist, file)) && statSync(join(dist, file)).isFile();
  let refs = 0;
  /** Checks one URL found in `file` (site path `from`); `leaves` says whether it may point to another host. */
  const check = (file: string, from: string, url: string, leaves: boolean, ref?: HtmlRef) => {
    if (SKIP.test(url.trim())) return;
    refs += 1;
    const resolved = new URL(url, `${origin}${prefix}${from}`);
    if (ref && ABSOLUTE_ROLES.has(ref.role) && !url.startsWith(`${origin}/`)) {
      problems.push({ file, kind: 'canonical', detail: `${ref.role} should be absolute on ${origin}: ${url}` });
    }
    if (resolved.origin !== origin) {
      if (!leaves && /^https?:$/u.test(resolved.protocol))
        problems.push({ file, kind: 'third-party', detail: `${ref ? `<${ref.tag} ${ref.attr}> ` : ''}${url}` });
      return;
    }
    // Same origin: where it leads inside the build is src/lib/link-check.ts's business (as in the safe build).
    const target = resolveLink(resolved.href, file, base, origin);
    const found = typeof target === 'object' ? [target.file, `${target.file}/index.html`].find(isFile) : undefined;
    if (!found || typeof target !== 'object') problems.push({ file, kind: 'broken link', detail: url });
    else if (target.fragment !== '' && found.endsWith('.html') && !idsOf(found).has(safeDecode(target.fragment)))
      problems.push({ file, kind: 'broken fragment', detail: url });
  };
  const pages = distPages(dist);
  for (const page of pages) {
    const html = readFileSync(join(dist, page.file), 'utf8');
    if (!/<html\b[^>]*\slang=("zh-CN"|'zh-CN'|zh-CN)[\s>]/u.test(html))
      problems.push({ file: page.file, kind: 'lang', detail: '<html> lacks lang="zh-CN"' });
    for (const ref of htmlRefs(html)) check(page.file, page.path, ref.url, ref.tag === 'a' && ref.attr === 'href', ref);
    for (const style of inlineBlocks(html, 'style'))
      for (const url of cssRefs(style.text)) check(page.file, page.path, url, false);
    for (const script of inlineBlocks(html, 'script').filter((s) => (s.attrs.get('type') ?? '') === 'module')) {
      for (const url of [...staticImports(script.text), ...dynamicImports(script.text)])
        check(page.file, page.path, url, false);
    }
  }
  // The staff-only CMS bundle (admin/, README › CMS) quotes URLs in its code (React's error pages, JSON schemas)
  // that it never requests; tests/e2e/cms.test.ts asserts that /admin/ makes no third-party request.
  for (const file of globSync('**/*.{css,js,mjs}', { cwd: dist }).filter((path) => !path.startsWith('admin/'))) {
    const text = readFileSync(join(dist, file), 'utf8');
    const from = `/${file}`;
    if (file.endsWith('.css')) for (const url of cssRefs(text)) check(file, from, url, false);
    else {
      for (const url of staticImports(text)) check(file, from, url, false);
      for (const m of text.matchAll(/["'`](?:https?:)?\/\/([a-z0-9.-]+\.[a-z]{2,})[^"'`\s]*["'`]/giu)) {
        if (!NAMESPACE_HOSTS.has(m[1]!.toLowerCase()) && !m[0].slice(1).startsWith(origin)) {
          problems.push({ file, kind: 'third-party', detail: `URL in script: ${m[0].slice(1, -1)}` });
        }
      }
    }
  }
  return { pages: pages.length, refs, problems };
}
