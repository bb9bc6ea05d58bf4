/** The county at a glance (home page): star levels held per township, and this year's targets vs achieved. */
import type { Township, Village } from '../schema/collections';
import type { Entry, ReadonlyDeep } from './entries';
import type { LevelCounts, Target } from './targets';
import { levelDistribution } from './stars';

/** A township entry with the fields the glance reads. */
export type GlanceTownship = Entry<Pick<Township, 'name' | 'villageCount' | 'targets' | 'achieved'>>;

/** A village entry with the fields the glance reads. */
export interface GlanceVillage {
  data: ReadonlyDeep<Pick<Village, 'name' | 'township' | 'stars'>>;
}

/** One township's row: villages on this site per level, the year's target and the latest reported achievement. */
export interface GlanceRow<T> {
  township: T;
  /** Villages recorded on this site. */
  recorded: number;
  /** Count of recorded villages per level 0–5 (index = level). */
  levels: number[];
  target: Target | undefined;
  /** The latest achievement reported for `year` or before (its own `year` says which). */
  achieved: LevelCounts | undefined;
}

/**
 * The county at a glance in `year`: one row per township (its villages per level, target, latest achievement), how
 * many villages are recorded on this site and how many administrative villages the townships have.
 */
export function countyGlance<T extends GlanceTownship>(
  townships: readonly T[],
  villages: readonly GlanceVillage[],
  year: number,
): { rows: GlanceRow<T>[]; recorded: number; villageCount: number } {
  const byTownship = Map.groupBy(
    villages.map((village) => village.data),
    (village) => village.township,
  );
  const rows = townships.map((township) => {
    const own = byTownship.get(township.id) ?? [];
    return {
      township,
      recorded: own.length,
      levels: levelDistribution(own, year),
      target: township.data.targets.find((row) => row.year === year),
      achieved: [...township.data.achieved].filter((row) => row.year <= year).sort((a, b) => b.year - a.year)[0],
    };
  });
  const sum = (count: (row: GlanceRow<T>) => number) => rows.reduce((total, row) => total + count(row), 0);
  return {
    rows,
    recorded: sum((row) => row.recorded),
    villageCount: sum((row) => row.township.data.villageCount),
  };
}
