/** Ranking of the name directory: exact, prefix, substring, gapped and one-off matches; kinds; namesakes. */
import { describe, expect, it } from 'vitest';
import { buildDirectory } from '../../../src/lib/search/names/directory';
import { matchForm, MATCH, namesAnswer, rankNames } from '../../../src/lib/search/names/rank';
import { COUNTY } from './fixtures';

const directory = buildDirectory(COUNTY);
/** `name · place` of the first results. */
const top = (query: string, count = 3) =>
  rankNames(directory, query)
    .slice(0, count)
    .map(({ entry }) => (entry.place ? `${entry.name} · ${entry.place}` : entry.name));

describe('matchForm', () => {
  it('grades exact, prefix, substring, gapped and one-off matches', () => {
    expect(matchForm('胡家庄', '胡家庄', true)?.[0]).toBe(MATCH.exact);
    expect(matchForm('胡家', '胡家庄村', true)?.[0]).toBe(MATCH.prefix);
    expect(matchForm('辛庄', '西辛庄村', true)?.[0]).toBe(MATCH.substring);
    expect(matchForm('胡家村', '胡家庄村', true)).toEqual([MATCH.subsequence, 1]);
    expect(matchForm('胡家装村', '胡家庄村', true)?.[0]).toBe(MATCH.oneOff);
    expect(matchForm('胡家村', '胡家庄村', false)).toBeUndefined();
    expect(matchForm('张村', '胡家庄村', true)).toBeUndefined();
  });
});

describe('rankNames', () => {
  it('puts the village first for each form of its name', () => {
    for (const query of ['胡家庄村', '胡家庄', '文留胡家庄', '文留镇胡家庄村', '文留镇胡家庄', '胡家庄村委会']) {
      expect(top(query, 1), query).toEqual(['胡家庄村 · 文留镇']);
    }
    for (const query of ['hujiazhuang', 'HuJiaZhuang', "hu'jia'zhuang"]) {
      expect(top(query, 1), query).toEqual(['胡家庄村 · 文留镇']);
    }
    // Initials are shared (胡家寨村 is hjz too): both come first, in pinyin order.
    for (const query of ['hjz', 'ｈｊｚ'])
      expect(top(query, 2), query).toEqual(['胡家寨村 · 文留镇', '胡家庄村 · 文留镇']);
  });

  it('finds part of a name, a forgotten character and a wrong one', () => {
    expect(top('辛庄', 2)).toEqual(['辛庄村 · 子岸镇', '西辛庄村 · 文留镇']);
    // One character short or wrong: 胡家寨村 fits as well as 胡家庄村, so both are offered.
    expect(top('胡家村', 2)).toEqual(['胡家寨村 · 文留镇', '胡家庄村 · 文留镇']);
    expect(top('胡家装村', 2)).toEqual(['胡家寨村 · 文留镇', '胡家庄村 · 文留镇']);
    expect(top('西辛村', 1)).toEqual(['西辛庄村 · 文留镇']);
  });

  it('lists every village of a shared name together, each with its township', () => {
    expect(top('张寨', 3)).toEqual(['张寨村 · 梁庄镇', '张寨村 · 文留镇', '张寨村 · 子岸镇']);
    expect(top('子岸张寨', 1)).toEqual(['张寨村 · 子岸镇']);
    // A limit never cuts a group of namesakes.
    expect(rankNames(directory, '张寨', 1)).toHaveLength(3);
  });

  it('breaks ties by kind: village, township, person, industry, honor', () => {
    const kinds = rankNames(directory, '文留').map(({ entry }) => entry.kind);
    expect(kinds[0]).toBe('township');
    const honors = rankNames(directory, '全国文明村').map(({ entry }) => `${entry.kind}:${entry.place}`);
    expect(honors).toEqual(['honor:胡家庄村 · 文留镇', 'honor:西辛庄村 · 文留镇']);
  });

  it('finds secretaries, products, people honored and roster-only townships', () => {
    expect(top('胡庆民', 1)).toEqual(['胡庆民 · 胡家庄村 · 文留镇']);
    expect(top('hqm', 1)).toEqual(['胡庆民 · 胡家庄村 · 文留镇']);
    expect(top('sigua', 1)).toEqual(['丝瓜 · 文留镇']);
    expect(top('李红', 1)).toEqual(['李红 · 优秀党务工作者']);
    expect(top('梁庄', 1)).toEqual(['梁庄镇']);
  });

  it('reads polyphones either way', () => {
    expect(top('shanjiazhuang', 1)).toEqual(['单家庄村 · 文留镇']);
    expect(top('danjiazhuang', 1)).toEqual(['单家庄村 · 文留镇']);
  });

  it('gives nothing for an empty query or a stranger', () => {
    expect(rankNames(directory, '  ')).toEqual([]);
    expect(rankNames(directory, '北京')).toEqual([]);
  });
});

describe('namesAnswer', () => {
  const answers = (query: string) => namesAnswer(query, rankNames(directory, query));

  it('holds for a village or township named exactly, in any of its forms', () => {
    for (const query of ['胡家庄村', '胡家庄', '文留镇', 'hujiazhuang', '胡家庄村委会']) {
      expect(answers(query), query).toBe(true);
    }
  });

  it('holds for pinyin that found names, which the Chinese full text cannot match', () => {
    expect(answers('hujia')).toBe(true);
    expect(answers('hjz')).toBe(true);
  });

  it('does not hold for part of a Chinese name, a typo, other words, or pinyin that found nothing', () => {
    for (const query of ['胡家', '胡家装村', '丝瓜', '李红', '文明幸福星', '合作社分红', 'xyzxyz', '2023']) {
      expect(answers(query), query).toBe(false);
    }
  });
});
