/** The village directory: roster and profiles merged per township; rated-first order; counts; how figures read. */
import { describe, expect, it } from 'vitest';
import { rankingFigure, starGrid } from '../../../src/lib/charts/ranking';
import { mergeDirectory, rankRatedFirst, ratedCount, splitByProfile } from '../../../src/lib/directory';
import { formatReported } from '../../../src/lib/format';

const record = (year: number, level: number) => ({ year, level, held: [], targeted: [] });
const profile = (id: string, name: string, stars = [record(2023, 2)]) => ({
  id,
  data: { name, township: id.split('/')[0]!, tier: undefined, stars, sample: false },
});
const line = (code: string, name: string, slug: string) => ({ code, officialName: `${name}委会`, name, slug });
const roster = {
  id: 'wenliu',
  data: {
    villages: [
      line('410928102201', '胡家庄村', 'hujiazhuang'),
      line('410928102202', '董庄村', 'dongzhuang'),
      line('410928102203', '张榆林头村', 'zhangyulintoucun'),
    ],
  },
};

describe('mergeDirectory', () => {
  const profiles = [
    profile('wenliu/hujiazhuang', '胡家庄村'),
    // Matched by name when the file name differs from the roster's slug.
    profile('wenliu/zhangyulintou', '张榆林头村'),
    // A township without a roster keeps its profiles, without a code.
    profile('qingzu/changzhai', '长寨村'),
  ];
  const directory = mergeDirectory([roster], profiles);

  it('lists every unit of the roster in its order, each with its profile when one exists', () => {
    const units = directory.get('wenliu')!;
    expect(units.map((unit) => [unit.id, unit.roster?.code, unit.profile?.id])).toEqual([
      ['wenliu/hujiazhuang', '410928102201', 'wenliu/hujiazhuang'],
      ['wenliu/dongzhuang', '410928102202', undefined],
      ['wenliu/zhangyulintou', '410928102203', 'wenliu/zhangyulintou'],
    ]);
    expect(units[1]!.data).toEqual({ name: '董庄村', township: 'wenliu', tier: undefined, stars: [], sample: false });
    expect(units[1]!.roster!.officialName).toBe('董庄村委会');
  });

  it('keeps profiles of townships without a roster', () => {
    expect(directory.get('qingzu')!.map((unit) => [unit.id, unit.roster, unit.profile?.id])).toEqual([
      ['qingzu/changzhai', undefined, 'qingzu/changzhai'],
    ]);
  });

  it('splits a township into profiles and the other units in pinyin order', () => {
    const { profiles: own, others } = splitByProfile(directory.get('wenliu')!);
    expect(own.map((entry) => entry.id)).toEqual(['wenliu/hujiazhuang', 'wenliu/zhangyulintou']);
    expect(others.map((unit) => unit.data.name)).toEqual(['董庄村']);
  });
});

describe('villages without a record', () => {
  const villages = [
    { id: 'a/zhao', name: '赵庄村', sample: false, stars: [] },
    { id: 'a/an', name: '安庄村', sample: false, stars: [] },
    { id: 'a/li', name: '李庄村', sample: false, stars: [record(2023, 0)] },
    { id: 'a/ma', name: '马庄村', sample: false, stars: [record(2023, 3)] },
  ];

  it('come after every rated village (未评星 included), in pinyin order', () => {
    expect(rankRatedFirst(villages, 2023).map((village) => village.name)).toEqual([
      '马庄村',
      '李庄村',
      '安庄村',
      '赵庄村',
    ]);
    expect(ratedCount(villages, 2023)).toBe(2);
  });

  it('are in the 榜单图 without a bar or a place, and in the 摘星图 as unrated', () => {
    const figure = rankingFigure('甲镇', 4, villages, 2023);
    expect(figure.chart.categories).toEqual(['马庄村', '李庄村', '安庄村', '赵庄村']);
    expect(figure.chart.datasets[0]!.values).toEqual([3, 0, null, null]);
    expect(figure.table.rows.map((row) => row.cells)).toEqual([
      ['1', '三星支部'],
      ['2', '未评星'],
      ['—', '未评定'],
      ['—', '未评定'],
    ]);
    expect(figure.note).toBe('全镇 4 个村（社区）中 2 个已公布星级。');
    expect(starGrid(villages, 2023).map((row) => row.rated)).toEqual([true, true, false, false]);
  });
});

describe('formatReported', () => {
  it('writes figures as the reports do', () => {
    expect(formatReported({ value: 6800000, more: true }, '元')).toBe('680 余万元');
    expect(formatReported({ value: 800000, more: false }, '元')).toBe('80 万元');
    expect(formatReported({ value: 12000, more: true }, '份')).toBe('1.2 万余份');
    expect(formatReported({ value: 6000, more: true }, '次')).toBe('6000 余次');
    expect(formatReported({ value: 216, more: false }, '起')).toBe('216 起');
    expect(formatReported({ value: 12345, more: false }, '元')).toBe('12345 元');
  });
});
