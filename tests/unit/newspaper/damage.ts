/**
 * Test helper: prints a clean article the way PDF extraction delivers a newspaper page, with the artifacts of
 * the real fixture, at random (seeded) places: narrow column lines, blank lines at column breaks, stray spaces,
 * bold headings and captions with every glyph doubled, captions between paragraphs and inside them, a credit.
 *
 * Three things are left out on purpose, because the rules read them differently by design: a column break right
 * after a sentence end (a new paragraph, layout.ts), a column break right after a paragraph's first line (the line
 * may be a heading, headings.ts), and a caption right after a line ending with ； or ： (a numbered list item of the
 * body, lines.ts).
 */
import type { Block } from '../../../scripts/import/newspaper/layout';

/** A clean article: headline, body blocks, captions. */
export interface CleanArticle {
  headline: string;
  blocks: Block[];
  captions: string[];
  credit: string;
}

/** Small seeded PRNG (mulberry32), so a failing seed can be replayed. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩';

/** Doubles every glyph but spaces, as bold type does. */
const bold = (text: string): string => [...text].map((char) => (char === ' ' ? char : char + char)).join('');

/** Doubles only punctuation and circled numbers, as in the fixture's captions. */
const boldMarks = (text: string): string => text.replace(/[“”‘’。，、①-⑩]/gu, (char) => char + char);

/** Adds stray spaces the way a justified column does, and drops some house-style spaces. */
function roughen(text: string, next: () => number): string {
  let out = '';
  for (const char of text) {
    if (char === ' ' && next() < 0.5) continue;
    out += char;
    if (/[，。、“”‘’；：]/u.test(char) && next() < 0.3) out += ' ';
    else if (/\p{Script=Han}/u.test(char) && next() < 0.04) out += ' ';
  }
  return /[“‘]/u.test(out.charAt(0)) && next() < 0.5 ? ` ${out}` : out;
}

/** Cuts a paragraph into column lines of about `width` glyphs (ASCII counts half). */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  let used = 0;
  for (const char of text) {
    const size = char.charCodeAt(0) < 0x2000 ? 0.5 : 1;
    if (used + size > width && line.trim() !== '') {
      lines.push(line);
      line = '';
      used = 0;
    }
    line += char;
    used += size;
  }
  if (line.trim() !== '') lines.push(line);
  return lines;
}

const endsSentence = (line: string): boolean => /[。！？][”’]?\s*$/u.test(line);

/** Prints `article` as extracted text, with column `width` and randomness from `seed`. */
export function damage(article: CleanArticle, width: number, seed: number): string {
  const next = random(seed);
  const captions = article.captions.map((text, index) => boldMarks(`${CIRCLED[index] ?? ''}${text}`));
  const out: string[] = [next() < 0.5 ? bold(article.headline) : article.headline, ''];
  for (const block of article.blocks) {
    if (block.type === 'heading') {
      out.push(next() < 0.5 ? bold(block.text) : block.text, '');
      continue;
    }
    const lines = wrap(roughen(block.text, next), width);
    lines.forEach((line, index) => {
      out.push(line);
      const last = index === lines.length - 1;
      const breakable = index > 0 && !last && !endsSentence(line);
      if (breakable && next() < 0.2) out.push('');
      else if (breakable && !/[；：]\s*$/u.test(line) && captions.length > 1 && next() < 0.1) {
        out.push(captions.shift() ?? '');
      }
    });
    const shortLast = (lines.at(-1)?.length ?? 0) < width * 0.5;
    if (!shortLast || next() < 0.5) out.push('');
    if (captions.length > 1 && next() < 0.2) out.push(captions.shift() ?? '', '');
  }
  out.push(...captions, `本报记者 ${article.credit} 摄`, '');
  return out.join('\n');
}
