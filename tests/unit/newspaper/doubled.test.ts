import { describe, expect, it } from 'vitest';
import { collapseDoubledGlyphs } from '../../../scripts/import/newspaper/doubled';

const collapse = (line: string) => collapseDoubledGlyphs(line).text;

describe('collapseDoubledGlyphs: punctuation and circled numbers (rule 1)', () => {
  it('collapses doubled quotes, stops and circled numbers wherever they are', () => {
    expect(collapse('①①县委书记到文留镇调研““五星””支部创建工作。。')).toBe(
      '①县委书记到文留镇调研“五星”支部创建工作。',
    );
    expect(collapse('好不好？？ 满意！！ 《《报道》》、、（（注））')).toBe('好不好？ 满意！ 《报道》、（注）');
    expect(collapse('‘‘两委’’')).toBe('‘两委’');
  });

  it('counts the glyphs it removed', () => {
    expect(collapseDoubledGlyphs('②②““五星””支部创建观摩学习。。').removed).toBe(4);
    expect(collapseDoubledGlyphs('没有重复。').removed).toBe(0);
  });

  it('collapses a longer run of one mark to one', () => {
    expect(collapse('完了。。。')).toBe('完了。');
  });

  it('keeps the two-glyph ellipsis and dash, and halves their doubled form', () => {
    expect(collapse('他说……好——走')).toBe('他说……好——走');
    expect(collapse('他说…………好————走')).toBe('他说……好——走');
  });

  it('leaves two different marks side by side alone', () => {
    expect(collapse('“主题党日”“三会一课”')).toBe('“主题党日”“三会一课”');
    expect(collapse('“‘五星’支部”')).toBe('“‘五星’支部”');
  });

  it('does not touch full-width digits or 〇, which are not punctuation', () => {
    expect(collapse('二〇〇二年１１月')).toBe('二〇〇二年１１月');
  });
});

describe('collapseDoubledGlyphs: doubled Han runs (rule 2)', () => {
  it('keeps reduplicated words of ordinary prose', () => {
    for (const text of ['常常', '天天', '人人', '一一对应', '谢谢', '明明白白', '干干净净、整整齐齐', '他常常天天来']) {
      expect(collapse(text)).toBe(text);
    }
  });

  it('collapses a bold heading where every glyph is doubled', () => {
    expect(collapse('党党建建引引领领')).toBe('党建引领');
    expect(collapse('党党建建引引领领  凝凝聚聚合合力力')).toBe('党建引领  凝聚合力');
    expect(collapse('靶靶向向发发力力 ““五五星星””创创建建')).toBe('靶向发力 “五星”创建');
  });

  it('collapses a whole line of three doubled pairs, but not three pairs inside a longer line', () => {
    expect(collapse('创创星星路路')).toBe('创星路');
    expect(collapse('我们创创星星路路走得好')).toBe('我们创创星星路路走得好');
  });

  it('collapses a doubled lead-in of four pairs or more inside a line', () => {
    expect(collapse('书书记记带带头头把把方方向向。。“五星”支部创建')).toBe('书记带头把方向。“五星”支部创建');
  });

  it('collapses doubled digits inside a bold run', () => {
    expect(collapse('22002233年年')).toBe('2023年');
    expect(collapse('共2000余亩')).toBe('共2000余亩');
  });
});
