/** Axis texts of the chart client: labels broken to fit a phone, numbers in 万 and 亿. */
import { describe, expect, it } from 'vitest';
import { compactNumber, wrapLabel } from '../../../src/lib/charts/text';

describe('chart texts', () => {
  it('breaks long labels before the bracketed unit, or into even lines', () => {
    expect(wrapLabel('邻里纠纷')).toBe('邻里纠纷');
    expect(wrapLabel('出动大型机械（台次）')).toEqual(['出动大型机械', '（台次）']);
    expect(wrapLabel('持联户手册党员（人）')).toEqual(['持联户手', '册党员', '（人）']);
    expect(wrapLabel('集体收入超5万元的村')).toEqual(['集体收入超', '5万元的村']);
    expect(wrapLabel('一二三四五六七八九十一二三')).toEqual(['一二三四五', '六七八九十', '一二三']);
  });

  it('writes large axis numbers in 万 and 亿', () => {
    expect([0, 1000, 10000, 50000, 1000000, 100000000].map(compactNumber)).toEqual([
      '0',
      '1,000',
      '1万',
      '5万',
      '100万',
      '1亿',
    ]);
  });
});
