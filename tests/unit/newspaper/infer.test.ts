import { describe, expect, it } from 'vitest';
import {
  detectPlaces,
  inferKind,
  inferSummary,
  inferTitle,
  MAX_SUMMARY_LENGTH,
  sentences,
} from '../../../scripts/import/newspaper/infer';
import type { Block } from '../../../scripts/import/newspaper/layout';
import { draftFileName, titleSlug } from '../../../scripts/import/newspaper/slug';

const paragraph = (text: string): Block => ({ type: 'paragraph', text });
const heading = (text: string): Block => ({ type: 'heading', text });

describe('sentences', () => {
  it('keeps end marks and closing quotes with their sentence', () => {
    expect(sentences('“才能共谋乡村振兴。”文留镇党委书记说。好！')).toEqual([
      '“才能共谋乡村振兴。”',
      '文留镇党委书记说。',
      '好！',
    ]);
    expect(sentences('没有句号的结尾')).toEqual(['没有句号的结尾']);
  });
});

describe('inferTitle', () => {
  it('prefers a heading that opens the article, then the first heading, then the first sentence', () => {
    expect(inferTitle([heading('大标题'), paragraph('正文。'), heading('小标题')])).toEqual({
      title: '大标题',
      source: 'leading-heading',
    });
    expect(inferTitle([paragraph('正文。'), heading('小标题')])).toEqual({ title: '小标题', source: 'first-heading' });
    expect(inferTitle([paragraph('文留镇召开大会。会上……')])).toEqual({
      title: '文留镇召开大会',
      source: 'first-sentence',
    });
    expect(inferTitle([])).toEqual({ title: '', source: 'none' });
  });

  it('shortens a long first sentence at a comma', () => {
    const { title } = inferTitle([paragraph(`${'很长的句子'.repeat(6)}，${'后半句'.repeat(6)}。`)]);
    expect([...title].length).toBeLessThanOrEqual(40);
    expect(title.endsWith('…')).toBe(true);
  });
});

describe('inferSummary', () => {
  it('takes the first two sentences of the first paragraph when they fit', () => {
    expect(inferSummary([heading('标题'), paragraph('第一句。第二句。第三句。')])).toBe('第一句。第二句。');
  });

  it('takes one sentence when two are too long, and shortens one that is too long by itself', () => {
    const long = `${'字'.repeat(120)}。`;
    expect(inferSummary([paragraph(`短句。${long}`)])).toBe('短句。');
    const summary = inferSummary([paragraph(`${'字'.repeat(80)}，${'字'.repeat(80)}。`)]);
    expect([...summary].length).toBeLessThanOrEqual(MAX_SUMMARY_LENGTH);
    expect(summary).toBe(`${'字'.repeat(80)}…`);
  });
});

describe('inferKind', () => {
  it('reads the kind from the title', () => {
    expect(inferKind('第23周“五星”支部创建工作通报')).toEqual({ kind: '周通报', inferred: true });
    expect(inferKind('文留镇5月份党建资料评比结果')).toEqual({ kind: '月评比', inferred: true });
    expect(inferKind('庆祖镇第二季度观摩会')).toEqual({ kind: '季观摩', inferred: true });
    expect(inferKind('全县创星工作综述')).toEqual({ kind: '综述', inferred: true });
  });

  it('falls back to 典型案例 when the title names no kind, or more than one', () => {
    expect(inferKind('党建引领 凝聚合力')).toEqual({ kind: '典型案例', inferred: false });
    expect(inferKind('周通报、月评比、季观摩')).toEqual({ kind: '典型案例', inferred: false });
  });
});

describe('detectPlaces', () => {
  const townships = [
    { id: 'wenliu', names: ['文留镇'] },
    { id: 'qingzu', names: ['庆祖镇'] },
    { id: 'x', names: ['镇'] },
  ];
  it('finds registered names, most often named first, ignoring one-character names', () => {
    expect(detectPlaces('庆祖镇和文留镇。文留镇又……', townships)).toEqual(['wenliu', 'qingzu']);
    expect(detectPlaces('庆祖镇和文留镇。', townships)).toEqual(['qingzu', 'wenliu']);
    expect(detectPlaces('没有乡镇', townships)).toEqual([]);
  });

  it('matches a village by its printed name too', () => {
    expect(detectPlaces('张榆林头的村民', [{ id: 'a/b', names: ['张榆林头村', '张榆林头'] }])).toEqual(['a/b']);
  });
});

describe('titleSlug and draftFileName', () => {
  it('writes the pinyin of the title, two syllables a word as the scaffolder does', () => {
    expect(titleSlug('党建引领凝聚合力下活“一盘棋”')).toBe('dangjian-yinling-ningju-heli');
    expect(titleSlug('“绿色”发展')).toBe('lvse-fazhan');
    expect(titleSlug('创星')).toBe('chuangxing');
    expect(titleSlug('AI Farming 2023')).toBe('ai-farming-2023');
    expect(titleSlug('！！')).toBe('tongbao');
  });

  it('names the draft <date>-<township>-<slug>.mdx', () => {
    expect(draftFileName('2023-06-01', 'wenliu', '创星就像马拉松')).toBe(
      '2023-06-01-wenliu-chuangxing-jiuxiang-malasong.mdx',
    );
  });
});
