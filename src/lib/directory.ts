/**
 * The village directory: every village-level unit of each township, from the official roster
 * (content/roster/<township>.yaml) merged with the profiles written by staff (content/villages/<township>/).
 * A unit of the roster without a profile is still a village of the site (its own page shows what is known); a
 * profile whose township has no roster yet is listed too, without a code.
 */
import type { Roster, Village } from '../schema/collections';
import { levelOf, pinyinCollator, type Rated, recordOf } from './stars';

/** What the directory reads of a village profile (an entry of the `villages` collection). */
export interface ProfileEntry {
  id: string;
  data: Pick<Village, 'name' | 'township' | 'tier' | 'stars' | 'sample'>;
}

/** The official line of a unit: its 12-digit code and the name as the division list has it. */
export interface RosterLine {
  /** 统计用区划代码, 12 digits. */
  code: string;
  /** Official name, e.g. 胡家庄村委会. */
  officialName: string;
}

/** One unit of the directory: shaped like a village entry, with its roster line and its profile when they exist. */
export interface DirectoryVillage<P extends ProfileEntry = ProfileEntry> {
  /** `<township>/<slug>`: the id a profile has (and the page path under /villages/). */
  id: string;
  /** The fields lists and charts read: from the profile when there is one, else from the roster (no stars). */
  data: Pick<Village, 'name' | 'township' | 'tier' | 'stars' | 'sample'>;
  /** The roster's line, unless the township has no roster (or the profile is not in it). */
  roster: RosterLine | undefined;
  /** The profile, when staff have written one. */
  profile: P | undefined;
}

/** A roster entry: its id is the township's slug (the file name). */
export interface RosterEntry {
  id: string;
  data: Pick<Roster, 'villages'>;
}

/**
 * The directory of every township, keyed by township slug: roster units in the list's order (each with its profile,
 * matched by slug, else by name), then the profiles the roster does not hold, in the order given. Builds one map per
 * call: run it once per build (src/data/directory.ts), never per page.
 */
export function mergeDirectory<P extends ProfileEntry>(
  rosters: readonly RosterEntry[],
  profiles: readonly P[],
): Map<string, DirectoryVillage<P>[]> {
  const byId = new Map(profiles.map((profile) => [profile.id, profile]));
  const byName = new Map(profiles.map((profile) => [`${profile.data.township}/${profile.data.name}`, profile]));
  const used = new Set<string>();
  const directory = new Map<string, DirectoryVillage<P>[]>();
  const add = (township: string, unit: DirectoryVillage<P>) => {
    const list = directory.get(township);
    if (list) list.push(unit);
    else directory.set(township, [unit]);
  };
  for (const { id: township, data } of rosters) {
    for (const line of data.villages) {
      const found = byId.get(`${township}/${line.slug}`) ?? byName.get(`${township}/${line.name}`);
      const profile = found && !used.has(found.id) ? found : undefined;
      if (profile) used.add(profile.id);
      const roster = { code: line.code, officialName: line.officialName };
      add(township, {
        id: profile?.id ?? `${township}/${line.slug}`,
        data: profile?.data ?? { name: line.name, township, tier: undefined, stars: [], sample: false },
        roster,
        profile,
      });
    }
  }
  for (const profile of profiles) {
    if (used.has(profile.id)) continue;
    add(profile.data.township, { id: profile.id, data: profile.data, roster: undefined, profile });
  }
  return directory;
}

/** How many of `villages` have a star record in `year` (a published level, 未评星 included). */
export function ratedCount(villages: readonly Rated[], year: number): number {
  return villages.filter((village) => recordOf(village, year) !== undefined).length;
}

/**
 * Villages in the order of a township's lists: those with a record in `year` by level, highest first, then those
 * without (未评定); ties in pinyin order.
 */
export function rankRatedFirst<T extends Rated>(villages: readonly T[], year: number): T[] {
  const key = (village: T) => (recordOf(village, year) ? levelOf(village, year) : -1);
  return [...villages].sort((a, b) => key(b) - key(a) || pinyinCollator.compare(a.name, b.name));
}

/** A township's units split for its village list: profiles (to rank and show as cards) and the rest, in pinyin order. */
export function splitByProfile<P extends ProfileEntry>(
  units: readonly DirectoryVillage<P>[],
): { profiles: P[]; others: DirectoryVillage<P>[] } {
  const profiles = units.flatMap((unit) => (unit.profile ? [unit.profile] : []));
  const others = units.filter((unit) => !unit.profile).sort((a, b) => pinyinCollator.compare(a.data.name, b.data.name));
  return { profiles, others };
}
