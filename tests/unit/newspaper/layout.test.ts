import { describe, expect, it } from 'vitest';
import { type Block, layoutBlocks } from '../../../scripts/import/newspaper/layout';
import { readArticle } from '../../../scripts/import/newspaper/lines';

const layout = (text: string): Block[] => layoutBlocks(readArticle(text).items).blocks;
const paragraphs = (text: string): string[] =>
  layout(text)
    .filter((block) => block.type === 'paragraph')
    .map((block) => block.text);

describe('layoutBlocks: joining lines', () => {
  it('joins lines broken mid-sentence, across blank lines too', () => {
    expect(
      paragraphs('观摩评比明方向。\n\n落实定期观摩制度，由镇党\n\n委书记和镇长带队，抽调专班\n精干力量组成观摩团。'),
    ).toEqual(['观摩评比明方向。', '落实定期观摩制度，由镇党委书记和镇长带队，抽调专班精干力量组成观摩团。']);
  });

  it('keeps a sentence end followed by a plain next line in the same paragraph (no cue)', () => {
    expect(paragraphs('第一句写完了。\n第二句接着写。')).toEqual(['第一句写完了。第二句接着写。']);
  });

  it('starts a new paragraph at a sentence end followed by a blank line', () => {
    expect(paragraphs('第一段写完了。\n\n第二段开始了。')).toEqual(['第一段写完了。', '第二段开始了。']);
  });

  it('starts a new paragraph at a sentence end followed by an indented line', () => {
    expect(paragraphs('第一段写完了。\n\u3000\u3000第二段开始了。')).toEqual(['第一段写完了。', '第二段开始了。']);
  });

  it('starts a new paragraph after a short last line that ends a sentence', () => {
    const column =
      '文留镇发挥党员的先锋模范\n作用，建立人居环境整治长\n效机制，全镇村集体经济年\n收入可增加 800 余万元，群\n众得实惠。\n细心整治，赋能生态宜居星。';
    expect(paragraphs(column)).toHaveLength(2);
    expect(paragraphs(column)[1]).toBe('细心整治，赋能生态宜居星。');
  });

  it('never starts a paragraph with a closing quote or a comma', () => {
    expect(paragraphs('才能共谋乡村振兴。\n\n”文留镇党委书记说。')).toEqual(['才能共谋乡村振兴。”文留镇党委书记说。']);
  });

  it('treats every line as a paragraph when lines are far wider than a column', () => {
    const long = '这是一整段没有按栏折行的文字，'.repeat(4);
    expect(paragraphs(`${long}完。\n${long}完。`)).toHaveLength(2);
  });
});

describe('layoutBlocks: headings', () => {
  it('takes a short standalone line without sentence end for a heading', () => {
    expect(layout('上一段结束了。\n\n党建引领 凝聚合力下活“一盘棋”\n\n如何将党建的优势转化为动力？')).toEqual([
      { type: 'paragraph', text: '上一段结束了。' },
      { type: 'heading', text: '党建引领凝聚合力下活“一盘棋”' },
      { type: 'paragraph', text: '如何将党建的优势转化为动力？' },
    ]);
  });

  it('collapses a bold heading doubled glyph by glyph', () => {
    expect(layout('党党建建引引领领  凝凝聚聚合合力力\n\n正文。')[0]).toEqual({
      type: 'heading',
      text: '党建引领凝聚合力',
    });
  });

  it('does not take a fragment of a broken sentence for a heading', () => {
    expect(layout('上一段结束了。\n\n村党支部书记齐聚一堂，围绕\n\n创星工作晒成效\n\n谈举措。')).toEqual([
      { type: 'paragraph', text: '上一段结束了。' },
      { type: 'paragraph', text: '村党支部书记齐聚一堂，围绕创星工作晒成效谈举措。' },
    ]);
  });

  it('allows clause marks in the headline at the top and after a subheading number, not elsewhere', () => {
    expect(layout('文留镇：周通报、月评比，创星像跑马拉松\n\n正文。')[0]).toEqual({
      type: 'heading',
      text: '文留镇：周通报、月评比，创星像跑马拉松',
    });
    expect(layout('正文。\n\n一、强化组织推动\n\n正文。')[1]).toEqual({ type: 'heading', text: '一、强化组织推动' });
    expect(layout('正文。\n\n（二）聚焦产业发展\n\n正文。')[1]).toEqual({
      type: 'heading',
      text: '（二）聚焦产业发展',
    });
    expect(layout('正文。\n\n强化组织，推动发展\n\n正文。')[1]?.type).toBe('paragraph');
  });

  it('does not take a line for a heading when the next line continues it', () => {
    expect(layout('正文。\n\n共话乡村振兴\n\n”他说。').map((block) => block.type)).toEqual(['paragraph', 'paragraph']);
  });

  it('does not take a line that ends a sentence, or leaves a clause open, for a heading', () => {
    expect(layout('结束了。\n\n子。\n\n又一段。').every((block) => block.type === 'paragraph')).toBe(true);
    expect(layout('结束了。\n\n总的来说，\n\n又一段。').every((block) => block.type === 'paragraph')).toBe(true);
  });

  it('takes a heading followed directly by a caption', () => {
    const blocks = layout('结束了。\n\n督导问效 “把脉开方”实现好质效\n①①县委书记调研。。\n');
    expect(blocks.at(-1)).toEqual({ type: 'heading', text: '督导问效“把脉开方”实现好质效' });
  });
});
