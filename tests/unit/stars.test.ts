import { describe, expect, it } from 'vitest';
import { levelDistribution, levelName, starHistory, starStates } from '../../src/lib/stars';
import { rankVillages } from '../../src/lib/villages';

const village = (name: string, ...records: [number, string[]][]) => ({
  name,
  stars: records.map(([year, held]) => ({ year, level: held.length, held, targeted: [] })) as never,
});

describe('stars', () => {
  it('tells which star was gained and lost when', () => {
    const v = village('胡家庄村', [2023, ['支部过硬星', '生态宜居星']], [2022, ['支部过硬星', '产业兴旺星']]);
    expect(starHistory(v)).toEqual([
      { year: 2022, level: 2, gained: ['支部过硬星', '产业兴旺星'], lost: [] },
      { year: 2023, level: 2, gained: ['生态宜居星'], lost: ['产业兴旺星'] },
    ]);
  });

  it('ranks by level, ties in pinyin order', () => {
    const list = [
      village('张贾村', [2023, ['支部过硬星']]),
      village('常寨村', [2023, ['支部过硬星']]),
      village('庆南村', [2023, ['支部过硬星', '产业兴旺星']]),
      village('安庄村'),
    ];
    const entries = list.map((data) => ({ id: data.name, data: { ...data, township: 'qingzu' } }));
    expect(rankVillages(entries, 2023).map((v) => v.data.name)).toEqual(['庆南村', '常寨村', '张贾村', '安庄村']);
  });

  it('counts levels and names them', () => {
    const list = [village('甲', [2023, ['支部过硬星']]), village('乙')];
    expect(levelDistribution(list, 2023)).toEqual([1, 1, 0, 0, 0, 0]);
    expect(levelName(5)).toBe('五星支部');
    expect(levelName(0)).toBe('未评星');
  });

  it('marks held and targeted stars', () => {
    const states = starStates({ year: 2023, level: 1, held: ['支部过硬星'], targeted: ['文明幸福星'] });
    expect(states.map((s) => s.state)).toEqual(['held', 'none', 'none', 'none', 'targeted']);
  });
});
