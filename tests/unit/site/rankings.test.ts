import { describe, expect, it } from 'vitest';
import { rankingYears, townshipRankings, townshipsMentioning } from '../../../src/lib/rankings';
import { first, village } from './fixtures';

const townships = [
  {
    id: 'qingzu',
    data: { name: '庆祖镇', achieved: [{ year: 2022, fiveStar: 2, fourStar: 8 }], mechanisms: ['定期颁发“红黑旗”'] },
  },
  { id: 'wenliu', data: { name: '文留镇', achieved: [], mechanisms: ['周通报、月评比、季观摩'] } },
];
const villages = [
  village('qingzu/zhangjia', '张贾村', { 2022: first(3), 2023: first(5) }),
  village('qingzu/changzhai', '常寨村', { 2022: first(5), 2023: first(5) }),
  village('qingzu/anzhuang', '安庄村', { 2023: first(4) }),
  village('wenliu/liuzhuang', '刘庄村', { 2022: first(2), 2023: first(3) }),
];

describe('rankings', () => {
  it('lists the years with records, newest first', () => {
    expect(rankingYears(villages)).toEqual([2023, 2022]);
  });

  it('lists five-, four- and three-star villages per township, ties in pinyin order', () => {
    const [qingzu, wenliu] = townshipRankings(townships, villages, 2023);
    const names = (ranking: typeof qingzu) => ranking!.lists.map((list) => list.villages.map((v) => v.data.name));
    expect(names(qingzu)).toEqual([['常寨村', '张贾村'], ['安庄村'], []]);
    expect(names(wenliu)).toEqual([[], [], ['刘庄村']]);
  });

  it('carries the counts a township reported for that year, and nothing for years it did not report', () => {
    const reported = (year: number) => townshipRankings(townships, villages, year)[0]!.lists.map((l) => l.reported);
    expect(reported(2022)).toEqual([2, 8, undefined]);
    expect(reported(2023)).toEqual([undefined, undefined, undefined]);
  });

  it('finds the townships whose mechanisms mention 红黑旗', () => {
    expect(townshipsMentioning(townships, '红黑旗').map((t) => t.id)).toEqual(['qingzu']);
  });
});
