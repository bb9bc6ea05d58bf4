/**
 * What the search index knows about each page beyond its text: what kind of page it is (村 / 镇 / 通报 …), the
 * filters it belongs to (township, star level, year) and the extra terms that find it. Pages hand the result to
 * `<SearchMeta>`; honors, which have no page of their own, become Pagefind custom records (search-records.ts).
 */
import { t } from '../../i18n/zh-CN';
import type { SearchKind } from '../../schema/glossary';
import { recordOf, levelName, type StarRecord } from '../stars';
import { searchTerms } from './terms';

/** Kinds of search result, each with the Chinese label shown on the result and used as the filter value. */
export const SEARCH_KINDS = t.search.kinds;
/** One kind of search result (`village`, `township` …). */
export type { SearchKind };

/** The search facts of one page. */
export interface SearchEntry {
  /** What the page is. */
  kind: SearchKind;
  /** Result title. */
  title: string;
  /** Names of the townships it concerns (filter 乡镇). */
  townships: string[];
  /** Star level name this year, villages only (filter 星级). */
  level?: string | undefined;
  /** Years it covers (filter 年度). */
  years: number[];
  /** Extra indexed terms: name variants, people, pinyin. */
  terms: string[];
}

/** A village as search sees it. */
export interface SearchableVillage {
  name: string;
  printedName?: string | undefined;
  secretary?: string | undefined;
  stars: readonly StarRecord[];
}

/** The search entry of a village page; `year` is the campaign year whose level is the 星级 filter. */
export function villageEntry(village: SearchableVillage, township: string, year: number): SearchEntry {
  const record = recordOf(village, year);
  return {
    kind: 'village',
    title: village.name,
    townships: [township],
    level: record ? levelName(record.level) : undefined,
    years: sortedYears(village.stars.map((star) => star.year)),
    terms: searchTerms({ names: [village.name, village.printedName], people: [village.secretary] }),
  };
}

/** A township as search sees it. */
export interface SearchableTownship {
  name: string;
  secretary?: string | undefined;
  quote?: { by: string } | undefined;
  targets: readonly { year: number }[];
  achieved: readonly { year: number }[];
}

/** The search entry of a township page. */
export function townshipEntry(township: SearchableTownship): SearchEntry {
  return {
    kind: 'township',
    title: township.name,
    townships: [township.name],
    years: sortedYears([...township.targets, ...township.achieved].map((row) => row.year)),
    terms: searchTerms({ names: [township.name], people: [township.secretary, township.quote?.by] }),
  };
}

/** A township or village entry, of which search needs the name. */
export interface NamedEntry {
  data: { name: string };
}

/** The search entry of a bulletin page, filed under the townships it concerns. */
export function bulletinEntry(bulletin: { title: string; date: Date }, townships: readonly NamedEntry[]): SearchEntry {
  return {
    kind: 'bulletin',
    title: bulletin.title,
    townships: names(townships),
    years: [bulletin.date.getUTCFullYear()],
    terms: [],
  };
}

/** The search entry of an industry page (丝瓜 finds it as `sigua` and `sg` too). */
export function industryEntry(industry: { name: string }, townships: readonly NamedEntry[]): SearchEntry {
  return {
    kind: 'industry',
    title: industry.name,
    townships: names(townships),
    years: [],
    terms: searchTerms({ names: [industry.name] }),
  };
}

/** The search entry of a star page (支部过硬星 …). */
export function starEntry(star: { name: string }): SearchEntry {
  return { kind: 'star', title: star.name, townships: [], years: [], terms: searchTerms({ names: [star.name] }) };
}

/** The names of entries. */
function names(entries: readonly NamedEntry[]): string[] {
  return entries.map((entry) => entry.data.name);
}

/** Distinct years, oldest first. */
function sortedYears(years: readonly number[]): number[] {
  return [...new Set(years)].sort((a, b) => a - b);
}
