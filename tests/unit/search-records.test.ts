import { describe, expect, it } from 'vitest';
import { villageEntry } from '../../src/lib/search/entries';
import { honorRecords, searchFilters, searchMetadata } from '../../src/lib/search/records';

const townships = [
  { id: 'qingzu', data: { name: '庆祖镇' } },
  { id: 'wenliu', data: { name: '文留镇' } },
];
const villages = [
  { id: 'qingzu/changzhai', data: { name: '常寨村', township: 'qingzu' } },
  { id: 'wenliu/qizhuang', data: { name: '齐庄村', township: 'wenliu' } },
];
const honor = (title: string, level: '国家级' | '省级', recipient: object, year?: number) => ({
  data: { title, level, recipient, ...(year ? { year } : {}) },
});

describe('search filters and metadata', () => {
  const entry = villageEntry(
    { name: '胡家庄村', stars: [{ year: 2023, level: 4, held: [], targeted: [] }] },
    '文留镇',
    2023,
  );

  it('names the filters in Chinese and leaves empty ones out', () => {
    expect(searchFilters(entry)).toEqual({ 类型: ['村'], 乡镇: ['文留镇'], 星级: ['四星支部'], 年度: ['2023'] });
    expect(searchFilters({ ...entry, level: undefined, years: [] })).toEqual({ 类型: ['村'], 乡镇: ['文留镇'] });
  });

  it('gives the title, the kind label, the place and the terms as one line', () => {
    expect(searchMetadata(entry)).toMatchObject({ title: '胡家庄村', kind: '村', place: '文留镇' });
    expect(searchMetadata(entry)['terms']).toMatch(/^胡家庄村 胡家庄 .*hujiazhuang/);
  });
});

describe('honorRecords', () => {
  const honors = [
    honor('河南省民主法治建设示范村', '省级', { village: 'qingzu/changzhai' }),
    honor('全国文明村', '国家级', { village: 'qingzu/changzhai' }, 2020),
    honor('河南省先进基层党组织', '省级', { township: 'qingzu' }),
    honor('优秀党务工作者', '省级', { person: '某某' }),
  ];
  const records = honorRecords(honors, villages, townships, '/zhuanti/wuxing/');

  it('makes one record per recipient, linking to its honors under the base path', () => {
    expect(records.map((record) => record.url)).toEqual([
      '/zhuanti/wuxing/villages/qingzu/changzhai/#honors',
      '/zhuanti/wuxing/townships/qingzu/#honors',
    ]);
  });

  it('titles a record with the honors, highest first, and places it at the recipient', () => {
    expect(records[0]).toMatchObject({
      language: 'zh-cn',
      meta: { title: '全国文明村、河南省民主法治建设示范村', kind: '荣誉', place: '常寨村 · 庆祖镇' },
      filters: { 类型: ['荣誉'], 乡镇: ['庆祖镇'], 年度: ['2020'] },
    });
    expect(records[1]!.meta).toMatchObject({ title: '河南省先进基层党组织', place: '庆祖镇' });
  });

  it('indexes the recipient’s name and the honor’s level, but not the recipient’s pinyin', () => {
    expect(records[0]!.content).toContain('常寨村');
    expect(records[0]!.content).toContain('国家级');
    expect(records[0]!.meta['terms']).toBeUndefined();
  });
});
