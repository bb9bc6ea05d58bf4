/**
 * Character classes for Chinese newspaper text. Every rule of the importer (spacing, doubling, sentence ends,
 * headings) is phrased in these terms, so they are defined once here.
 */

const HAN = /\p{Script=Han}/u;
/** CJK symbols and punctuation, full-width forms, vertical and compatibility forms. */
const CJK_PUNCTUATION = /[\u3000-\u303f\uff00-\uffef\ufe10-\ufe1f\ufe30-\ufe4f]/u;
/** Circled, parenthesised and negative circled numbers used to number photos: ① ⑴ ❶ ➀. */
const CIRCLED_NUMBER = /[\u2460-\u24ff\u2776-\u2793]/u;
/** Punctuation shared by Chinese and Western text: curly quotes, em dash, ellipsis, middle dot. */
const NEUTRAL = /[\u2018\u2019\u201c\u201d\u2014\u2026\u00b7\u30fb]/u;

/** Marks that end a sentence: Chinese and ASCII full stop, question and exclamation marks, ellipsis. */
const SENTENCE_END = /[。！？!?…]/u;
/** Closing quotes and brackets that may follow a sentence end (`……。”`). */
const CLOSING = /[”’」』）》〉】〕)"']/u;
/** Marks after which a clause is clearly unfinished. */
const CLAUSE_OPEN = /[，、；：,;:“‘「『（《〈【〔(]$/u;

/** True for a Chinese character (Han script). */
export function isHan(char: string): boolean {
  return HAN.test(char);
}

/** True for a circled or parenthesised number such as ① ⑴ ❶. */
export function isCircledNumber(char: string): boolean {
  return CIRCLED_NUMBER.test(char);
}

/**
 * True for Chinese punctuation (CJK block or full-width form) — not the curly quotes shared with Western text,
 * not full-width letters or digits (２０２３), not 〇 (a numeral: 二〇〇二).
 */
export function isCjkPunctuation(char: string): boolean {
  return CJK_PUNCTUATION.test(char) && !/[\s\p{L}\p{N}]/u.test(char);
}

/** True for any glyph that belongs to Chinese text: Han, Chinese punctuation, full-width forms, circled numbers. */
export function isCjk(char: string): boolean {
  return isHan(char) || (CJK_PUNCTUATION.test(char) && !/\s/u.test(char)) || isCircledNumber(char);
}

/** True for punctuation used by Chinese and Western text alike (“ ” ‘ ’ — … ·); its neighbours decide. */
export function isNeutral(char: string): boolean {
  return NEUTRAL.test(char);
}

/** True for an ASCII letter or digit. */
export function isAsciiWordChar(char: string): boolean {
  return /[A-Za-z0-9]/u.test(char);
}

/** Display width of a line: 1 per full-width glyph, ½ per ASCII character or space (as a column shows it). */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += char.charCodeAt(0) < 0x2000 ? 0.5 : 1;
  return width;
}

/** Width of a line's leading whitespace, counting an ideographic space as 2 and a tab as 4. */
export function indentWidth(line: string): number {
  let width = 0;
  for (const char of line) {
    if (char === '\u3000') width += 2;
    else if (char === '\t') width += 4;
    else if (/\s/u.test(char)) width += 1;
    else break;
  }
  return width;
}

/** Removes closing quotes, brackets and whitespace from the end of a text. */
function stripClosing(text: string): string {
  let end = text.length;
  while (end > 0 && (CLOSING.test(text.charAt(end - 1)) || /\s/u.test(text.charAt(end - 1)))) end -= 1;
  return text.slice(0, end);
}

/**
 * True when a text ends a sentence: its last mark (closing quotes and brackets skipped) is 。！？… or ASCII
 * `!`/`?`, or an ASCII `.` that is not part of a number (`1.` may be `1.2` broken across lines).
 */
export function endsSentence(text: string): boolean {
  const core = stripClosing(text);
  const last = core.charAt(core.length - 1);
  if (SENTENCE_END.test(last)) return true;
  return last === '.' && !/\d/u.test(core.charAt(core.length - 2));
}

/** True when a text ends with a mark after which the clause must go on (，、；： or an opening quote). */
export function endsClauseOpen(text: string): boolean {
  return CLAUSE_OPEN.test(text.trimEnd());
}

/** True when a text starts with a mark that can only continue what precedes it (closing quote, comma, …). */
export function startsWithContinuation(text: string): boolean {
  return /^[”’」』）》〉】〕，、。；：！？,.;:!?)]/u.test(text.trimStart());
}

/** True when a text contains a sentence-ending mark anywhere. */
export function containsSentenceEnd(text: string): boolean {
  return /[。！？!?]/u.test(text);
}
