/**
 * How a query and a search form are made comparable: trimmed, full-width letters and digits made half-width,
 * lower case, spaces, apostrophes and middle dots removed (`Hu Jia'zhuang` → `hujiazhuang`), ü written v. Shared by
 * the build (forms) and the browser (queries); plain string work only, no Intl.Segmenter, no WebAssembly.
 */

/** Full-width ASCII block (！ … ～) and its offset to half-width. */
const FULL_WIDTH = /[\uFF01-\uFF5E]/gu;
const FULL_WIDTH_OFFSET = 0xfee0;
/** Characters people type between syllables or words, never part of a name. */
const SEPARATORS = /[\s'’‘`·・.\-_\u3000]+/gu;
/** Ways of typing ü. */
const U_UMLAUT = /ü|u:/gu;

/** The normalised form of a query or a name form. */
export function normalize(text: string): string {
  return text
    .replace(FULL_WIDTH, (char) => String.fromCharCode(char.charCodeAt(0) - FULL_WIDTH_OFFSET))
    .toLowerCase()
    .replace(U_UMLAUT, 'v')
    .replace(SEPARATORS, '');
}

/** Chinese (Han) character test without Unicode property escapes' cost in old engines: CJK blocks in use. */
export function isHan(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0x20000 && code <= 0x2ebef)
  );
}

/** Whether a normalised text has a Chinese character. */
export function hasHan(text: string): boolean {
  for (const char of text) if (isHan(char)) return true;
  return false;
}
