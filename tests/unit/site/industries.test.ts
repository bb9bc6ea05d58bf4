import { describe, expect, it } from 'vitest';
import { industriesByCategory, industriesOfTownship, industriesOfVillage } from '../../../src/lib/industries';

const industry = (id: string, name: string, category: string, townships: string[], villages: string[] = []) => ({
  id,
  data: { name, category, townships, villages },
});
const all = [
  industry('sigua', '丝瓜', '种植', ['wenliu'], ['wenliu/qizhuang']),
  industry('yuye', '渔业', '养殖', ['qingzu']),
  industry('dongzao', '冬枣', '种植', ['qingzu'], ['qingzu/zhangjia']),
  industry('kengtang', '坑塘经济', '生态', ['qingzu'], ['wenliu/liuzhuang']),
];

describe('industries', () => {
  it('groups by category, categories and names in pinyin order', () => {
    expect(industriesByCategory(all).map((c) => [c.category, c.id, c.industries.map((i) => i.data.name)])).toEqual([
      ['生态', 'category-shengtai', ['坑塘经济']],
      ['养殖', 'category-yangzhi', ['渔业']],
      ['种植', 'category-zhongzhi', ['冬枣', '丝瓜']],
    ]);
  });

  it('finds a township’s industries, also through its villages', () => {
    expect(industriesOfTownship(all, 'wenliu').map((i) => i.id)).toEqual(['kengtang', 'sigua']);
  });

  it('finds a village’s industries from both sides', () => {
    const village = { id: 'qingzu/zhangjia', data: { industries: ['yuye'] } };
    expect(industriesOfVillage(all, village).map((i) => i.id)).toEqual(['dongzao', 'yuye']);
  });
});
