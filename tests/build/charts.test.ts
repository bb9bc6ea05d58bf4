/** Charts and open data in the built sample: figures with matching tables, no chart code elsewhere, data files. */
import { existsSync, globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chartWeight } from '../../scripts/lib/chart-weight';
import { CHART_FIGURE_ATTRIBUTE } from '../../src/lib/charts/marker';
import { OPEN_TABLES } from '../../src/lib/open-data/columns';
import { levelName } from '../../src/lib/stars';
import { builtFigures, figureOf, parseCsv } from '../support/chart-html';
import { TEST_BUILDS } from '../support/build-site';

const dist = TEST_BUILDS.root.outDir;
const page = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
const figuresOf = (path: string) => builtFigures(page(path));
const byTitle = (path: string, title: string) => figuresOf(path).find((figure) => figure.title === title)!;
const rowsByHeader = (rows: string[][]) => Object.fromEntries(rows.map(([header, ...cells]) => [header, cells]));

describe('township charts', () => {
  it.each([
    ['wenliu', '文留镇'],
    ['qingzu', '庆祖镇'],
  ])('%s shows 目标公示图, 榜单图, 摘星图 and its metrics charts', (id, name) => {
    const titles = figuresOf(`townships/${id}`).map((figure) => figure.title);
    expect(titles).toEqual(
      expect.arrayContaining([`${name}目标公示图`, `${name} 2023 年榜单图`, `${name} 2023 年摘星图`]),
    );
    expect(titles.filter((title) => title.startsWith(`${name} 2023 年`)).length).toBeGreaterThan(3);
  });

  it('gives every canvas chart a table with the same numbers as its JSON', () => {
    const charts = ['', 'townships/wenliu', 'townships/qingzu'].flatMap((path) =>
      figuresOf(path).filter((figure) => figure.spec),
    );
    expect(charts.length).toBeGreaterThan(10);
    for (const { spec, rows, columns, html, title } of charts) {
      expect(html, title).toContain(CHART_FIGURE_ATTRIBUTE);
      expect(html, title).toMatch(/<canvas role="img" aria-label="[^"]+"/);
      expect(
        rows.map((row) => row[0]),
        title,
      ).toEqual(spec!.categories);
      for (const dataset of spec!.datasets) {
        // A dataset's column bears its label; a metrics chart has its values in the first data column.
        const labelled = columns.indexOf(dataset.label);
        const column = labelled > 0 ? labelled : spec!.datasets.length === 1 ? 1 : -1;
        expect(column, `${title} / ${dataset.label}`).toBeGreaterThan(0);
        const cells = rows.map((row) => row[column]!);
        expect(cells.map(figureOf), `${title} / ${dataset.label}`).toEqual(dataset.display.map(figureOf));
        dataset.values.forEach((value, index) => {
          const display = dataset.display[index]!;
          // Levels are written in words (四星支部); every other value as its figure.
          if (figureOf(display) === '') expect(cells[index]).toBe(display);
          else expect(figureOf(display).replace('≥', ''), title).toBe(value === null ? '—' : String(value));
        });
      }
    }
  });

  it('shows the reported targets and achievements', () => {
    expect(rowsByHeader(byTitle('townships/wenliu', '文留镇目标公示图').rows)).toEqual({
      '2023 年目标': ['2', '11', '—', '75%'],
    });
    expect(rowsByHeader(byTitle('townships/qingzu', '庆祖镇目标公示图').rows)).toEqual({
      '2022 年完成': ['2', '8', '—'],
      '2023 年目标': ['4', '12', '37'],
    });
  });

  it('keeps "more than" figures as ≥ in tables and chart labels', () => {
    const figure = byTitle('townships/wenliu', '文留镇 2023 年党员联户');
    expect(rowsByHeader(figure.rows)['入户走访（次）']).toEqual(['≥ 6,000']);
    expect(figure.spec!.datasets[0]!.display).toContain('≥ 6,000');
    expect(/>\s*6,?000\s*</.test(figure.html), 'a bare 6000').toBe(false);
  });

  it('ranks villages by level, 未评定 last, and marks every star held in the 摘星图', () => {
    const ranking = byTitle('townships/wenliu', '文留镇 2023 年榜单图');
    const values = ranking.spec!.datasets[0]!.values;
    const levels = values.filter((value): value is number => value !== null);
    // Rated villages first, highest level first; villages without a record after them, without a bar.
    expect(values).toEqual([...levels.sort((a, b) => b - a), ...values.filter((value) => value === null)]);
    expect(ranking.spec!.datasets[0]!.display).toEqual(
      values.map((value) => (value === null ? '未评定' : levelName(value))),
    );
    const grid = byTitle('townships/wenliu', '文留镇 2023 年摘星图');
    expect(grid.rows.map((row) => row[0])).toEqual(ranking.rows.map((row) => row[0]));
    for (const [, level, ...stars] of grid.rows) {
      if (level === '未评定') {
        expect(stars).toEqual(['尚未公布']);
        continue;
      }
      expect(stars).toHaveLength(5);
      expect(stars.filter((cell) => cell.startsWith('★')).length).toBe(Number(level));
    }
  });
});

