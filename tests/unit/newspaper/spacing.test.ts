import { describe, expect, it } from 'vitest';
import { joinLine, normaliseSpaces } from '../../../scripts/import/newspaper/spacing';

const spaced = (text: string) => normaliseSpaces(text).text;

describe('normaliseSpaces', () => {
  it('removes spaces between Chinese characters and next to Chinese punctuation', () => {
    expect(spaced('服务区初评、 乡镇复评')).toBe('服务区初评、乡镇复评');
    expect(spaced('找到差距 ，营造')).toBe('找到差距，营造');
    expect(spaced('党建引领 凝聚合力')).toBe('党建引领凝聚合力');
    expect(spaced('晒成效 、 谈举措 、\u3000说计划')).toBe('晒成效、谈举措、说计划');
  });

  it('removes spaces inside and around curly quotes in Chinese text', () => {
    expect(spaced('让各村 “红脸出汗 ”、找到差距')).toBe('让各村“红脸出汗”、找到差距');
    expect(spaced('我们村虽与 ‘五星 ’ 还有差距')).toBe('我们村虽与‘五星’还有差距');
    expect(spaced('“好媳妇” “好婆婆” 等')).toBe('“好媳妇”“好婆婆”等');
    expect(spaced('兴。 ”文留镇党委书记说。')).toBe('兴。”文留镇党委书记说。');
  });

  it('keeps spaces around curly quotes in Western text', () => {
    expect(spaced('the  “best” way')).toBe('the “best” way');
  });

  it('puts exactly one space between Han and ASCII digits or letters (house style)', () => {
    expect(spaced('共开展党建观摩活动 2次')).toBe('共开展党建观摩活动 2 次');
    expect(spaced('该镇62个行政村')).toBe('该镇 62 个行政村');
    expect(spaced('推进   AI技术')).toBe('推进 AI 技术');
    expect(spaced('下发资料 1.2万余份')).toBe('下发资料 1.2 万余份');
  });

  it('gives punctuation no space, ASCII punctuation included', () => {
    expect(spaced('占比 75％ ， 达到 75% 的')).toBe('占比 75％，达到 75% 的');
    expect(spaced('“龙头企业 +合作社 +农户 ”模式')).toBe('“龙头企业+合作社+农户”模式');
  });

  it('collapses whitespace between Latin words or numbers to one space', () => {
    expect(spaced('Hello   World 2023  2024')).toBe('Hello World 2023 2024');
  });

  it('counts removed and added spaces', () => {
    expect(normaliseSpaces('活动 2次， 好').removed).toBe(1);
    expect(normaliseSpaces('活动 2次， 好').added).toBe(1);
  });
});

describe('joinLine', () => {
  it('joins Chinese lines directly and Latin words with a space', () => {
    expect(joinLine('由镇党', '委书记')).toBe('由镇党委书记');
    expect(joinLine('考试 6', '次 ，力争')).toBe('考试 6次 ，力争');
    expect(joinLine('the quick', 'fox')).toBe('the quick fox');
    expect(joinLine('iPhone', '15')).toBe('iPhone 15');
    expect(joinLine('带动 1', '200 余户')).toBe('带动 1200 余户');
    expect(joinLine('', '开头')).toBe('开头');
  });
});
