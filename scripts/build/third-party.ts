/**
 * No third-party requests: in a built site, every script, stylesheet, image, frame and media file a page loads, and
 * every CSS `url()`/`@import`, must come from the site itself. Plain links (`<a href>`) to other sites are fine.
 * Pure: the caller lists the built files and reads them.
 */
/** One resource from another host (the shape of site-checks' SiteProblem, which imports this module). */
export interface ThirdPartyProblem {
  /** File relative to the build folder. */
  file: string;
  /** What is wrong, in Chinese. */
  zh: string;
  /** The same in English. */
  en: string;
}

/** Elements whose URL attributes load something, with those attributes. */
const LOADING: Readonly<Record<string, readonly string[]>> = {
  script: ['src'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  iframe: ['src'],
  frame: ['src'],
  embed: ['src'],
  object: ['data'],
  input: ['src'],
  image: ['href', 'xlink:href'],
  use: ['href', 'xlink:href'],
};

/** `<link rel>` values that make the browser fetch the href. */
const FETCHING_REL =
  /\b(?:stylesheet|preload|modulepreload|prefetch|preconnect|dns-prefetch|icon|manifest|apple-touch-icon)\b/iu;

const TAG = /<([a-z][a-z0-9:-]*)\b((?:[^>"']|"[^"]*"|'[^']*')*)>/giu;
const ATTRIBUTE = /([^\s"'<>/=]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/gu;
/** Whether a tag's attribute text may hold a `style` attribute (a superset of ATTRIBUTE's matches named style). */
const STYLE_ATTRIBUTE = /style\s*=/iu;
const CSS_URL = /url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"\s]*))\s*\)|@import\s+(?:"([^"]*)"|'([^']*)')/giu;

/** True when `url` is on another host than `origin` (the site's own origin, if known). */
export function isThirdParty(url: string, origin: string | undefined): boolean {
  const trimmed = url.trim().replace(/&amp;/gu, '&');
  if (!/^(?:[a-z][a-z0-9+.-]*:)?\/\//iu.test(trimmed)) return false;
  const absolute = trimmed.startsWith('//') ? `https:${trimmed}` : trimmed;
  if (!URL.canParse(absolute)) return true;
  return origin === undefined || new URL(absolute).origin !== origin;
}

/** The URLs of a `srcset` (or a single URL). */
function candidates(name: string, value: string): string[] {
  if (name !== 'srcset') return [value];
  return value.split(/,\s+/u).map((candidate) => candidate.trim().split(/\s+/u)[0] ?? '');
}

/** Every URL CSS text loads (`url(…)`, `@import "…"`). */
export function cssUrls(css: string): string[] {
  return [...css.matchAll(CSS_URL)].map((match) => match.slice(1).find((group) => group !== undefined) ?? '');
}

/** The attributes of `tag` whose URLs the browser loads (a `<link>`'s href only with a fetching rel). */
function loadingAttributes(tag: string, attributes: ReadonlyMap<string, string>): readonly string[] {
  if (tag === 'link') return FETCHING_REL.test(attributes.get('rel') ?? '') ? ['href'] : [];
  return Object.hasOwn(LOADING, tag) ? LOADING[tag]! : [];
}

/** Every URL an HTML page makes the browser load, with the tag it is in. */
export function loadedUrls(html: string): { tag: string; url: string }[] {
  const found: { tag: string; url: string }[] = [];
  const withoutComments = html.replace(/<!--[\s\S]*?-->/gu, '');
  for (const match of withoutComments.matchAll(TAG)) {
    const tag = match[1]!.toLowerCase();
    // Most tags (div, a, li …) load nothing and have no style: their attributes are not parsed (a province's
    // 75,000 pages spent most of this check's time there).
    const loads = tag === 'link' || Object.hasOwn(LOADING, tag);
    if (!loads && !STYLE_ATTRIBUTE.test(match[2]!)) continue;
    const attributes = new Map<string, string>();
    for (const attribute of match[2]!.matchAll(ATTRIBUTE)) {
      attributes.set(attribute[1]!.toLowerCase(), attribute[2] ?? attribute[3] ?? attribute[4] ?? '');
    }
    for (const name of loadingAttributes(tag, attributes)) {
      const value = attributes.get(name);
      if (value !== undefined) for (const url of candidates(name, value)) found.push({ tag, url });
    }
    const style = attributes.get('style');
    if (style !== undefined) for (const url of cssUrls(style)) found.push({ tag: `${tag} style`, url });
  }
  for (const match of withoutComments.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/giu)) {
    for (const url of cssUrls(match[1]!)) found.push({ tag: 'style', url });
  }
  return found;
}

/** A problem for every resource on another host that the built page or stylesheet `file`, of text `text`, loads. */
export function thirdPartyIn(file: string, text: string, origin: string | undefined): ThirdPartyProblem[] {
  const found = file.endsWith('.html')
    ? loadedUrls(text)
    : file.endsWith('.css')
      ? cssUrls(text).map((url) => ({ tag: 'css', url }))
      : [];
  return found
    .filter((item) => isThirdParty(item.url, origin))
    .map(({ tag, url }) => ({
      file,
      zh: `从别的网站加载文件（${tag}：${url}）：网站不能引用第三方的脚本、样式、图片或媒体`,
      en: `loads a third-party resource (${tag}: ${url})`,
    }));
}

/** A problem for every resource on another host that a built page or stylesheet loads. */
export function findThirdPartyResources(
  files: readonly string[],
  read: (file: string) => string,
  origin: string | undefined,
): ThirdPartyProblem[] {
  return files
    .filter((file) => /\.(?:html|css)$/u.test(file))
    .flatMap((file) => thirdPartyIn(file, read(file), origin));
}
