/**
 * Reading extracted text into lines: line endings normalised, doubled glyphs collapsed, indentation and width
 * measured, and photo captions and credits taken out (each leaves a break, as a blank line would).
 */

import { type Caption, creditOf, isCaptionStart, isCreditLine, parseCaption } from './captions';
import { collapseDoubledGlyphs } from './doubled';
import { displayWidth, endsClauseOpen, indentWidth } from './glyphs';
import { joinLine, normaliseSpaces } from './spacing';

/** One non-blank line of extracted text. */
export interface Line {
  /** The line, trimmed, with doubled glyphs collapsed. */
  text: string;
  /** True when the line starts with at least two columns of whitespace (a paragraph indent). */
  indented: boolean;
  /** Display width of the line as printed (see `displayWidth`). */
  width: number;
}

/** A line, or `null` for a break: a blank line, a page break, or a caption taken out. */
export type Item = Line | null;

/** Lines of an article with its captions taken out, and what reading it changed. */
export interface ReadResult {
  /** Lines and breaks in order. */
  items: Item[];
  /** Photo captions found, in order. */
  captions: Caption[];
  /** Glyphs removed because bold rendering doubled them. */
  doubledGlyphs: number;
  /** Spaces removed from captions. */
  spacesRemoved: number;
  /** Spaces added to captions between Han and ASCII letters or digits. */
  spacesAdded: number;
}

/** Splits raw text into lines and breaks, collapsing doubled glyphs; a BOM, `\r\n` and form feeds are handled. */
export function readLines(raw: string): { items: Item[]; doubledGlyphs: number } {
  let doubledGlyphs = 0;
  const items = raw
    .replace(/^\uFEFF/u, '')
    .replace(/\r\n?/gu, '\n')
    .replace(/\f/gu, '\n\n')
    .split('\n')
    .map((source): Item => {
      const { text, removed } = collapseDoubledGlyphs(source.trim());
      doubledGlyphs += removed;
      if (text === '') return null;
      return { text, indented: indentWidth(source) >= 2, width: displayWidth(source.trim()) };
    });
  return { items, doubledGlyphs };
}

/**
 * True when the line before `index` lets a caption or credit start here: anything but a line ending with ： or ；.
 * After `主要做法：` or `…；` a line starting with ① is an item of a numbered list in the body, not a caption.
 */
function canStartAside(items: readonly Item[], index: number): boolean {
  const before = items[index - 1];
  return before === null || before === undefined || !LIST_LEAD.test(before.text);
}

/** A line ending like this introduces or continues a numbered list. */
const LIST_LEAD = /[：:；;]$/u;

/**
 * Takes photo captions and credit lines out of the lines (see `captions.ts` for what counts as one). A credit
 * line on its own applies to every caption that names no credit of its own.
 */
export function takeCaptions(lines: readonly Item[]): Omit<ReadResult, 'doubledGlyphs'> {
  const items = [...lines];
  const captions: Caption[] = [];
  const credits: string[] = [];
  let spacesRemoved = 0;
  let spacesAdded = 0;
  for (let index = 0; index < items.length; index += 1) {
    const line = items[index];
    if (!line || !canStartAside(items, index)) continue;
    if (isCreditLine(line.text)) {
      credits.push(creditOf(line.text).replace(/\s+/gu, ' '));
      items[index] = null;
      continue;
    }
    if (!isCaptionStart(line.text) || LIST_LEAD.test(line.text)) continue;
    let raw = line.text;
    items[index] = null;
    for (let next = items[index + 1]; next && endsClauseOpen(raw) && !isCaptionStart(next.text);) {
      raw = joinLine(raw, next.text);
      index += 1;
      items[index] = null;
      next = items[index + 1];
    }
    const caption = parseCaption(raw);
    const cleaned = normaliseSpaces(caption.text);
    spacesRemoved += cleaned.removed;
    spacesAdded += cleaned.added;
    caption.text = cleaned.text;
    if (caption.credit !== undefined) caption.credit = caption.credit.replace(/\s+/gu, ' ');
    captions.push(caption);
  }
  const credit = credits.join('；');
  if (credit !== '') for (const caption of captions) caption.credit ??= credit;
  return { items, captions, spacesRemoved, spacesAdded };
}

/** Reads raw extracted text: lines and breaks, with doubled glyphs collapsed and captions taken out. */
export function readArticle(raw: string): ReadResult {
  const { items, doubledGlyphs } = readLines(raw);
  return { ...takeCaptions(items), doubledGlyphs };
}
