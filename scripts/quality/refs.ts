/**
 * Finds the URLs a built page refers to: every URL-bearing attribute of its HTML, `url()` and `@import` in CSS,
 * and static imports in JavaScript. Regular expressions over Astro's own output, not a general HTML parser.
 */

/** One URL in an HTML attribute. */
export interface HtmlRef {
  /** Lowercase tag name (`a`, `link`, `img`, `script`, `meta` …). */
  tag: string;
  /** Attribute the URL is in (`href`, `src`, `srcset`, `content` …). */
  attr: string;
  /** The tag's `rel`, `property` or `name`, lowercase, where it has one (tells a canonical link from a stylesheet). */
  role: string;
  /** The URL, entities decoded. */
  url: string;
}

/** Attributes whose value is one URL. */
const URL_ATTRS = new Set(['href', 'src', 'poster', 'action', 'data', 'formaction', 'xlink:href']);
/** `<meta property|name=…>` whose content is a URL. */
const URL_METAS =
  /^(og:url|og:image|og:image:url|og:image:secure_url|og:video|twitter:image|msapplication-tileimage)$/u;

/** Decodes the entities Astro writes in attribute values. */
export function decodeEntities(value: string): string {
  return value.replace(/&(amp|quot|#39|lt|gt|#x27|#x2F);/gu, (_, name: string) => {
    const map: Record<string, string> = { amp: '&', quot: '"', '#39': "'", lt: '<', gt: '>', '#x27': "'", '#x2F': '/' };
    return map[name]!;
  });
}

/** The attributes of one start tag's attribute text. */
export function attributes(text: string): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const match of text.matchAll(/([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/gu)) {
    attrs.set(match[1]!.toLowerCase(), decodeEntities(match[2] ?? match[3] ?? match[4] ?? ''));
  }
  return attrs;
}

/** The URLs of a `srcset` value. */
export function srcsetUrls(value: string): string[] {
  return value
    .split(/,\s+|,(?=\S+\s+\d)/u)
    .map((candidate) => candidate.trim().split(/\s+/u)[0] ?? '')
    .filter(Boolean);
}

/** The HTML with comments removed and the insides of `<script>` and `<style>` emptied (their tags stay). */
export function stripRawText(html: string): string {
  return html.replace(/<!--[\s\S]*?-->/gu, '').replace(/(<(script|style)\b[^>]*>)[\s\S]*?(<\/\2\s*>)/giu, '$1$3');
}

/** Every URL in the attributes of `html`. */
export function htmlRefs(html: string): HtmlRef[] {
  const refs: HtmlRef[] = [];
  for (const match of stripRawText(html).matchAll(/<([a-zA-Z][\w:-]*)(\s[^>]*)?>/gu)) {
    const tag = match[1]!.toLowerCase();
    const attrs = attributes(match[2] ?? '');
    const role = (attrs.get('rel') ?? attrs.get('property') ?? attrs.get('name') ?? '').toLowerCase();
    for (const [attr, value] of attrs) {
      if (URL_ATTRS.has(attr) && value !== '') refs.push({ tag, attr, role, url: value });
      if ((attr === 'srcset' || attr === 'imagesrcset') && value !== '') {
        for (const url of srcsetUrls(value)) refs.push({ tag, attr, role, url });
      }
      if (attr === 'style') for (const url of cssRefs(value)) refs.push({ tag, attr, role, url });
    }
    if (tag === 'meta' && URL_METAS.test(role) && attrs.get('content')) {
      refs.push({ tag, attr: 'content', role, url: attrs.get('content')! });
    }
  }
  return refs;
}

/** The text inside every `<tag>…</tag>` of `html` (inline scripts or styles). */
export function inlineBlocks(html: string, tag: 'script' | 'style'): { attrs: Map<string, string>; text: string }[] {
  const pattern = new RegExp(`<${tag}\\b([^>]*)>([\\s\\S]*?)</${tag}\\s*>`, 'giu');
  return [...html.replace(/<!--[\s\S]*?-->/gu, '').matchAll(pattern)].map((m) => ({
    attrs: attributes(m[1]!),
    text: m[2]!,
  }));
}

/** URLs in CSS: `url(…)` and `@import "…"`. */
export function cssRefs(css: string): string[] {
  const urls: string[] = [];
  const clean = css.replace(/\/\*[\s\S]*?\*\//gu, '');
  for (const m of clean.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)/giu))
    urls.push(m[1] ?? m[2] ?? m[3] ?? '');
  for (const m of clean.matchAll(/@import\s+(?:"([^"]*)"|'([^']*)')/giu)) urls.push(m[1] ?? m[2] ?? '');
  return urls.filter((url) => url !== '' && !url.startsWith('data:') && !url.startsWith('#'));
}

/** Specifiers of the static imports (and re-exports) of an ES module; dynamic `import()` is not up front. */
export function staticImports(js: string): string[] {
  const found: string[] = [];
  const pattern = /(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'`]([^"'`]+)["'`]/gu;
  for (const m of js.matchAll(pattern)) found.push(m[1]!);
  return found.filter((specifier) => !specifier.includes('${'));
}

/** Specifiers of dynamic `import("…")` calls (loaded later, on demand). */
export function dynamicImports(js: string): string[] {
  // A specifier built at run time (`${base}x.js`) cannot be followed here.
  return [...js.matchAll(/\bimport\(\s*["'`]([^"'`]+)["'`]\s*\)/gu)].map((m) => m[1]!).filter((s) => !s.includes('${'));
}