describe('chart JavaScript', () => {
  const pages = globSync('**/index.html', { cwd: dist }).map((file) => `/${file.replace(/index\.html$/, '')}`);

  it('is loaded by pages with charts only, chart.js itself only on scroll', () => {
    for (const path of pages) {
      const weight = chartWeight(dist, path);
      const hasCharts = readFileSync(join(dist, path, 'index.html'), 'utf8').includes(CHART_FIGURE_ATTRIBUTE);
      if (!hasCharts) {
        expect(weight.total, path).toBe(0);
        continue;
      }
      expect(weight.upFront, path).toBeGreaterThan(0);
      expect(weight.upFront, path).toBeLessThan(3_000);
      expect(weight.onScroll, path).toBeGreaterThan(20_000);
      const html = page(path);
      const listed = weight.files.filter((entry) => entry.onScroll && html.includes(entry.file));
      expect(listed, `${path} names on-scroll chart code in its HTML`).toEqual([]);
    }
    expect(pages.filter((path) => chartWeight(dist, path).total > 0).sort()).toEqual(
      ['/', '/townships/qingzu/', '/townships/wenliu/'].sort(),
    );
  });
});

describe('open data', () => {
  it.each(['wenliu', 'qingzu'])('publishes every table of %s as JSON and as CSV with a BOM, same rows', (id) => {
    for (const table of OPEN_TABLES) {
      const json = JSON.parse(readFileSync(join(dist, `data/townships/${id}/${table}.json`), 'utf8'));
      const csv = readFileSync(join(dist, `data/townships/${id}/${table}.csv`));
      expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const [header, ...rows] = parseCsv(csv.toString('utf8').slice(1));
      expect(header).toEqual(json.columns.map((column: { header: string }) => column.header));
      expect(rows).toHaveLength(json.rows.length);
      expect(json.rows.length, `${id}/${table}`).toBeGreaterThan(0);
    }
  });

  it('exports 6000+ as value and more flag, and marks sample star records', () => {
    const metrics = JSON.parse(readFileSync(join(dist, 'data/townships/wenliu/metrics.json'), 'utf8'));
    expect(metrics.rows.find((row: { label: string }) => row.label === '入户走访（次）')).toMatchObject({
      value: 6000,
      more: true,
    });
    const villages = JSON.parse(readFileSync(join(dist, 'data/townships/wenliu/villages.json'), 'utf8'));
    expect(villages.rows.every((row: { sample: boolean }) => row.sample === true)).toBe(true);
  });

  it('links the files from the township page and documents every column, also under a sub-path', () => {
    const sub = TEST_BUILDS.subPath;
    const html = readFileSync(join(sub.outDir, 'townships/wenliu/index.html'), 'utf8');
    for (const table of OPEN_TABLES) {
      const link = `href="${sub.base}data/townships/wenliu/${table}.csv"`;
      expect(html.includes(link), link).toBe(true);
      expect(existsSync(join(sub.outDir, `data/townships/wenliu/${table}.json`))).toBe(true);
    }
    const docs = page('data');
    const documented = ['seriesId', 'more', 'held', 'threeStarOrAboveShare', 'sample'].filter((key) =>
      docs.includes(key),
    );
    expect(documented).toHaveLength(5);
  });
});
