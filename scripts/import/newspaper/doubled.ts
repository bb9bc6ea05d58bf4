/**
 * Glyphs doubled by bold rendering. PDF extraction of bold type often emits every glyph twice (““五星””, ①①,
 * 。。, 党党建建引引领领). Chinese also repeats characters on purpose (常常, 天天, 人人, 一一, 谢谢, 明明白白), so the
 * rules below only collapse what ordinary prose never produces:
 *
 * 1. A doubled Chinese punctuation mark, curly quote or circled number collapses to one (““ → “, 。。 → 。, ①① → ①);
 *    a longer run of the same mark also collapses to one (。。。 → 。). Exception: the ellipsis …… and the dash ——
 *    are written as two glyphs, so only their doubled form (4 glyphs) is halved.
 * 2. Doubled characters of any kind (Han, digits, letters) collapse only as a run of consecutive pairs that is
 *    long enough: at least {@link MIN_RUN_PAIRS} pairs anywhere (党党建建引引领领), or at least
 *    {@link MIN_LINE_PAIRS} pairs when the pairs make up the whole line (a bold heading). Reduplicated words are
 *    at most two pairs (明明白白), so they survive.
 */

import { isCircledNumber, isCjkPunctuation, isNeutral } from './glyphs';

/** Shortest run of consecutive doubled pairs collapsed inside a line. */
export const MIN_RUN_PAIRS = 4;
/** Shortest run of doubled pairs collapsed when the run is the whole line (whitespace ignored). */
export const MIN_LINE_PAIRS = 3;

/** Marks written as two glyphs in correct Chinese: the ellipsis …… and the dash ——. */
const PAIRED_MARKS = new Set(['…', '—']);

/** The result of a clean-up step: the new text and how many glyphs or spaces it removed. */
export interface Cleaned {
  /** The cleaned text. */
  text: string;
  /** How many characters the step removed. */
  removed: number;
}

/** True for a mark that bold doubling produces and prose never repeats. */
function isCollapsibleMark(char: string): boolean {
  return (isCjkPunctuation(char) || isNeutral(char) || isCircledNumber(char)) && !PAIRED_MARKS.has(char);
}

/** Finds runs of consecutive doubled pairs: `[start, pairCount]` for each run, scanning left to right. */
function pairRuns(chars: readonly string[]): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let index = 0;
  while (index < chars.length - 1) {
    let pairs = 0;
    while (index + 2 * pairs + 1 < chars.length && chars[index + 2 * pairs] === chars[index + 2 * pairs + 1]) {
      if (/\s/u.test(chars[index + 2 * pairs] ?? '')) break;
      pairs += 1;
    }
    if (pairs > 0) runs.push([index, pairs]);
    index += pairs > 0 ? 2 * pairs : 1;
  }
  return runs;
}

/** Rule 2: collapses long runs of doubled glyphs (a bold heading or lead-in). */
function collapseRuns(line: string): Cleaned {
  const chars = [...line];
  const runs = pairRuns(chars);
  const visible = chars.filter((char) => !/\s/u.test(char)).length;
  const paired = runs.reduce((sum, [, pairs]) => sum + pairs, 0);
  const wholeLine = paired >= MIN_LINE_PAIRS && paired * 2 === visible;
  const drop = new Set<number>();
  for (const [start, pairs] of runs) {
    if (!wholeLine && pairs < MIN_RUN_PAIRS) continue;
    for (let pair = 0; pair < pairs; pair += 1) drop.add(start + 2 * pair + 1);
  }
  return { text: chars.filter((_, index) => !drop.has(index)).join(''), removed: drop.size };
}

/** Rule 1: collapses repeated punctuation marks and circled numbers; halves ………… and ————. */
function collapseMarks(line: string): Cleaned {
  let removed = 0;
  const text = line.replace(/(.)\1+/gu, (run: string, char: string) => {
    const length = [...run].length;
    if (PAIRED_MARKS.has(char)) {
      if (length < 4 || length % 2 !== 0) return run;
      removed += length / 2;
      return char.repeat(length / 2);
    }
    if (!isCollapsibleMark(char)) return run;
    removed += length - 1;
    return char;
  });
  return { text, removed };
}

/**
 * Collapses glyphs doubled by bold rendering in one line of extracted text, by the two rules above.
 * Returns the line and the number of glyphs removed.
 */
export function collapseDoubledGlyphs(line: string): Cleaned {
  const runs = collapseRuns(line);
  const marks = collapseMarks(runs.text);
  return { text: marks.text, removed: runs.removed + marks.removed };
}
