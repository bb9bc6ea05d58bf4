import { describe, expect, it } from 'vitest';
import { countyGlance } from '../../../src/lib/county';
import { itemText, metricsRows } from '../../../src/lib/metrics-summary';
import { first, village } from './fixtures';

describe('county at a glance', () => {
  it('counts recorded villages per level and pairs the year’s target with the latest achievement', () => {
    const townships = [
      {
        id: 'qingzu',
        data: {
          name: '庆祖镇',
          villageCount: 54,
          targets: [{ year: 2023, fiveStar: 4 }],
          achieved: [
            { year: 2021, fiveStar: 1 },
            { year: 2022, fiveStar: 2 },
            { year: 2024, fiveStar: 9 },
          ],
        },
      },
      { id: 'wenliu', data: { name: '文留镇', villageCount: 62, targets: [], achieved: [] } },
    ];
    const villages = [
      village('qingzu/a', '甲村', { 2023: first(5) }),
      village('qingzu/b', '乙村', { 2022: first(2) }),
      village('wenliu/c', '丙村', { 2023: first(3) }),
    ];
    const glance = countyGlance(townships, villages, 2023);
    expect(glance.rows.map((row) => row.levels)).toEqual([
      [1, 0, 0, 0, 0, 1],
      [0, 0, 0, 1, 0, 0],
    ]);
    expect(glance.recorded).toBe(3);
    expect(glance.villageCount).toBe(116);
    expect(glance.rows[0]!.target).toEqual({ year: 2023, fiveStar: 4 });
    expect(glance.rows[0]!.achieved).toEqual({ year: 2022, fiveStar: 2 });
    expect(glance.rows[1]!.achieved).toBeUndefined();
  });
});

describe('metrics summary', () => {
  it('moves an item’s own unit behind its value and keeps "more than" figures', () => {
    expect(itemText({ label: '入户走访（次）', value: { value: 6000, more: true } }, '次/份/人')).toBe(
      '入户走访 ≥ 6,000 次',
    );
    expect(itemText({ label: '已化解', value: { value: 216, more: false } }, '起')).toBe('已化解 216 起');
  });

  it('makes one row per series, newest year first', () => {
    const series = (id: string) => ({
      id,
      name: id,
      unit: '起',
      items: [{ label: '甲', value: { value: 1, more: false } }],
    });
    const rows = metricsRows([
      { data: { year: 2022, sample: false, series: [series('old')] } },
      { data: { year: 2023, sample: false, series: [series('a'), series('b')] } },
    ]);
    expect(rows.map((row) => `${row.year}${row.id}`)).toEqual(['2023a', '2023b', '2022old']);
    expect(rows[0]!.values).toEqual(['甲 1 起']);
  });
});
