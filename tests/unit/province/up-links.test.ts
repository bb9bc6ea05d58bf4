/** The way up from a county's pages on a province or city site. */
import { describe, expect, it } from 'vitest';
import { parseAreaSetting, upLinks } from '../../../src/lib/province/up-links';

const province = { level: 'province' as const, name: '河南省', base: '/', cities: ['4109', '4113'] };

describe('upLinks', () => {
  it('leads from a county of a province to the province home and its city page', () => {
    expect(upLinks(province, { city: '濮阳市', code: '410928' })).toEqual([
      { label: '河南省', url: '/' },
      { label: '濮阳市', url: '/cities/4109/' },
    ]);
  });

  it('keeps the site under its base path', () => {
    expect(upLinks({ ...province, base: '/zhuanti/wuxing/' }, { city: '南阳市', code: '411381' })).toEqual([
      { label: '河南省', url: '/zhuanti/wuxing/' },
      { label: '南阳市', url: '/zhuanti/wuxing/cities/4113/' },
    ]);
  });

  it('links no city page the site does not have, nor one for a county without a code', () => {
    expect(upLinks(province, { city: '郑州市', code: '410102' })).toEqual([{ label: '河南省', url: '/' }]);
    expect(upLinks(province, { city: '濮阳市' })).toEqual([{ label: '河南省', url: '/' }]);
  });

  it('leads from a county of a city site to the city home only', () => {
    const city = { level: 'city' as const, name: '濮阳市', base: '/', cities: ['4109'] };
    expect(upLinks(city, { city: '濮阳市', code: '410928' })).toEqual([{ label: '濮阳市', url: '/' }]);
  });
});

describe('parseAreaSetting', () => {
  it('is undefined on a county site and reads the shard build’s JSON', () => {
    expect(parseAreaSetting(undefined)).toBeUndefined();
    expect(parseAreaSetting('')).toBeUndefined();
    expect(parseAreaSetting(JSON.stringify(province))).toEqual(province);
  });

  it('throws on a value the build script should never pass', () => {
    expect(() => parseAreaSetting('{"level":"county","name":"x","base":"/","cities":[]}')).toThrow();
    expect(() => parseAreaSetting('not json')).toThrow();
  });
});
