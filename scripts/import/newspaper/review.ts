/**
 * What a person should check in a draft: how each frontmatter field was filled (from the command line, from the
 * text, by default, or not at all) and what in the text looks wrong (an empty section, an unfinished paragraph).
 */

import type { DraftFields } from './frontmatter';
import { endsSentence } from './glyphs';
import { DEFAULT_KIND, type TitleSource } from './infer';
import type { Block } from './layout';

/** How a frontmatter field was filled: from the command line, from the text, by default, or not at all. */
export type FieldStatus = 'given' | 'inferred' | 'default' | 'missing';

/** How one frontmatter field was filled, with a Chinese note for staff (also written into the draft). */
export interface FieldReport {
  /** Field name. */
  field: keyof DraftFields | 'source' | 'photos';
  /** How it was filled. */
  status: FieldStatus;
  /** What to check or fill in, in Chinese; empty when nothing is needed. */
  note: string;
}

/** Something in the text a person should look at. */
export type ImportWarning =
  | { kind: 'empty-section'; heading: string }
  | { kind: 'unfinished-paragraph'; paragraph: number; ending: string }
  | { kind: 'other-townships'; townships: string[] };

/** How the fields were filled, for {@link reviewFields}. */
export interface FieldSources {
  /** Where the title came from. */
  title: TitleSource;
  /** True when `--date` was given. */
  dateGiven: boolean;
  /** True when the kind was read from the title, false when it is the default. */
  kindInferred: boolean;
  /** True when `--township` was given. */
  townshipGiven: boolean;
  /** The frontmatter values. */
  fields: DraftFields;
  /** Number of captions gathered. */
  captions: number;
}

const TITLE_NOTES: Record<TitleSource, string> = {
  'leading-heading': '请核对：取自正文开头的大标题',
  'first-heading': '请核对：原文开头没有大标题，暂用第一个小标题',
  'first-sentence': '请核对：原文没有标题，暂用第一句话',
  none: '请填写标题',
};

/** One report per frontmatter field, in frontmatter order; notes that start with 请核对 go into the draft. */
export function reviewFields(sources: FieldSources): FieldReport[] {
  const { fields } = sources;
  return [
    { field: 'title', status: sources.title === 'none' ? 'missing' : 'inferred', note: TITLE_NOTES[sources.title] },
    sources.dateGiven
      ? { field: 'date', status: 'given', note: '' }
      : { field: 'date', status: 'default', note: '请核对：未指定 --date，暂用今天的日期，请改为见报日期' },
    sources.kindInferred
      ? { field: 'kind', status: 'inferred', note: `请核对：根据标题判断为“${fields.kind}”` }
      : {
          field: 'kind',
          status: 'default',
          note: `请核对：默认“${DEFAULT_KIND}”，可改为 周通报 月评比 季观摩 综述 其他`,
        },
    sources.townshipGiven
      ? { field: 'townships', status: 'given', note: '' }
      : fields.townships.length > 0
        ? { field: 'townships', status: 'inferred', note: '请核对：根据正文里的乡镇名称识别' }
        : { field: 'townships', status: 'missing', note: '正文里没有认出已登记的乡镇，请用 --township 指定' },
    fields.villages.length > 0
      ? { field: 'villages', status: 'inferred', note: '请核对：根据正文里的村名识别（只认得已登记的村）' }
      : { field: 'villages', status: 'missing', note: '正文里没有认出已登记的村；如有相关村，请按“乡镇/村”填写' },
    { field: 'summary', status: 'inferred', note: '请核对：取自第一段的前一两句' },
    { field: 'source', status: 'missing', note: '请填写报纸名称、日期和版面，并取消 source 一行的注释' },
    sources.captions > 0
      ? {
          field: 'photos',
          status: 'missing',
          note: '图片说明已写成注释；添加图片文件后取消注释，并填写 file 和 credit',
        }
      : { field: 'photos', status: 'missing', note: '没有找到图片说明；如有图片，请按 photos 格式添加' },
  ];
}

/** Notes for the draft's comments: the reports that ask a person to check a field (field name → note). */
export function draftNotes(report: readonly FieldReport[]): Partial<Record<keyof DraftFields, string>> {
  const notes: Partial<Record<keyof DraftFields, string>> = {};
  for (const entry of report) {
    if (entry.note.startsWith('请核对') && entry.field !== 'source' && entry.field !== 'photos') {
      notes[entry.field] = entry.note;
    }
  }
  return notes;
}

/** Headings with no paragraph after them, and paragraphs that stop without a sentence end. */
export function findWarnings(blocks: readonly Block[]): ImportWarning[] {
  const warnings: ImportWarning[] = [];
  let paragraph = 0;
  blocks.forEach((block, index) => {
    if (block.type === 'heading' && blocks[index + 1]?.type !== 'paragraph') {
      warnings.push({ kind: 'empty-section', heading: block.text });
    }
    if (block.type !== 'paragraph') return;
    paragraph += 1;
    if (!endsSentence(block.text)) {
      warnings.push({ kind: 'unfinished-paragraph', paragraph, ending: [...block.text].slice(-12).join('') });
    }
  });
  return warnings;
}
