/**
 * The importer's summary for the person who ran it: what it changed, how each frontmatter field was filled,
 * and what to look at. Chinese first, English after.
 */

import type { ImportResult } from './draft';
import type { FieldStatus, ImportWarning } from './review';

/** Chinese and English label of each field status. */
const STATUS_LABELS: Record<FieldStatus, string> = {
  given: '已指定 given',
  inferred: '推断 inferred',
  default: '默认 default',
  missing: '待填写 to fill',
};

/** One warning as a sentence in Chinese. */
export function describeWarning(warning: ImportWarning): string {
  switch (warning.kind) {
    case 'empty-section':
      return `小标题（${warning.heading}）后面没有正文：原文分栏顺序可能错乱，请核对这一节的正文是否被放到了文章开头或别处。`;
    case 'unfinished-paragraph':
      return `第 ${warning.paragraph} 段没有以句末标点结束（……${warning.ending}），请核对是否缺字或分段有误。`;
    case 'other-townships':
      return `正文还提到其他乡镇：${warning.townships.join('、')}；如与本文相关，请加入 townships。`;
  }
}

/** The summary printed after a draft is written to `outPath`. */
export function formatSummary(result: ImportResult, outPath: string): string {
  const { stats } = result;
  const counts: Array<[string, number]> = [
    ['合并重复字形 doubled glyphs collapsed', stats.doubledGlyphs],
    ['删除多余空格 stray spaces removed', stats.spacesRemoved],
    ['汉字与数字/字母间补空格 spaces added between Han and digits/letters', stats.spacesAdded],
    ['合并断行 lines joined', stats.linesJoined],
    ['识别小标题 headings found', stats.headings],
    ['收集图片说明 captions gathered', stats.captions],
    ['正文段落 paragraphs', stats.paragraphs],
  ];
  const lines = [`已写入草稿 Draft written: ${outPath}`, '', '改动 Changes:'];
  for (const [label, count] of counts) lines.push(`  ${String(count).padStart(5)}  ${label}`);
  lines.push('', '字段 Frontmatter fields:');
  for (const entry of result.report) {
    const note = entry.note === '' ? '' : `  ${entry.note}`;
    lines.push(`  ${entry.field.padEnd(10)} ${STATUS_LABELS[entry.status]}${note}`);
  }
  if (result.warnings.length > 0) {
    lines.push('', '请注意 Please look at:');
    for (const warning of result.warnings) lines.push(`  - ${describeWarning(warning)}`);
  }
  lines.push('', '核对后运行 npm run check:content 检查内容。Check the draft, then run npm run check:content.');
  return `${lines.join('\n')}\n`;
}
