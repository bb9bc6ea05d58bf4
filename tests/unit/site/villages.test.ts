import { describe, expect, it } from 'vitest';
import {
  featuredVillages,
  rankVillages,
  tierNeighbours,
  villagesByTier,
  villagesByTownship,
} from '../../../src/lib/villages';
import { first, village } from './fixtures';

const all = [
  village('qingzu/changzhai', '常寨村', { 2023: first(5) }, { tier: '领航村' }),
  village('qingzu/xixinzhuang', '西辛庄村', { 2023: first(5) }, { tier: '领航村' }),
  village('qingzu/qingnan', '庆南村', { 2023: first(4) }, { tier: '领航村' }),
  village('qingzu/zhangjia', '张贾村', { 2023: first(4) }, { tier: '冲刺村' }),
  village('wenliu/hujiazhuang', '胡家庄村', { 2023: first(4) }),
  village('wenliu/liuzhuang', '刘庄村', { 2023: first(3) }),
];

describe('villages', () => {
  it('ranks by level, ties in pinyin order', () => {
    expect(rankVillages(all, 2023).map((v) => v.data.name)).toEqual([
      '常寨村',
      '西辛庄村',
      '胡家庄村',
      '庆南村',
      '张贾村',
      '刘庄村',
    ]);
  });

  it('finds neighbours in the same tier and township, never the village itself', () => {
    expect(tierNeighbours(all, all[2]!, 2023).map((v) => v.data.name)).toEqual(['常寨村', '西辛庄村']);
    expect(tierNeighbours(all, all[3]!, 2023)).toEqual([]);
    expect(tierNeighbours(all, all[4]!, 2023)).toEqual([]);
  });

  it('features the best villages of each township in turn', () => {
    expect(featuredVillages(all, 2023, 4).map((v) => v.data.name)).toEqual([
      '常寨村',
      '胡家庄村',
      '西辛庄村',
      '刘庄村',
    ]);
    expect(featuredVillages(all, 2023, 10)).toHaveLength(all.length);
  });

  it('lists tiers in glossary order with the reported count and the villages of each', () => {
    const rows = villagesByTier({ 强基村: 1, 领航村: 4 }, all, 2023);
    expect(rows.map((row) => [row.tier, row.reported, row.villages.map((v) => v.data.name)])).toEqual([
      ['领航村', 4, ['常寨村', '西辛庄村', '庆南村']],
      ['冲刺村', undefined, ['张贾村']],
      ['强基村', 1, []],
    ]);
  });

  it('groups villages by township in the order given, leaving out townships without any', () => {
    const townships = [{ id: 'wenliu' }, { id: 'liangmen' }, { id: 'qingzu' }];
    const groups = villagesByTownship(all.slice(2, 5), townships);
    expect(groups.map((g) => [g.township.id, g.villages.map((v) => v.data.name)])).toEqual([
      ['wenliu', ['胡家庄村']],
      ['qingzu', ['庆南村', '张贾村']],
    ]);
  });
});
