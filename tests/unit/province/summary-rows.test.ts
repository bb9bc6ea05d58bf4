/** The rows of the province and city pages' tables: a county's own figures, a city's totals, each with its link. */
import { describe, expect, it } from 'vitest';
import { byCity, cityRow, countyRow, type CountySummary } from '../../../src/lib/province/summary';
import { pinyinCollator } from '../../../src/lib/stars';
import { paths } from '../../../src/lib/urls';

const county = (slug: string, name: string, code: string, units: number, fiveStar: number): CountySummary => ({
  slug,
  name,
  code,
  city: '濮阳市',
  year: 2023,
  townships: 3,
  units,
  rated: units - 1,
  levels: { 5: fiveStar, 4: 0, 3: 0, 2: 0, 1: 0, 0: 0 },
  bulletins: 0,
  latest: [],
});

describe('table rows of a province site', () => {
  const counties = [county('nanle', '南乐县', '410923', 329, 4), county('fan', '范县', '410926', 574, 7)];

  it('gives a county its own figures and its home', () => {
    expect(countyRow(counties[1]!)).toEqual({
      name: '范县',
      path: '/fan/',
      townships: 3,
      units: 574,
      rated: 573,
      fiveStar: 7,
    });
  });

  it('gives a city the sums of its counties and its page', () => {
    const [city] = byCity([{ code: '4109', name: '濮阳市' }], counties, pinyinCollator);
    expect(cityRow(city!, paths.city)).toEqual({
      name: '濮阳市',
      path: '/cities/4109/',
      counties: 2,
      townships: 6,
      units: 903,
      rated: 901,
      fiveStar: 11,
    });
  });
});
