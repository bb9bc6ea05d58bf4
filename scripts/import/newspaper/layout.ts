/**
 * Paragraphs and headings from the lines of an article. A line is joined to the paragraph before it unless that
 * paragraph ends a sentence AND something marks a new paragraph here:
 *
 * - a break before the line (a blank line, a page break or a caption taken out);
 * - an indent on the line (unless more than half the lines are indented: then indentation means nothing);
 * - a short line before it (under {@link SHORT_LINE_RATIO} of the typical line width: a paragraph's last line);
 * - a line before it longer than any newspaper column ({@link LONG_LINE_WIDTH}): then every line is a paragraph.
 *
 * A line that starts with a closing quote or a comma always continues the paragraph. Headings follow
 * `headings.ts`. Spaces are normalised after joining (see `spacing.ts`).
 */

import { endsSentence, startsWithContinuation } from './glyphs';
import { looksLikeHeading } from './headings';
import type { Item, Line } from './lines';
import { joinLine, normaliseSpaces } from './spacing';

/** A line shorter than this share of the typical (median) line width ends its paragraph. */
export const SHORT_LINE_RATIO = 0.6;
/** A line wider than this (in full-width glyphs) is a whole paragraph, not a column line. */
export const LONG_LINE_WIDTH = 48;
/** Fewest lines needed before the typical line width means anything. */
const MIN_LINES_FOR_WIDTH = 5;

/** One block of the cleaned article. */
export interface Block {
  /** A section heading or a paragraph of body text. */
  type: 'heading' | 'paragraph';
  /** The text, its spaces normalised. */
  text: string;
}

/** The blocks of an article and what building them changed. */
export interface LayoutResult {
  /** Headings and paragraphs in order. */
  blocks: Block[];
  /** Lines joined to the line before them. */
  linesJoined: number;
  /** Spaces removed from paragraphs and headings. */
  spacesRemoved: number;
  /** Spaces added between Han and ASCII letters or digits. */
  spacesAdded: number;
}

/** Median display width of the lines, or `undefined` when there are too few for it to mean anything. */
function typicalWidth(lines: readonly Line[]): number | undefined {
  if (lines.length < MIN_LINES_FOR_WIDTH) return undefined;
  const widths = lines.map((line) => line.width).sort((a, b) => a - b);
  return widths[Math.floor(widths.length / 2)];
}

/** Builds headings and paragraphs from lines and breaks, by the rules above. */
export function layoutBlocks(items: readonly Item[]): LayoutResult {
  const lines = items.filter((item): item is Line => item !== null);
  const typical = typicalWidth(lines);
  const useIndent = lines.filter((line) => line.indented).length * 2 <= lines.length;
  const blocks: Block[] = [];
  let linesJoined = 0;
  let spacesRemoved = 0;
  let spacesAdded = 0;
  let buffer: string | undefined;
  let previous: Line | undefined;
  let broke = true;

  const push = (type: Block['type'], text: string): void => {
    const cleaned = normaliseSpaces(text);
    spacesRemoved += cleaned.removed;
    spacesAdded += cleaned.added;
    blocks.push({ type, text: cleaned.text });
  };
  const flush = (): void => {
    if (buffer !== undefined) push('paragraph', buffer);
    buffer = undefined;
  };
  const endsParagraph = (line: Line): boolean =>
    (typical !== undefined && line.width < SHORT_LINE_RATIO * typical) || line.width > LONG_LINE_WIDTH;

  items.forEach((line, index) => {
    if (line === null) {
      broke = true;
      return;
    }
    const next = items[index + 1];
    const cue = broke || (useIndent && line.indented) || (previous !== undefined && endsParagraph(previous));
    const aloneAfter = next === undefined || next === null || (useIndent && next.indented);
    const following = items.slice(index + 1).find((item): item is Line => item !== null);
    const continued = following !== undefined && startsWithContinuation(following.text);
    const sentenceDone = buffer === undefined || endsSentence(buffer);
    const headline = blocks.length === 0 && buffer === undefined;
    if (cue && aloneAfter && !continued && sentenceDone && looksLikeHeading(line.text, headline)) {
      flush();
      push('heading', line.text);
    } else if (buffer === undefined) {
      buffer = line.text;
    } else if (sentenceDone && cue && !startsWithContinuation(line.text)) {
      flush();
      buffer = line.text;
    } else {
      buffer = joinLine(buffer, line.text);
      linesJoined += 1;
    }
    previous = line;
    broke = false;
  });
  flush();
  return { blocks, linesJoined, spacesRemoved, spacesAdded };
}
