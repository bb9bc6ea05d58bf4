/**
 * The HTML staff may write in a body, as data: which elements, which attributes on each, and which URLs. The content
 * check (body.ts) refuses anything else before the build; the render-time sanitizer (src/integrations/sanitize.ts)
 * uses the same lists as its second line.
 */

/** Attributes allowed on every allowed element (none: no class, id or style from content). */
const NO_ATTRIBUTES: readonly string[] = [];

/** Allowed elements, each with its allowed attributes (HTML names, lowercase). */
export const ALLOWED_ELEMENTS: Readonly<Record<string, readonly string[]>> = {
  br: NO_ATTRIBUTES,
  hr: NO_ATTRIBUTES,
  p: NO_ATTRIBUTES,
  sup: NO_ATTRIBUTES,
  sub: NO_ATTRIBUTES,
  mark: NO_ATTRIBUTES,
  small: NO_ATTRIBUTES,
  strong: NO_ATTRIBUTES,
  em: NO_ATTRIBUTES,
  b: NO_ATTRIBUTES,
  i: NO_ATTRIBUTES,
  u: NO_ATTRIBUTES,
  s: NO_ATTRIBUTES,
  del: NO_ATTRIBUTES,
  ins: NO_ATTRIBUTES,
  blockquote: NO_ATTRIBUTES,
  ul: NO_ATTRIBUTES,
  ol: ['start'],
  li: NO_ATTRIBUTES,
  table: NO_ATTRIBUTES,
  caption: NO_ATTRIBUTES,
  thead: NO_ATTRIBUTES,
  tbody: NO_ATTRIBUTES,
  tfoot: NO_ATTRIBUTES,
  tr: NO_ATTRIBUTES,
  th: ['colspan', 'rowspan', 'align'],
  td: ['colspan', 'rowspan', 'align'],
  abbr: ['title'],
  a: ['href', 'title'],
  img: ['src', 'alt', 'title', 'width', 'height'],
};

/** Elements Markdown itself produces (headings, code, task lists, footnotes), kept by the render-time sanitizer. */
export const MARKDOWN_ELEMENTS: readonly string[] = [
  ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'a', 'img', 'code', 'pre', 'blockquote', 'hr', 'br'],
  ...['ul', 'ol', 'li', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'em', 'strong', 'del', 'input', 'section', 'sup'],
  'span',
];

/** Elements refused with a reason of their own (anything not in ALLOWED_ELEMENTS is refused too). */
export const REFUSED_ELEMENTS: Readonly<Record<string, string>> = {
  script: '脚本会在读者的浏览器里运行（可能是统计代码，也可能读取读者的信息）',
  noscript: '脚本相关的标签不能用在正文里',
  style: '样式表会改变整个网页的外观',
  link: '会从别处加载样式或脚本',
  meta: '会改变网页的设置（如自动跳转）',
  base: '会改变网页里所有链接的去向',
  iframe: '会把别的网站嵌进网页（视频网站、地图等）',
  frame: '会把别的网站嵌进网页',
  frameset: '会把别的网站嵌进网页',
  object: '会加载插件或别的网站的内容',
  embed: '会加载插件或别的网站的内容',
  applet: '会加载插件',
  form: '表单会把读者填写的内容发送到别处',
  input: '表单会把读者填写的内容发送到别处',
  button: '表单会把读者填写的内容发送到别处',
  textarea: '表单会把读者填写的内容发送到别处',
  select: '表单会把读者填写的内容发送到别处',
  svg: 'SVG 图形里可以藏脚本',
  math: '公式标签里可以藏脚本',
  template: '模板标签里可以藏脚本',
  video: '视频要放在网站自己的文件里，正文不能嵌入播放器',
  audio: '音频要放在网站自己的文件里，正文不能嵌入播放器',
  source: '媒体文件要放在网站自己的文件里',
  track: '媒体文件要放在网站自己的文件里',
  picture: '图片请用 Markdown 写法 ![说明](./照片.jpg)',
};

/** Attributes that hold a URL (HTML names, lowercase). */
export const URL_ATTRIBUTES: readonly string[] = ['href', 'src', 'srcset', 'poster', 'action', 'formaction', 'data'];

/** Attributes whose URL loads something into the page (not a link the reader follows). */
export const LOADING_ATTRIBUTES: readonly string[] = ['src', 'srcset', 'poster', 'data'];

/** Schemes a URL in content may never have. */
const DANGEROUS_SCHEME = /^(?:javascript|data|vbscript):/u;

/** A few named character references used to hide a scheme (`java&Tab;script:`). */
const NAMED: Readonly<Record<string, string>> = { tab: '\t', newline: '\n', colon: ':', nbsp: ' ', amp: '&' };

/** Decodes numeric and the few named character references that can hide a scheme. */
function decodeReferences(value: string): string {
  return value.replace(
    /&(?:#x([0-9a-f]+)|#(\d+)|([a-z]+));?/giu,
    (whole, hex?: string, dec?: string, name?: string) => {
      if (hex || dec) {
        const code = Number.parseInt(hex ?? dec!, hex ? 16 : 10);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
      }
      return NAMED[name!.toLowerCase()] ?? whole;
    },
  );
}

/** Control characters and spaces (ASCII, Latin-1 and ideographic), which browsers skip or staff paste in. */
// eslint-disable-next-line no-control-regex
const CONTROL_OR_SPACE = /[\u0000-\u0020\u007f-\u00a0\u3000]+/gu;

/**
 * A URL as a browser reads its scheme: character references decoded, ASCII whitespace and control characters
 * removed anywhere (browsers strip tabs and newlines inside URLs), lowercased.
 */
export function normalizeUrl(url: string): string {
  return decodeReferences(url).replace(CONTROL_OR_SPACE, '').toLowerCase();
}

/** True for `javascript:`, `data:` and `vbscript:` URLs, however disguised. */
export function isDangerousUrl(url: string): boolean {
  return DANGEROUS_SCHEME.test(normalizeUrl(url));
}

/** True for a URL on another host: `http://`, `https://` or protocol-relative `//host/…`. */
export function isRemoteUrl(url: string): boolean {
  return /^(?:[a-z][a-z0-9+.-]*:)?\/\//u.test(normalizeUrl(url).replace(/\\/gu, '/'));
}

/** An attribute name in the lists' form: HTML names lowercase, JSX and hast names too (`colSpan` → `colspan`). */
export function attributeKey(name: string): string {
  return name.toLowerCase().replace(/[-_:]/gu, '');
}
