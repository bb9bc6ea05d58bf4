/**
 * Writing cleaned text as MDX. In MDX `{ }` open JavaScript expressions and `<` opens JSX, so newspaper text
 * containing them would break the build; Markdown gives `* _ ` [ ] # \ ~` and list markers a meaning too. Each
 * is written so that it shows as the very glyph of the source (character references or backslash escapes),
 * never changed to a look-alike.
 */

import type { Block } from './layout';

/** Characters replaced by a character reference anywhere in MDX text (`&` first, so references stay intact). */
const REFERENCES: ReadonlyArray<[RegExp, string]> = [
  [/&/gu, '&amp;'],
  [/\{/gu, '&#123;'],
  [/\}/gu, '&#125;'],
  [/</gu, '&lt;'],
  [/>/gu, '&gt;'],
];

/** Markdown punctuation escaped with a backslash wherever it appears. */
const MARKDOWN_PUNCTUATION = /[\\`*_[\]#~|]/gu;

/**
 * Escapes one line of plain text for an MDX body so that it renders literally: `{` → `&#123;`, `}` → `&#125;`,
 * `<` → `&lt;`, `>` → `&gt;`, `&` → `&amp;`, Markdown punctuation backslash-escaped, and a line start that would
 * make a list, quote or thematic break (`- `, `+ `, `1. `, `3) `) escaped, and a leading `import`/`export` (MDX would
 * read it as JavaScript) written with a reference.
 */
export function escapeMdxText(text: string): string {
  let escaped = text.replace(MARKDOWN_PUNCTUATION, (char) => `\\${char}`);
  for (const [pattern, replacement] of REFERENCES) escaped = escaped.replace(pattern, replacement);
  return escaped
    .replace(/^([-+=])/u, '\\$1')
    .replace(/^(\d{1,9})([.)])/u, '$1\\$2')
    .replace(/^(?:import|export)\b/u, (word) => `&#${word.charCodeAt(0)};${word.slice(1)}`);
}

/** Renders the body of the draft: `## ` headings and paragraphs, one blank line between blocks. */
export function renderBody(blocks: readonly Block[]): string {
  const lines = blocks.map((block) =>
    block.type === 'heading' ? `## ${escapeMdxText(block.text)}` : escapeMdxText(block.text),
  );
  return `${lines.join('\n\n')}\n`;
}
