/**
 * Headings mixed into the text. A line is a heading when it stands alone and reads like a title:
 *
 * - alone: a blank line, a caption or the start of the text before it; a blank line, a caption, an indented line
 *   or the end of the text after it; and the text before it ends a sentence (so a fragment of a broken sentence
 *   is never taken for a heading);
 * - like a title: at most {@link MAX_HEADING_WIDTH} glyphs, at least two Chinese characters, no sentence-ending
 *   mark inside, and it does not end with a clause mark (，、；：) — `党建引领 凝聚合力下活“一盘棋”`.
 */

import { containsSentenceEnd, displayWidth, endsClauseOpen, isHan } from './glyphs';

/** Widest line (in full-width glyphs) taken for a heading. */
export const MAX_HEADING_WIDTH = 32;

/** True when a line's text reads like a title (the first rule group above; standing alone is checked by the caller). */
export function looksLikeHeading(line: string): boolean {
  const text = line.trim();
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
