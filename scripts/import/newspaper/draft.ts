/**
 * The newspaper importer as one pure function: extracted text in, bulletin MDX draft out, with counts of what it
 * changed, how each frontmatter field was filled and what a person should look at. The CLI (`scripts/import.ts`)
 * adds the files; everything here is testable on strings.
 */

import type { Caption } from './captions';
import { type DraftFields, renderFrontmatter } from './frontmatter';
import { detectPlaces, inferKind, inferSummary, inferTitle, type KnownPlace } from './infer';
import { type Block, layoutBlocks } from './layout';
import { readArticle } from './lines';
import { renderBody } from './mdx';
import { draftNotes, type FieldReport, findWarnings, type ImportWarning, reviewFields } from './review';
import { draftFileName } from './slug';

/** What the importer needs besides the text. */
export interface ImportOptions {
  /** Name of the source file, for the draft's header comment. */
  sourceFile: string;
  /** Publication date, `YYYY-MM-DD` (already validated). */
  date: string;
  /** True when the date was given (`--date`), false when it is today's by default. */
  dateGiven: boolean;
  /** Township slug given on the command line, if any. */
  township?: string | undefined;
  /** Townships the importer can recognise by name (`content/townships/*.yaml`). */
  knownTownships: readonly KnownPlace[];
  /** Villages the importer can recognise by name (`content/villages/<township>/*.mdx`). */
  knownVillages: readonly KnownPlace[];
}

/** Counts of what the importer changed. */
export interface ImportStats {
  /** Glyphs removed because bold rendering doubled them. */
  doubledGlyphs: number;
  /** Stray whitespace characters removed. */
  spacesRemoved: number;
  /** Spaces added between Han characters and ASCII letters or digits. */
  spacesAdded: number;
  /** Lines joined to the line before them. */
  linesJoined: number;
  /** Headings found (the headline taken as title included). */
  headings: number;
  /** Photo captions gathered. */
  captions: number;
  /** Paragraphs in the draft. */
  paragraphs: number;
}

/** Everything the importer produced. */
export interface ImportResult {
  /** Frontmatter values. */
  fields: DraftFields;
  /** Body blocks (without the headline when it became the title). */
  blocks: Block[];
  /** Photo captions gathered. */
  captions: Caption[];
  /** What was changed. */
  stats: ImportStats;
  /** How each field was filled. */
  report: FieldReport[];
  /** What to look at. */
  warnings: ImportWarning[];
  /** The draft file's text. */
  mdx: string;
  /** Default file name, `<date>-<township>-<pinyin>.mdx`. */
  fileName: string;
}

/** Turns newspaper text as PDF extraction delivers it into a bulletin draft (see the modules it uses). */
export function importArticle(raw: string, options: ImportOptions): ImportResult {
  const read = readArticle(raw);
  const layout = layoutBlocks(read.items);
  const { title, source } = inferTitle(layout.blocks);
  const blocks = source === 'leading-heading' ? layout.blocks.slice(1) : layout.blocks;
  const text = [...blocks.map((block) => block.text), ...read.captions.map((caption) => caption.text)].join('\n');
  const detected = detectPlaces(`${title}\n${text}`, options.knownTownships);
  const townships = options.township === undefined ? detected : [options.township];
  const kind = inferKind(title);
  const fields: DraftFields = {
    title,
    date: options.date,
    kind: kind.kind,
    townships,
    villages: detectPlaces(text, options.knownVillages),
    summary: inferSummary(blocks),
  };
  const report = reviewFields({
    title: source,
    dateGiven: options.dateGiven,
    kindInferred: kind.inferred,
    townshipGiven: options.township !== undefined,
    fields,
    captions: read.captions.length,
  });
  const others = detected.filter((id) => !townships.includes(id));
  const warnings = findWarnings(blocks);
  if (others.length > 0) warnings.push({ kind: 'other-townships', townships: others });
  const notes = draftNotes(report);
  const frontmatter = renderFrontmatter(fields, { sourceFile: options.sourceFile, notes, captions: read.captions });
  const paragraphs = blocks.filter((block) => block.type === 'paragraph').length;
  return {
    fields,
    blocks,
    captions: read.captions,
    stats: {
      doubledGlyphs: read.doubledGlyphs,
      spacesRemoved: read.spacesRemoved + layout.spacesRemoved,
      spacesAdded: read.spacesAdded + layout.spacesAdded,
      linesJoined: layout.linesJoined,
      headings: layout.blocks.filter((block) => block.type === 'heading').length,
      captions: read.captions.length,
      paragraphs,
    },
    report,
    warnings,
    mdx: `${frontmatter}\n${renderBody(blocks)}`,
    fileName: draftFileName(options.date, townships[0] ?? 'xiangzhen', title),
  };
}
