/**
 * Headings mixed into the text. A line is a heading when it stands alone and reads like a title:
 *
 * - alone: before it, whatever starts a new paragraph (a blank line, a caption, the start of the text, an indent,
 *   or a short last line of the paragraph before; see `layout.ts`); after it, a blank line, a caption, an
 *   indented line or the end of the text; and the text before it ends a sentence (so a fragment of a broken
 *   sentence is never taken for a heading);
 * - like a title: at most {@link MAX_HEADING_WIDTH} glyphs, at least two Chinese characters, no sentence-ending
 *   mark inside, and it does not end with a clause mark (，、；：) — `党建引领 凝聚合力下活“一盘棋”`;
 * - a subheading (not the first line of the article) has no clause mark inside either, after an optional number
 *   such as `一、` or `（二）`: a column line that opens a paragraph and is cut off by a column break
 *   (`落实定期观摩制度，由镇党`) almost always has a comma, a subheading almost never. The headline at the top
 *   may have them (`文留镇：周通报、月评比，创星像跑马拉松`).
 *
 * The line after a heading must not start with a closing quote or a comma (it would continue the line).
 */

import { containsSentenceEnd, displayWidth, endsClauseOpen, isHan } from './glyphs';

/** Widest line (in full-width glyphs) taken for a heading. */
export const MAX_HEADING_WIDTH = 32;

/** A heading's own number: 一、 （二） 3. 4、 */
const HEADING_NUMBER = /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．])\s*/u;

/**
 * True when a line's text reads like a title by the rules above (standing alone is checked by the caller);
 * `headline` is true for the first line of the article.
 */
export function looksLikeHeading(line: string, headline = false): boolean {
  const text = line.trim();
  if (!headline && /[，、；：,;:]/u.test(text.replace(HEADING_NUMBER, ''))) return false;
  const hanCount = [...text].filter(isHan).length;
  return (
    text !== '' &&
    displayWidth(text) <= MAX_HEADING_WIDTH &&
    hanCount >= 2 &&
    !containsSentenceEnd(text) &&
    !endsClauseOpen(text) &&
    !/[…—]$/u.test(text)
  );
}
