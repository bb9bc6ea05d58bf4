/**
 * Spaces and line joins. PDF extraction leaves spaces wherever the justified column stretched a line
 * (`服务区初评、 乡镇复评`, `“五星 ” 支部`, `活动 2次`). The rule:
 *
 * - A run of whitespace next to a Chinese glyph (Han, Chinese punctuation, full-width form, circled number) is
 *   removed. Curly quotes, dashes and ellipses are shared with Western text, so for them the glyph beyond decides:
 *   `村 “红脸` loses its space (beyond “ is 红), `the “best” way` keeps its spaces.
 * - Between a Han character and an ASCII letter or digit there is exactly one space (`活动 2 次`, `62 个行政村`,
 *   `AI 技术`, `75% 的`: `%` counts as part of its number), the house style of the hand-written files under
 *   `content/`. Other punctuation never takes a space (`75％`, `“五星”支部`, `龙头企业+合作社`).
 * - Whitespace between two Latin words or numbers becomes one space (`Hello  World` → `Hello World`).
 */

import type { Cleaned } from './doubled';
import { isAsciiWordChar, isCjk, isHan, isNeutral } from './glyphs';

/** True when the first non-neutral glyph in `chars` (walking from `start` by `step`) is Chinese. */
function chineseBeyond(chars: readonly string[], start: number, step: 1 | -1): boolean {
  for (let index = start; index >= 0 && index < chars.length; index += step) {
    const char = chars[index] ?? '';
    if (isCjk(char)) return true;
    if (!isNeutral(char)) return false;
  }
  return false;
}

/** True when a space between `left` (the text so far) and `right` (what follows) stands next to Chinese. */
function touchesChinese(left: readonly string[], right: readonly string[]): boolean {
  return chineseBeyond(left, left.length - 1, -1) || chineseBeyond(right, 0, 1);
}

/** What spacing a text changed: whitespace removed, and spaces added between Han and ASCII letters or digits. */
export interface Spaced extends Cleaned {
  /** Spaces added between a Han character and an ASCII letter or digit that touched. */
  added: number;
}

/** ASCII glyphs that take a space next to Han: letters, digits, and `%`, which belongs to its number (`75% 的`). */
const ASCII_TOKEN = /[A-Za-z0-9%]/u;

/** True when a space belongs between `left` and `right`: one is Han, the other an ASCII letter, digit or `%`. */
function spaceBetween(left: string, right: string): boolean {
  return (isHan(left) && ASCII_TOKEN.test(right)) || (ASCII_TOKEN.test(left) && isHan(right));
}

/**
 * Normalises the spaces of one paragraph of Chinese text by the rules above; trims both ends. Returns the text,
 * the number of whitespace characters removed between glyphs (trimming not counted) and of spaces added.
 */
export function normaliseSpaces(text: string): Spaced {
  const chars = [...text.trim()];
  const out: string[] = [];
  let removed = 0;
  let added = 0;
  let index = 0;
  while (index < chars.length) {
    const char = chars[index] ?? '';
    if (!/\s/u.test(char)) {
      const last = out[out.length - 1] ?? '';
      if (spaceBetween(last, char)) {
        out.push(' ');
        added += 1;
      }
      out.push(char);
      index += 1;
      continue;
    }
    let end = index;
    while (end < chars.length && /\s/u.test(chars[end] ?? '')) end += 1;
    const run = end - index;
    const right = chars[end] ?? '';
    if (spaceBetween(out[out.length - 1] ?? '', right) || !touchesChinese(out, chars.slice(end, end + 8))) {
      out.push(' ');
      removed += run - 1;
    } else {
      removed += run;
    }
    index = end;
  }
  return { text: out.join(''), removed, added };
}

/**
 * Joins a line to the text before it: with one space when both sides are ASCII letters or digits (a Western word
 * broken across lines, `iPhone` / `15`), directly when both are digits (a number cut by the column, `1` / `200`,
 * since Chinese text never separates digits with a space) and directly otherwise: Chinese takes no space at a
 * line break.
 */
export function joinLine(before: string, line: string): string {
  const left = before.trimEnd();
  const right = line.trimStart();
  if (left === '' || right === '') return left + right;
  const last = left.charAt(left.length - 1);
  const first = right.charAt(0);
  const word = isAsciiWordChar(last) && isAsciiWordChar(first) && !(/\d/u.test(last) && /\d/u.test(first));
  return left + (word ? ' ' : '') + right;
}
