import { describe, expect, it } from 'vitest';
import { holdersOf, measuresFor, starCounts, strivingFor } from '../../../src/lib/star-pages';
import { first, village } from './fixtures';

const all = [
  village('wenliu/hujiazhuang', '胡家庄村', { 2023: first(4) }, { targeted: ['文明幸福星'] }),
  village('qingzu/changzhai', '常寨村', { 2023: first(5) }),
  village('wenliu/renzhuang', '任庄村', { 2022: first(5), 2023: first(1) }, { targeted: ['产业兴旺星'] }),
];

describe('star pages', () => {
  it('lists the holders of a star in a year, highest level first', () => {
    expect(holdersOf(all, '产业兴旺星', 2023).map((v) => v.data.name)).toEqual(['常寨村', '胡家庄村']);
    expect(holdersOf(all, '文明幸福星', 2022).map((v) => v.data.name)).toEqual(['任庄村']);
    expect(strivingFor(all, '产业兴旺星', 2023).map((v) => v.data.name)).toEqual(['任庄村']);
  });

  it('counts holders and strivers per star', () => {
    expect(starCounts(all, 2023).map((c) => [c.held, c.striving])).toEqual([
      [3, 0],
      [2, 1],
      [2, 0],
      [2, 0],
      [1, 1],
    ]);
  });

  it('gathers the measures townships reported for a star', () => {
    const townships = [
      { id: 'a', data: { name: '甲镇', measures: [{ star: '支部过硬星' as const, text: '学习' }] } },
      { id: 'b', data: { name: '乙镇', measures: [{ star: '文明幸福星' as const, text: '夜校' }] } },
    ];
    expect(measuresFor(townships, '文明幸福星')).toEqual([{ township: townships[1], texts: ['夜校'] }]);
  });
});
