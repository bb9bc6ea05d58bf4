/**
 * What a province or city site knows of each county: a summary each county's own build writes beside its pages
 * (`_shard/summary.json`), and the per-city totals the shell's pages show. Pure.
 */
import type { Bulletin, County, Roster, Village } from '../../schema/collections';
import type { ReadonlyDeep } from '../entries';
import { recordOf } from '../stars';

/** Star levels 0–5, as keys of the counts. */
const LEVELS = [5, 4, 3, 2, 1, 0] as const;

/** One county, as the shell shows it. */
export interface CountySummary {
  /** The county's folder and URL segment. */
  slug: string;
  name: string;
  code: string | undefined;
  /** The city, as the county's own file names it. */
  city: string;
  year: number;
  townships: number;
  /** Village-level units: the roster's, or the profiles' where a township has no roster. */
  units: number;
  /** Villages with a star record for `year`. */
  rated: number;
  /** Rated villages per star level, five stars first. */
  levels: Record<(typeof LEVELS)[number], number>;
  bulletins: number;
  /** The newest bulletins: title, ISO date and path below the county. */
  latest: { title: string; date: string; path: string }[];
}

/** What the summary is made from. */
export interface SummaryInput {
  slug: string;
  county: ReadonlyDeep<Pick<County, 'name' | 'city' | 'code' | 'currentYear'>>;
  townships: readonly { id: string }[];
  roster: readonly { id: string; data: ReadonlyDeep<Pick<Roster, 'villages'>> }[];
  villages: readonly { id: string; data: ReadonlyDeep<Pick<Village, 'name' | 'stars' | 'township'>> }[];
  bulletins: readonly { id: string; data: ReadonlyDeep<Pick<Bulletin, 'title' | 'date'>> }[];
}

/** Summarises one county. */
export function countySummary(input: SummaryInput, bulletinPath: (id: string) => string): CountySummary {
  const year = input.county.currentYear;
  const withRoster = new Set(input.roster.map((roster) => roster.id));
  const units =
    input.roster.reduce((sum, roster) => sum + roster.data.villages.length, 0) +
    input.villages.filter((village) => !withRoster.has(village.data.township)).length;
  const levels = Object.fromEntries(LEVELS.map((level) => [level, 0])) as CountySummary['levels'];
  let rated = 0;
  for (const village of input.villages) {
    const record = recordOf(village.data, year);
    if (!record) continue;
    rated += 1;
    levels[record.level as (typeof LEVELS)[number]] += 1;
  }
  const latest = [...input.bulletins]
    .sort((a, b) => b.data.date.getTime() - a.data.date.getTime() || a.id.localeCompare(b.id))
    .slice(0, 3)
    .map((bulletin) => ({
      title: bulletin.data.title,
      date: bulletin.data.date.toISOString().slice(0, 10),
      path: bulletinPath(bulletin.id),
    }));
  return {
    slug: input.slug,
    name: input.county.name,
    code: input.county.code,
    city: input.county.city,
    year,
    townships: input.townships.length,
    units,
    rated,
    levels,
    bulletins: input.bulletins.length,
    latest,
  };
}

/** Totals over several counties (a city, or the whole site). */
export interface Totals {
  counties: number;
  townships: number;
  units: number;
  rated: number;
  fiveStar: number;
}

/** Adds up `counties`. */
export function totalsOf(counties: readonly CountySummary[]): Totals {
  return counties.reduce<Totals>(
    (sum, county) => ({
      counties: sum.counties + 1,
      townships: sum.townships + county.townships,
      units: sum.units + county.units,
      rated: sum.rated + county.rated,
      fiveStar: sum.fiveStar + county.levels[5],
    }),
    { counties: 0, townships: 0, units: 0, rated: 0, fiveStar: 0 },
  );
}

/** A city of the site with its counties (by code prefix, else by the city name the county gives). */
export interface CityGroup {
  code: string;
  name: string;
  counties: CountySummary[];
  totals: Totals;
}

/** Groups counties by the site's cities, in the site's order; counties in pinyin order of their names. */
export function byCity(
  cities: readonly { code: string; name: string }[],
  counties: readonly CountySummary[],
  collator: Intl.Collator,
): CityGroup[] {
  return cities.map((city) => {
    const mine = counties
      .filter((county) => (county.code ? county.code.startsWith(city.code) : county.city === city.name))
      .sort((a, b) => collator.compare(a.name, b.name));
    return { ...city, counties: mine, totals: totalsOf(mine) };
  });
}

/** One row of a province or city page's table: a city or a county with its totals and the site path it leads to. */
export interface AreaRow {
  name: string;
  /** Site path below the site's base. */
  path: string;
  /** Its counties (a city's row only). */
  counties?: number;
  townships: number;
  units: number;
  rated: number;
  fiveStar: number;
}

/** A county's row: its own figures, leading to its home. */
export const countyRow = (county: CountySummary): AreaRow => ({
  name: county.name,
  path: `/${county.slug}/`,
  townships: county.townships,
  units: county.units,
  rated: county.rated,
  fiveStar: county.levels[5],
});

/** A city's row: its counties' totals, leading to the city's page (`cityPath`, from paths.city). */
export const cityRow = (city: CityGroup, cityPath: (code: string) => string): AreaRow => ({
  name: city.name,
  path: cityPath(city.code),
  counties: city.totals.counties,
  townships: city.totals.townships,
  units: city.totals.units,
  rated: city.totals.rated,
  fiveStar: city.totals.fiveStar,
});
