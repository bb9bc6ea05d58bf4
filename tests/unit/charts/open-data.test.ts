/** Open-data files: CSV quoting and BOM, and the rows of each table in JSON and CSV. */
import { describe, expect, it } from 'vitest';
import { BOM, csvCell, toCsv } from '../../../src/lib/open-data/csv';
import type { ChartMetrics } from '../../../src/lib/charts/metrics';
import { parseCsv } from '../../support/chart-html';
import { metricsRows, tableCsv, tableJson, targetRecords, villageRows } from '../../../src/lib/open-data/tables';

const township = { id: 'wenliu', name: '文留镇' };

describe('csv', () => {
  it('starts with a BOM and ends lines with CRLF', () => {
    const csv = toCsv(['村', '星级'], [['胡家庄村', 4]]);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(csv).toBe(`${BOM}村,星级\r\n胡家庄村,4\r\n`);
  });

  it('quotes commas, quotes and line breaks, and doubles quotes', () => {
    expect(csvCell('龙头企业,合作社')).toBe('"龙头企业,合作社"');
    expect(csvCell('他说"好"')).toBe('"他说""好"""');
    expect(csvCell('第一行\n第二行')).toBe('"第一行\n第二行"');
    expect(csvCell('a\r\nb')).toBe('"a\r\nb"');
    expect(csvCell('“五星”支部')).toBe('“五星”支部');
  });

  it('reads back exactly what it wrote', () => {
    const cells = ['a,b', '他说"好"', '第一行\r\n第二行', '', '6000+', '“五星”'];
    const csv = toCsv(['x', 'y', 'z', 'u', 'v', 'w'], [cells, cells]);
    expect(parseCsv(csv.slice(BOM.length))).toEqual([['x', 'y', 'z', 'u', 'v', 'w'], cells, cells]);
  });

  it('writes nothing for empty cells, flags as true/false, lists joined with 、', () => {
    expect([null, undefined, true, false, 0].map(csvCell)).toEqual(['', '', 'true', 'false', '0']);
    expect(csvCell(['支部过硬星', '产业兴旺星'])).toBe('支部过硬星、产业兴旺星');
  });
});

describe('open-data tables', () => {
  const metrics: ChartMetrics = {
    year: 2023,
    source: '报道, 2023',
    sample: false,
    series: [
      {
        id: 'household-links',
        name: '党员联户',
        unit: '人/次',
        star: '支部过硬星',
        items: [{ label: '入户走访（次）', value: { value: 6000, more: true } }],
      },
    ],
  };

  it('exports a "6000+" figure as value 6000 with more = true', () => {
    const rows = metricsRows(township, [metrics]);
    expect(rows).toEqual([
      {
        township: 'wenliu',
        townshipName: '文留镇',
        year: 2023,
        seriesId: 'household-links',
        seriesName: '党员联户',
        star: '支部过硬星',
        unit: '人/次',
        label: '入户走访（次）',
        value: 6000,
        more: true,
        source: '报道, 2023',
        sample: false,
      },
    ]);
    const csv = tableCsv('metrics', rows);
    expect(csv.split('\r\n')[0]).toBe(
      `${BOM}乡镇,乡镇名称,年度,系列标识,数据系列,所属星,单位,项目,数值,余或以上,来源,示例数据`,
    );
    expect(csv.split('\r\n')[1]).toBe(
      'wenliu,文留镇,2023,household-links,党员联户,支部过硬星,人/次,入户走访（次）,6000,true,"报道, 2023",false',
    );
  });

  it('marks sample star records and keeps lists as arrays in JSON', () => {
    const village = {
      id: 'wenliu/hujiazhuang',
      name: '胡家庄村',
      sample: true,
      stars: [
        { year: 2023, level: 1, held: ['支部过硬星'], targeted: ['产业兴旺星', '文明幸福星'] },
        { year: 2022, level: 0, held: [], targeted: [] },
      ],
    } as const;
    const rows = villageRows(township, [village]);
    expect(rows.map((row) => row.year)).toEqual([2022, 2023]);
    const json = JSON.parse(tableJson('villages', township, rows, '/data/'));
    expect(json.documentation).toBe('/data/');
    expect(json.columns[0]).toEqual({ key: 'township', header: '乡镇' });
    expect(json.rows[1]).toMatchObject({ tier: null, held: ['支部过硬星'], sample: true });
    expect(tableCsv('villages', rows).split('\r\n')[2]).toBe(
      'wenliu,文留镇,wenliu/hujiazhuang,胡家庄村,,2023,1,支部过硬星,产业兴旺星、文明幸福星,true',
    );
  });

  it('lists targets and achievements by year, empty where not reported', () => {
    const rows = targetRecords(
      township,
      [{ year: 2023, fiveStar: 2, threeStarOrAboveShare: 0.75 }],
      [{ year: 2022, fiveStar: 1 }],
      false,
    );
    expect(rows.map((row) => [row.year, row.kind])).toEqual([
      [2022, 'achieved'],
      [2023, 'target'],
    ]);
    expect(tableCsv('targets', rows).split('\r\n')[2]).toBe('wenliu,文留镇,2023,target,2,,,0.75,false');
  });
});
