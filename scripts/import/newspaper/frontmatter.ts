/**
 * The YAML frontmatter of a bulletin draft. Every value is quoted the way JSON quotes strings (a valid YAML
 * double-quoted scalar), so no headline can break the YAML. Photos are written as a YAML comment: the schema
 * needs a real image file for each, which the newspaper text cannot supply, so staff uncomment the block once
 * they have added the files.
 */

import type { BulletinKind } from '../../../src/schema/glossary';
import type { Caption } from './captions';

/** Placeholder credit for a caption whose text names no photographer. */
export const CREDIT_PLACEHOLDER = '请填写摄影者或来源';

/** The values of a bulletin draft's frontmatter. */
export interface DraftFields {
  /** Headline. */
  title: string;
  /** Publication date, `YYYY-MM-DD`. */
  date: string;
  /** Bulletin kind. */
  kind: BulletinKind;
  /** Township slugs. */
  townships: readonly string[];
  /** Village references (`township/village`). */
  villages: readonly string[];
  /** One- or two-sentence summary. */
  summary: string;
}

/** What goes into the frontmatter beside the values: comments for staff and the gathered captions. */
export interface FrontmatterExtras {
  /** Name of the text file the draft was made from, named in the header comment. */
  sourceFile: string;
  /** A note per field for staff to check (field name → Chinese note), written as a comment above the field. */
  notes: Partial<Record<keyof DraftFields, string>>;
  /** Photo captions, written as a commented-out `photos:` list. */
  captions: readonly Caption[];
}

/** Quotes a string as a YAML double-quoted scalar. */
export function yamlString(value: string): string {
  return JSON.stringify(value);
}

/** A YAML list of strings in block style, or `[]`. */
function yamlList(values: readonly string[]): string {
  return values.length === 0 ? ' []' : values.map((value) => `\n  - ${yamlString(value)}`).join('');
}

/** The commented-out `photos:` block for the captions (nothing when there are none). */
export function photoComment(captions: readonly Caption[]): string[] {
  if (captions.length === 0) return [];
  const lines = ['# 图片说明（添加图片文件后取消注释）:', '# photos:'];
  captions.forEach((caption, index) => {
    lines.push(
      `#   - file: ./图片文件名-${caption.number ?? index + 1}.jpg`,
      `#     caption: ${yamlString(caption.text)}`,
      `#     credit: ${yamlString(caption.credit ?? CREDIT_PLACEHOLDER)}`,
    );
  });
  return lines;
}

/** Renders the frontmatter, `---` lines included, with `sample: false` and a commented `source:` to fill in. */
export function renderFrontmatter(fields: DraftFields, extras: FrontmatterExtras): string {
  const note = (field: keyof DraftFields): string[] => {
    const text = extras.notes[field];
    return text === undefined ? [] : [`# ${text}`];
  };
  const file = extras.sourceFile.replace(/[\p{Cc}\u2028\u2029]+/gu, ' ');
  const lines = [
    '---',
    `# 草稿：由 npm run import 从 ${file} 生成。请核对带“请核对”注释的字段，核对后可删除这些注释。`,
    `# Draft made by npm run import from ${file}: check the fields marked 请核对, then delete the notes.`,
    ...note('title'),
    `title: ${yamlString(fields.title)}`,
    ...note('date'),
    `date: ${fields.date}`,
    ...note('kind'),
    `kind: ${fields.kind}`,
    ...note('townships'),
    `townships:${yamlList(fields.townships)}`,
    ...note('villages'),
    `villages:${yamlList(fields.villages)}`,
    ...note('summary'),
    `summary: ${yamlString(fields.summary)}`,
    '# 来源（填写报纸名称、日期和版面后取消注释）:',
    '# source: "报纸名称 YYYY年M月D日 第N版"',
    'sample: false',
    ...photoComment(extras.captions),
    '---',
  ];
  return `${lines.join('\n')}\n`;
}
