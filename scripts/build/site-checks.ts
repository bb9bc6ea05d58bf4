/**
 * Checks a freshly built site before it replaces the published one (`npm run build`): the home page exists,
 * every page declares Chinese, the search index was written and no internal link is broken (in pages, the feed
 * and the sitemaps; absolute URLs on the origin of the home page's canonical URL count as internal) and nothing is
 * loaded from another host (third-party.ts). Pure: the caller lists the built files and reads them.
 */
import { type BrokenLink, brokenLinks, canonicalOrigin, linksOf, type PageLink } from './link-check';
import { thirdPartyIn } from './third-party';

/** One problem with a built site, Chinese first. */
export interface SiteProblem {
  /** File relative to the build folder, or '' for the whole site. */
  file: string;
  /** What is wrong, in Chinese. */
  zh: string;
  /** The same in English. */
  en: string;
}

/** The `<html>` start tag every page must have. */
const HTML_LANG = /<html\b[^>]*\slang\s*=\s*["']zh-CN["']/iu;

/** Files a working site cannot do without: the home page and each search index (one per county of a province). */
const required = (indexes: readonly string[]): readonly { file: string; zh: string; en: string }[] => [
  { file: 'index.html', zh: '缺少首页 index.html', en: 'index.html is missing' },
  ...indexes.map((folder) => ({
    file: `${folder}pagefind/pagefind.js`,
    zh: `缺少搜索索引 ${folder}pagefind/`,
    en: `the Pagefind search index ${folder}pagefind/ is missing`,
  })),
];

/** The problem reported for one broken link. */
function linkProblem(link: BrokenLink, base: string): SiteProblem {
  const why = {
    missing: ['指向的页面或文件不存在', 'target does not exist'],
    anchor: ['指向的页内位置（#…）不存在', 'no such #fragment on the target page'],
    outside: [`不在网站路径 ${base} 之下，发布后会打不开`, `leaves the base path ${base}`],
  }[link.reason];
  return { file: link.page, zh: `链接“${link.url}”${why[0]}`, en: `broken link ${link.url}: ${why[1]}` };
}

/** What to check of a built site; see checkBuiltSite. */
interface CheckRequest {
  /** Every file of the site, relative and `/`-separated. */
  files: readonly string[];
  read: (file: string) => string;
  base: string;
  /** Folders that must hold a Pagefind index. */
  indexes?: readonly string[];
  /** The files whose pages are checked (default: all). */
  scan?: readonly string[];
  /** The site's own origin (default: from the home page's canonical URL). */
  origin?: string | undefined;
}

/** The site's own origin: as given, or from the home page's canonical URL. */
function originOf(request: CheckRequest, present: ReadonlySet<string>): string | undefined {
  if ('origin' in request) return request.origin;
  return present.has('index.html') ? canonicalOrigin(request.read('index.html')) : undefined;
}

/** Every problem of the pages in `scan`, with the links that leave the base path kept apart. */
function checkPages(request: CheckRequest): { problems: SiteProblem[]; outside: BrokenLink[] } {
  const { files, read, base, indexes = [''], scan = files } = request;
  const present = new Set(files);
  const problems: SiteProblem[] = required(indexes)
    .filter((need) => !present.has(need.file))
    .map((need) => ({
      file: '',
      zh: need.zh,
      en: need.en,
    }));
  const origin = originOf(request, present);
  // One pass, each file read once: its language, its links, what it loads from elsewhere.
  const links: PageLink[] = [];
  const thirdParty: SiteProblem[] = [];
  for (const file of scan) {
    const kind = /\.(html|xml|css)$/u.exec(file)?.[1];
    if (kind === undefined) continue;
    const text = read(file);
    if (kind === 'html' && !HTML_LANG.test(text)) {
      problems.push({ file, zh: '页面没有声明中文（<html lang="zh-CN">）', en: 'missing <html lang="zh-CN">' });
    }
    if (kind !== 'css') links.push(...linksOf(file, text));
    // No third-party requests (issue 13): scripts, styles, images, frames and media come from the site itself.
    thirdParty.push(...thirdPartyIn(file, text, origin));
  }
  const broken = brokenLinks(links, present, read, base, origin);
  const inside = broken.filter((link) => link.reason !== 'outside').map((link) => linkProblem(link, base));
  return {
    problems: [...problems, ...inside, ...thirdParty],
    outside: broken.filter((link) => link.reason === 'outside'),
  };
}

/**
 * Checks the built site made of `files` (relative, `/`-separated), served under `base`; `indexes` are the folders
 * that hold a Pagefind index (`''` for a county site, each `<county>/` for a province).
 */
export function checkBuiltSite(
  files: readonly string[],
  read: (file: string) => string,
  base: string,
  indexes: readonly string[] = [''],
): SiteProblem[] {
  const { problems, outside } = checkPages({ files, read, base, indexes });
  return [...problems, ...outside.map((link) => linkProblem(link, base))];
}

/**
 * Checks one part of a site that is assembled later (a county's shard, under its own base path): everything a
 * site check does, except that links leaving the part are returned in `outward` instead, to be checked against the
 * assembled site (checkOutwardLinks). Pages are written relative to the part's folder.
 */
export function checkSitePart(
  files: readonly string[],
  read: (file: string) => string,
  base: string,
): { problems: SiteProblem[]; outward: PageLink[] } {
  const { problems, outside } = checkPages({ files, read, base });
  return { problems, outward: outside.map(({ page, url }) => ({ page, url })) };
}

/**
 * Checks an assembled site without reading all of it again: the pages in `scan` (the parts built this time) in full,
 * and only the `outward` links of the parts checked before (checkSitePart), against every file of the site.
 */
export function checkAssembledSite(request: CheckRequest & { outward: readonly PageLink[] }): SiteProblem[] {
  const { problems, outside } = checkPages(request);
  const present = new Set(request.files);
  const origin = originOf(request, present);
  const outward = brokenLinks(request.outward, present, request.read, request.base, origin);
  return [...problems, ...[...outside, ...outward].map((link) => linkProblem(link, request.base))];
}

/** Renders the problems for the build log, Chinese first; lists at most `limit` of them. */
export function formatSiteProblems(problems: readonly SiteProblem[], limit = 40): string {
  const head = `生成的网站有 ${problems.length} 处问题，未发布（the built site has ${problems.length} problem(s); not published）:`;
  const lines = problems.slice(0, limit).map((problem) => {
    const where = problem.file === '' ? '' : `${problem.file}：`;
    return `✖ ${where}${problem.zh}\n  (en) ${problem.en}`;
  });
  if (problems.length > limit) lines.push(`……另有 ${problems.length - limit} 处 (${problems.length - limit} more)`);
  return [head, ...lines].join('\n');
}
