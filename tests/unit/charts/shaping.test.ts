/** Chart shapers: ranking, star grid, county counts, heights and the JSON handed to the client. */
import { describe, expect, it } from 'vitest';
import { countyDistributionFigure, countyTrendFigure } from '../../../src/lib/charts/county';
import { chartHeight, scriptJson } from '../../../src/lib/charts/figure';
import { metricsFigures, mixesUnits } from '../../../src/lib/charts/metrics';
import { competitionRanks, rankingFigure, starGrid } from '../../../src/lib/charts/ranking';
import { targetsFigure } from '../../../src/lib/charts/targets';
import type { StarName } from '../../../src/schema/glossary';

const village = (id: string, name: string, township: string, ...records: [number, StarName[], StarName[]?][]) => ({
  id,
  name,
  township,
  sample: true,
  stars: records.map(([year, held, targeted = []]) => ({ year, level: held.length, held, targeted })),
});

const villages = [
  village('a/zhang', '张庄村', 'a', [2022, ['支部过硬星']], [2023, ['支部过硬星', '产业兴旺星'], ['文明幸福星']]),
  village('a/an', '安庄村', 'a', [2023, ['支部过硬星', '产业兴旺星']]),
  village('a/li', '李庄村', 'a', [2022, ['支部过硬星', '产业兴旺星', '生态宜居星']], [2023, ['支部过硬星']]),
  village('b/ma', '马庄村', 'b', [2023, ['支部过硬星', '产业兴旺星', '生态宜居星', '平安法治星', '文明幸福星']]),
];

describe('榜单图 and 摘星图', () => {
  it('ranks villages by level, ties share a place and sort in pinyin order', () => {
    const figure = rankingFigure('甲镇', 30, villages.slice(0, 3), 2023);
    expect(figure.chart.categories).toEqual(['安庄村', '张庄村', '李庄村']);
    expect(figure.chart.datasets[0]).toMatchObject({ values: [2, 2, 1], style: [2, 2, 1] });
    expect(figure.table.rows.map((row) => row.cells)).toEqual([
      ['1', '二星支部'],
      ['1', '二星支部'],
      ['3', '一星支部'],
    ]);
    expect(figure.table.rows[0]!.path).toBe('/villages/a/an/');
    expect(figure.note).toBe('本站收录 3 个村（全镇共 30 个行政村）。各村星级为示例数据。');
    expect(figure.chart.max).toBe(5);
    expect(competitionRanks([5, 4, 4, 4, 1])).toEqual([1, 2, 2, 2, 5]);
  });

  it('marks each of the five stars held, targeted or not held', () => {
    const [first] = starGrid([villages[0]!], 2023);
    expect(first!.level).toBe(2);
    expect(first!.stars.map((star) => star.state)).toEqual(['held', 'held', 'none', 'none', 'targeted']);
    expect(starGrid([villages[1]!], 2022)[0]!.stars.every((star) => star.state === 'none')).toBe(true);
  });
});

describe('目标公示图', () => {
  it('puts years oldest first, a target before its achievement, gaps where nothing was reported', () => {
    const figure = targetsFigure(
      '甲镇',
      [{ year: 2023, fiveStar: 4 }],
      [
        { year: 2023, fourStar: 1 },
        { year: 2022, fiveStar: 2 },
      ],
    );
    expect(figure.chart.categories).toEqual(['2022 年完成', '2023 年目标', '2023 年完成']);
    expect(figure.chart.datasets.map((dataset) => [dataset.label, dataset.values])).toEqual([
      ['五星', [2, 4, null]],
      ['四星', [null, null, 1]],
    ]);
    expect(figure.table.columns).toEqual(['年度', '五星', '四星', '三星']);
    expect(figure.table.rows[0]!.cells).toEqual(['2', '—', '—']);
  });
});

describe('county charts', () => {
  const townships = [
    { id: 'a', name: '甲镇' },
    { id: 'b', name: '乙镇' },
  ];
  it('counts villages per level and township, leaving out levels nobody holds', () => {
    const figure = countyDistributionFigure(townships, villages, 2023);
    expect(figure.chart.stacked).toBe(true);
    expect(figure.table.columns).toEqual(['乡镇', '五星', '二星', '一星']);
    expect(figure.table.rows).toEqual([
      { header: '甲镇', path: '/townships/a/', cells: ['0', '2', '1'] },
      { header: '乙镇', path: '/townships/b/', cells: ['1', '0', '0'] },
    ]);
    expect(figure.table.footer).toEqual({ header: '合计', cells: ['1', '2', '1'] });
  });
  it('counts only villages with a record in each year', () => {
    const figure = countyTrendFigure(villages);
    expect(figure.chart.categories).toEqual(['2022 年', '2023 年']);
    const total = (index: number) => figure.chart.datasets.reduce((sum, dataset) => sum + dataset.values[index]!, 0);
    expect([total(0), total(1)]).toEqual([2, 4]);
  });
});

describe('metrics charts', () => {
  const metrics = {
    year: 2023,
    sample: false,
    series: [
      {
        id: 'mixed',
        name: '混合',
        unit: '人/次',
        items: [
          { label: '人（人）', value: { value: 10, more: false } },
          { label: '次（次）', value: { value: 6000, more: true } },
        ],
      },
      { id: 'plain', name: '纠纷', unit: '起', items: [{ label: '邻里', value: { value: 145, more: false } }] },
    ],
  };
  it('puts mixed units on a log axis and a single unit on a linear one, with its unit in the labels', () => {
    const [mixed, plain] = metricsFigures('甲镇', metrics);
    expect(mixesUnits('次/份/人')).toBe(true);
    expect(mixed!.chart.scale).toBe('log');
    expect(mixed!.table.columns).toEqual(['项目', '数值']);
    expect(mixed!.chart.datasets[0]!.display).toEqual(['10', '≥ 6,000']);
    expect(plain!.chart.scale).toBe('linear');
    expect(plain!.table.columns).toEqual(['项目', '数值（起）']);
    expect(plain!.chart.datasets[0]!.display).toEqual(['145起']);
    expect(plain!.note).not.toContain('≥');
  });
});

describe('figure helpers', () => {
  it('gives grouped bars more height than stacked ones, never below the minimum', () => {
    const spec = { categories: ['a', 'b', 'c', 'd'], datasets: [{}, {}, {}] as never[], legend: true };
    expect(chartHeight({ ...spec, stacked: false })).toBeGreaterThan(chartHeight({ ...spec, stacked: true }));
    expect(chartHeight({ categories: [], datasets: [], stacked: true, legend: false })).toBe(120);
    const short = {
      categories: ['甲', '乙', '丙', '丁', '戊'],
      datasets: [{}] as never[],
      legend: false,
      stacked: false,
    };
    const long = { ...short, categories: short.categories.map((label) => `${label}一二三四五六七（人次）`) };
    expect(chartHeight(long)).toBeGreaterThan(chartHeight(short));
  });
  it('writes JSON no label can break out of', () => {
    const json = scriptJson({ label: '</script><script>alert(1)</script>' });
    expect(json).not.toContain('<');
    expect(JSON.parse(json)).toEqual({ label: '</script><script>alert(1)</script>' });
  });
});
