/** 榜单: star rankings of villages per township and year (five-, four-, three-star lists). */
import type { Township, Village } from '../schema/collections';
import type { Entry } from './entries';
import { levelOf, pinyinCollator } from './stars';

/** A village entry with the fields the rankings read. */
export type RankedEntry = Entry<Pick<Village, 'name' | 'township' | 'stars'>>;

/** A township entry with the fields the rankings read: its name and the counts it reported as achieved. */
export type RankingTownship = Entry<Pick<Township, 'name' | 'achieved'>>;

/** The levels a 榜单 lists, highest first. */
export const RANKED_LEVELS = [5, 4, 3] as const;

const REPORTED_KEY = { 5: 'fiveStar', 4: 'fourStar', 3: 'threeStar' } as const;

/** One list of a 榜单: the villages at `level`, and the count the township reported, if it did. */
export interface LevelList<V> {
  level: (typeof RANKED_LEVELS)[number];
  villages: V[];
  reported: number | undefined;
}

/** The 榜单 of one township for one year. */
export interface TownshipRanking<T, V> {
  township: T;
  year: number;
  lists: LevelList<V>[];
}

/** Every year some village has a star record for, newest first. */
export function rankingYears(villages: readonly RankedEntry[]): number[] {
  const years = new Set(villages.flatMap((village) => village.data.stars.map((record) => record.year)));
  return [...years].sort((a, b) => b - a);
}

/** The 榜单 of each township in `year`: villages at five, four and three stars, names in pinyin order. */
export function townshipRankings<T extends RankingTownship, V extends RankedEntry>(
  townships: readonly T[],
  villages: readonly V[],
  year: number,
): TownshipRanking<T, V>[] {
  return townships.map((township) => {
    const own = villages.filter((village) => village.data.township === township.id);
    const reportedRow = township.data.achieved.find((row) => row.year === year);
    return {
      township,
      year,
      lists: RANKED_LEVELS.map((level) => ({
        level,
        villages: own
          .filter((village) => levelOf(village.data, year) === level)
          .sort((a, b) => pinyinCollator.compare(a.data.name, b.data.name)),
        reported: reportedRow?.[REPORTED_KEY[level]],
      })),
    };
  });
}

/** Township entries whose working mechanisms mention `word` (e.g. 红黑旗), in the order given. */
export function townshipsMentioning<T extends Entry<Pick<Township, 'mechanisms'>>>(
  townships: readonly T[],
  word: string,
): T[] {
  return townships.filter((township) => township.data.mechanisms.some((item) => item.includes(word)));
}
