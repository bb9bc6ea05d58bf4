import { describe, expect, it } from 'vitest';
import { bulletinEntry, industryEntry, starEntry, townshipEntry, villageEntry } from '../../src/lib/search/entries';

const record = (year: number, level: number) => ({ year, level, held: [], targeted: [] });

describe('search entries', () => {
  it('files a village under its township, this year’s level and its record years', () => {
    const entry = villageEntry(
      { name: '胡家庄村', secretary: '胡庆民', stars: [record(2023, 4), record(2022, 3)] },
      '文留镇',
      2023,
    );
    expect(entry).toMatchObject({
      kind: 'village',
      title: '胡家庄村',
      townships: ['文留镇'],
      level: '四星支部',
      years: [2022, 2023],
    });
    expect(entry.terms).toEqual(expect.arrayContaining(['胡家庄', '胡庆民', 'hujiazhuang', 'hjz', 'huqingmin']));
  });

  it('leaves the level out when the village has no record this year', () => {
    expect(villageEntry({ name: '太平', stars: [record(2022, 2)] }, '庆祖镇', 2023).level).toBeUndefined();
  });

  it('files a township with its secretary and the years of its targets', () => {
    const entry = townshipEntry({
      name: '庆祖镇',
      secretary: '杨龙',
      targets: [{ year: 2023 }],
      achieved: [{ year: 2022 }, { year: 2023 }],
    });
    expect(entry).toMatchObject({ kind: 'township', townships: ['庆祖镇'], years: [2022, 2023] });
    expect(entry.terms).toEqual(expect.arrayContaining(['庆祖', 'qingzu', 'yanglong']));
  });

  it('files a bulletin under the year it was published', () => {
    const entry = bulletinEntry({ title: '庆祖镇：书记领航', date: new Date('2023-06-15') }, [
      { data: { name: '庆祖镇' } },
    ]);
    expect(entry).toEqual({
      kind: 'bulletin',
      title: '庆祖镇：书记领航',
      townships: ['庆祖镇'],
      years: [2023],
      terms: [],
    });
  });

  it('gives industries and stars their pinyin', () => {
    expect(industryEntry({ name: '冬枣' }, [{ data: { name: '庆祖镇' } }]).terms).toEqual(
      expect.arrayContaining(['dongzao', 'dz']),
    );
    expect(starEntry({ name: '支部过硬星' })).toMatchObject({ kind: 'star', townships: [] });
  });
});
