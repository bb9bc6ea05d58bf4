/** The chart and open-data numbers of both sample townships match the facts file the sample was written from. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { metricsFigures } from '../../../src/lib/charts/metrics';
import { targetsFigure } from '../../../src/lib/charts/targets';
import type { ChartFigure } from '../../../src/lib/charts/types';
import type { ContentSet } from '../../../src/validate/content-set';
import { metricsRows } from '../../../src/lib/open-data/tables';
import { checkContent } from '../../../src/validate';
import { ROOT } from '../../support/build-site';

type Counts = { five_star?: number; four_star?: number; three_star?: number; three_star_or_above_share?: number };
interface FactsTownship {
  name: string;
  targets_2023: Counts;
  achieved_2022?: Counts;
  safety?: { disputes_by_type: Record<string, number>; disputes_resolved: number; disputes_in_mediation: number };
  party_member_household_links?: { home_visits: string; members_with_handbook: number };
  ecology_this_year?: Record<string, string>;
}
const facts = yaml.load(readFileSync(join(ROOT, '../shared/facts/puyang-2023.yaml'), 'utf8')) as {
  townships: FactsTownship[];
};
const factsOf = (name: string) => facts.townships.find((township) => township.name === name)!;

let content: ContentSet;
beforeAll(async () => {
  const result = await checkContent(ROOT);
  expect(result.errors).toEqual([]);
  content = result.content;
});
const township = (name: string) => content.townships.find((entry) => entry.data.name === name)!;

/** The chart values of a figure by category, one object per dataset label. */
function chartValues(figure: ChartFigure): Record<string, Record<string, number | null>> {
  return Object.fromEntries(
    figure.chart.datasets.map((dataset) => [
      dataset.label,
      Object.fromEntries(figure.chart.categories.map((category, index) => [category, dataset.values[index]!])),
    ]),
  );
}

/** The figure's table as { row header: { column: cell } }. */
function tableCells(figure: ChartFigure): Record<string, Record<string, string>> {
  const [, ...columns] = figure.table.columns;
  return Object.fromEntries(
    figure.table.rows.map((row) => [row.header, Object.fromEntries(columns.map((c, i) => [c, row.cells[i]!]))]),
  );
}

const levels = (counts: Counts) => ({ 五星: counts.five_star ?? null, 四星: counts.four_star ?? null });

describe.each(['文留镇', '庆祖镇'])('目标公示图 of %s', (name) => {
  it('draws and tabulates the 2023 targets (and 2022 achievements) of the facts file', () => {
    const { data } = township(name);
    const fact = factsOf(name);
    const figure = targetsFigure(data.name, data.targets, data.achieved);
    const values = chartValues(figure);
    for (const [label, value] of Object.entries(levels(fact.targets_2023))) {
      expect(values[label]!['2023 年目标']).toBe(value);
      expect(tableCells(figure)['2023 年目标']![label]).toBe(value === null ? '—' : String(value));
    }
    const three = fact.targets_2023.three_star;
    expect(values['三星']?.['2023 年目标'] ?? null).toBe(three ?? null);
    expect(tableCells(figure)['2023 年目标']!['三星']).toBe(three === undefined ? '—' : String(three));
    if (fact.achieved_2022) {
      for (const [label, value] of Object.entries(levels(fact.achieved_2022))) {
        expect(values[label]!['2022 年完成']).toBe(value);
      }
    } else {
      expect(figure.chart.categories).toEqual(['2023 年目标']);
    }
    const share = fact.targets_2023.three_star_or_above_share;
    if (share !== undefined) {
      expect(tableCells(figure)['2023 年目标']!['三星及以上占比']).toBe(`${share * 100}%`);
      expect(figure.note).toContain(`${share * 100}%`);
    } else {
      expect(figure.table.columns).not.toContain('三星及以上占比');
    }
  });
});

describe('metrics charts of 文留镇', () => {
  const figures = () => content.metrics.flatMap((entry) => metricsFigures('文留镇', entry.data));
  const byId = (id: string) => figures().find((figure) => figure.id === `metrics-2023-${id}`)!;

  it('draws disputes by type, resolved and in mediation as reported', () => {
    const fact = factsOf('文留镇').safety!;
    expect(chartValues(byId('disputes-by-type'))['矛盾纠纷类型']).toEqual(fact.disputes_by_type);
    const status = chartValues(byId('disputes-status'))['矛盾纠纷化解情况']!;
    expect([status['已化解'], status['正在调解']]).toEqual([fact.disputes_resolved, fact.disputes_in_mediation]);
  });

  it('keeps "6000+" home visits as ≥ 6,000, never a bare 6000', () => {
    expect(factsOf('文留镇').party_member_household_links!.home_visits).toBe('6000+');
    const figure = byId('household-links');
    const index = figure.chart.categories.indexOf('入户走访（次）');
    expect(figure.chart.datasets[0]!.values[index]).toBe(6000);
    expect(figure.chart.datasets[0]!.display[index]).toBe('≥ 6,000');
    expect(tableCells(figure)['入户走访（次）']!['数值']).toBe('≥ 6,000');
    expect(figure.note).toContain('“≥”');
    const rows = metricsRows({ id: 'wenliu', name: '文留镇' }, [
      content.metrics.find((m) => m.id === 'wenliu-2023')!.data,
    ]);
    expect(rows.find((row) => row.label === '入户走访（次）')).toMatchObject({ value: 6000, more: true });
  });

  it('draws the ecology works on a log axis, every figure a "more than" one', () => {
    const figure = byId('ecology-works');
    const fact = factsOf('文留镇').ecology_this_year!;
    expect(figure.chart.scale).toBe('log');
    expect(figure.chart.datasets[0]!.values).toEqual(Object.values(fact).map((text) => Number.parseInt(text, 10)));
    expect(figure.chart.datasets[0]!.display.every((text) => text.startsWith('≥ '))).toBe(true);
  });
});
