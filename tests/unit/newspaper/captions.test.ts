import { describe, expect, it } from 'vitest';
import { isCaptionStart, isCreditLine, parseCaption } from '../../../scripts/import/newspaper/captions';
import { readArticle } from '../../../scripts/import/newspaper/lines';

describe('caption lines', () => {
  it('recognises circled numbers and caption phrases at the start of a line', () => {
    for (const line of [
      '①县委书记调研',
      ' ② 观摩学习',
      '⑴ 现场会',
      '❸村容村貌',
      '图为党员志愿者',
      '图：现场',
      '上图：新风馆',
      '图2：大棚',
      '（图为村民）',
    ]) {
      expect(isCaptionStart(line), line).toBe(true);
    }
    for (const line of ['图书馆建成投用', '上图书馆看书', '2023年图表', '党建引领']) {
      expect(isCaptionStart(line), line).toBe(false);
    }
  });

  it('recognises credit-only lines', () => {
    for (const line of ['本报记者 张三 摄', '（李四 供图）', '摄影：王五', '通讯员 赵六 钱七 摄', '文留镇 供图']) {
      expect(isCreditLine(line), line).toBe(true);
    }
    expect(isCreditLine('群众满意度明显提升。')).toBe(false);
  });

  it('parses the number, the text and a trailing credit', () => {
    expect(parseCaption('①县委书记周东柯到文留镇调研“五星”支部创建工作。')).toEqual({
      number: 1,
      text: '县委书记周东柯到文留镇调研“五星”支部创建工作。',
    });
    expect(parseCaption('② “五星”支部创建观摩学习。 本报记者 张三 摄')).toEqual({
      number: 2,
      text: '“五星”支部创建观摩学习。',
      credit: '本报记者 张三',
    });
    expect(parseCaption('图为村民在新风馆参观（王五 摄）')).toEqual({ text: '村民在新风馆参观', credit: '王五' });
    expect(parseCaption('图3：丝瓜大棚')).toEqual({ number: 3, text: '丝瓜大棚' });
  });
});

describe('readArticle: captions taken out of the text', () => {
  it('gathers captions anywhere, removes them from the lines and leaves a break', () => {
    const read = readArticle(
      '第一段的文字，\n①①县委书记调研““五星””工作。。\n接着写完。\n\n②② 观摩学习\n本报记者 张三 摄\n',
    );
    expect(read.captions).toEqual([
      { number: 1, text: '县委书记调研“五星”工作。', credit: '本报记者 张三' },
      { number: 2, text: '观摩学习', credit: '本报记者 张三' },
    ]);
    expect(read.items.filter((item) => item !== null).map((item) => item.text)).toEqual([
      '第一段的文字，',
      '接着写完。',
    ]);
    expect(read.doubledGlyphs).toBe(5);
  });

  it('does not take a numbered list of the body for captions', () => {
    const read = readArticle('主要做法有三条：\n①建强班子；\n②发展产业；\n③改善环境。\n');
    expect(read.captions).toEqual([]);
    expect(readArticle('做法有三条。\n①建强班子；②发展产业；\n③改善环境。\n').captions).toEqual([]);
  });

  it('continues a caption onto the next line only when it stops mid-clause', () => {
    const read = readArticle('①县委书记周东柯到文留镇调研，\n指导“五星”支部创建工作。\n正文从这里开始。');
    expect(read.captions.map((caption) => caption.text)).toEqual([
      '县委书记周东柯到文留镇调研，指导“五星”支部创建工作。',
    ]);
    expect(read.items.filter((item) => item !== null).map((item) => item.text)).toEqual(['正文从这里开始。']);
  });
});
