/**
 * One HTML element or JSX element written in a body, checked against the allow-list: the element, each attribute,
 * and each URL. Returns what is wrong without file or line; body.ts adds them.
 */
import {
  ALLOWED_ELEMENTS,
  attributeKey,
  isDangerousUrl,
  isRemoteUrl,
  LOADING_ATTRIBUTES,
  REFUSED_ELEMENTS,
  URL_ATTRIBUTES,
} from './html-allow-list';

/** A problem found in one element, before it is placed in a file and line. */
export interface Problem {
  zh: string;
  fix: string;
  en: string;
}

/** The fix for an image or media file from another website. */
export const DOWNLOAD_FIX = '把图片下载到村的文件夹里，并写进 photos（或在正文里用 ![说明](./照片.jpg)）';

/** A `javascript:`/`data:`/`vbscript:` URL. */
export function dangerousUrlProblem(where: string, url: string): Problem {
  return {
    zh: `${where}的地址“${url.slice(0, 60)}”是脚本或内嵌数据，不是网页地址，不能发布`,
    fix: '改成以 https:// 开头的网页地址，或删除这个链接',
    en: `${where}: javascript:/data:/vbscript: URLs are refused`,
  };
}

/** An image or media file loaded from another website. */
export function remoteSourceProblem(where: string, url: string): Problem {
  return {
    zh: `${where}从别的网站加载图片或媒体（${url.slice(0, 80)}）：网页不能引用其他网站的文件`,
    fix: DOWNLOAD_FIX,
    en: `${where}: image or media loaded from another host (${url})`,
  };
}

/** Elements that show an image or media file: one from another website gets the download fix. */
const MEDIA_ELEMENTS: readonly string[] = ['img', 'video', 'audio', 'source', 'track', 'picture'];

/** True when an attribute's value loads something (srcset holds several URLs). */
function loadsRemote(key: string, value: string): boolean {
  if (key === 'srcset') return value.split(',').some((part) => isRemoteUrl(part.trim().split(/\s+/u)[0] ?? ''));
  return isRemoteUrl(value);
}

/** Checks one element; `attributes` are [name, value] pairs as written (value `undefined` when not a string). */
export function checkElement(tag: string, attributes: readonly (readonly [string, string | undefined])[]): Problem[] {
  const name = tag.toLowerCase();
  const label = `<${tag}>`;
  const problems: Problem[] = [];
  for (const [attribute, value] of attributes) {
    const key = attributeKey(attribute);
    if (value !== undefined && URL_ATTRIBUTES.includes(key)) {
      if (isDangerousUrl(value)) problems.push(dangerousUrlProblem(`${label} 的 ${attribute} `, value));
      else if (MEDIA_ELEMENTS.includes(name) && LOADING_ATTRIBUTES.includes(key) && loadsRemote(key, value)) {
        problems.push(remoteSourceProblem(`${label} 的 ${attribute} `, value));
      }
    }
  }
  const refusedBecause = REFUSED_ELEMENTS[name];
  const allowed = ALLOWED_ELEMENTS[name];
  if (refusedBecause || !allowed) {
    if (problems.some((problem) => problem.fix === DOWNLOAD_FIX)) return problems;
    problems.push({
      zh: `正文里不能用 ${label} 标签：${refusedBecause ?? '它不在允许使用的 HTML 标签之列'}`,
      fix: `删除 ${label}（连同它的结束标签）；可用的标签只有 ${Object.keys(ALLOWED_ELEMENTS).join(' ')}`,
      en: `element <${name}> is not allowed in a body`,
    });
    return problems;
  }
  for (const [attribute, value] of attributes) {
    const key = attributeKey(attribute);
    if (allowed.includes(key)) continue;
    if (key.startsWith('on')) {
      problems.push({
        zh: `${label} 的 ${attribute} 是事件属性，会在读者的浏览器里运行脚本`,
        fix: `删除 ${attribute}="…"`,
        en: `event handler attribute ${attribute} on <${name}>`,
      });
    } else if (key === 'style') {
      const url = value !== undefined && /url\s*\(|expression\s*\(/iu.test(value);
      problems.push({
        zh: `${label} 的 style 属性${url ? '里有 url()，会从别处加载文件' : '不能用在正文里：网页的外观由网站统一设定'}`,
        fix: '删除 style="…"',
        en: `style attribute on <${name}>${url ? ' with url()' : ''}`,
      });
    } else {
      problems.push({
        zh: `${label} 不能带 ${attribute} 属性`,
        fix: allowed.length ? `删除 ${attribute}；${label} 只能带 ${allowed.join('、')}` : `删除 ${attribute}`,
        en: `attribute ${attribute} is not allowed on <${name}>`,
      });
    }
  }
  return problems;
}
