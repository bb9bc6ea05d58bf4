/**
 * Photo captions mixed into the text. A caption line is recognised by how it starts:
 *
 * - a circled or parenthesised number: `①县委书记…`, `⑵…`, `❸…` (newspapers number the photos of a page);
 * - a caption phrase: `图为…`, `图：…`, `上图：…` / `下图为…`, `图①…`, `图2：…`, `（图为…）`.
 *
 * A credit line (`本报记者 张三 摄`, `（李四 供图）`, `摄影：王五`) is gathered too; a credit at the end of a
 * caption is split off into its own field. Neither may follow a line ending with ： or ；, and a caption does not
 * end with ； (`主要做法：` then `①…；` is a numbered list of the body). A caption continues onto the next line only when it stops where a
 * clause cannot end (after ，、；： or an opening quote).
 */

import { isCircledNumber } from './glyphs';

/** A photo caption gathered from the text. */
export interface Caption {
  /** Number printed before the caption (① → 1), if any. */
  number?: number;
  /** What the photo shows, without its number or credit. */
  text: string;
  /** Photographer or source, when the text names one. */
  credit?: string;
}

const CAPTION_PHRASE = /^[（(]?\s*[上下左右中]?图\s*(?:为|[：:]|[①-⑳]|\d{1,2}(?!\d))/u;
/** The marker before a caption's text: its number (group 1) and/or a phrase such as 图为, 上图：. */
const CAPTION_MARKER =
  /^[（(]?\s*(?:[上下左右中]?图\s*(?:([①-⑳]|\d{1,2})\s*[：:]?\s*为?|为|[：:])|([\u2460-\u24ff\u2776-\u2793]))\s*/u;
const NAME = '[\\p{Script=Han}·]{2,5}';
const CREDIT_ONLY = new RegExp(
  `^[（(]?\\s*(?:(?:本报)?(?:记者|通讯员|特约记者)\\s*)?${NAME}(?:\\s+${NAME})*\\s*/?(?:摄|供图)\\s*[)）]?$`,
  'u',
);
const CREDIT_LEAD = /^[（(]?\s*(?:摄影|图片|供图|图)\s*[：:]\s*([^）)]+)[)）]?$/u;

/** The number a circled glyph stands for: ① → 1, ⑴ → 1, ❶ → 1, ➀ → 1. */
function circledValue(char: string): number | undefined {
  const code = char.codePointAt(0) ?? 0;
  const bases = [0x2460, 0x2474, 0x2488, 0x24f5, 0x2776, 0x2780, 0x278a];
  const sizes = [20, 20, 20, 10, 10, 10, 10];
  for (const [index, base] of bases.entries()) {
    const size = sizes[index] ?? 0;
    if (code >= base && code < base + size) return code - base + 1;
  }
  return undefined;
}

/** True when a line (trimmed) starts a photo caption. */
export function isCaptionStart(line: string): boolean {
  const text = line.trim();
  return isCircledNumber(text.charAt(0)) || CAPTION_PHRASE.test(text);
}

/** True when a whole line (trimmed) is only a photo credit, such as `本报记者 张三 摄`. */
export function isCreditLine(line: string): boolean {
  const text = line.trim();
  return text.length <= 40 && (CREDIT_LEAD.test(text) || CREDIT_ONLY.test(text));
}

/** Extracts the credit from a credit-only line: `本报记者 张三 摄` → `本报记者 张三`. */
export function creditOf(line: string): string {
  const text = line.trim();
  const lead = CREDIT_LEAD.exec(text);
  if (lead) return (lead[1] ?? '').trim();
  return text
    .replace(/^[（(]\s*|\s*[)）]$/gu, '')
    .replace(/\s*(?:\/?摄|供图)$/u, '')
    .trim();
}

/**
 * Parses one caption (its lines already joined): strips the leading number or caption phrase marker, and splits
 * a trailing credit off (`…观摩学习。 本报记者 张三 摄`).
 */
export function parseCaption(raw: string): Caption {
  let text = raw.trim();
  const caption: Caption = { text };
  const marker = CAPTION_MARKER.exec(text);
  if (marker) {
    const digits = marker[1] ?? marker[2] ?? '';
    const number = /^\d+$/u.test(digits) ? Number(digits) : circledValue(digits);
    if (number !== undefined) caption.number = number;
    text = text.slice(marker[0].length).trim();
    if (/^[（(]/u.test(marker[0])) text = text.replace(/[)）]$/u, '').trim();
  }
  const split = creditSplit(text);
  if (split !== undefined) {
    caption.credit = creditOf(text.slice(split));
    text = text.slice(0, split).trim();
  }
  caption.text = text;
  return caption;
}

/** Where a trailing credit starts: the first break (after a space or 。！？, or at a bracket) leaving only a credit. */
function creditSplit(text: string): number | undefined {
  for (let index = 1; index < text.length; index += 1) {
    const atBreak = /[\s。！？]/u.test(text.charAt(index - 1)) || /[（(]/u.test(text.charAt(index));
    if (atBreak && isCreditLine(text.slice(index))) return index;
  }
  return undefined;
}
