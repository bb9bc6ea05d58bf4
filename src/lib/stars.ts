/** Star records of villages: the record of a year, the history of stars gained, counts per level. */
import { t } from '../i18n/zh-CN';
import type { Village } from '../schema/collections';
import { STAR_NAMES, type StarName } from '../schema/glossary';
import type { ReadonlyDeep } from './entries';

/** One year's star record, as in a village's `stars` list. */
export type StarRecord = ReadonlyDeep<Village['stars'][number]>;

/** Anything with a name and star records: a village's data. */
export type Rated = ReadonlyDeep<Pick<Village, 'name' | 'stars'>>;

/** Chinese collation by pinyin, for names that tie. */
export const pinyinCollator = new Intl.Collator('zh-CN-u-co-pinyin');

/** The record of `year`, if the village has one. */
export function recordOf(village: Rated, year: number): StarRecord | undefined {
  return village.stars.find((record) => record.year === year);
}

/** The star level in `year`, or 0 where no record exists. */
export function levelOf(village: Rated, year: number): number {
  return recordOf(village, year)?.level ?? 0;
}

/** For each of the five stars, whether it is held, targeted or neither in the record. */
export function starStates(record: StarRecord | undefined): { star: StarName; state: 'held' | 'targeted' | 'none' }[] {
  return STAR_NAMES.map((star) => ({
    star,
    state: record?.held.includes(star) ? 'held' : record?.targeted.includes(star) ? 'targeted' : 'none',
  }));
}

/** One step of 争星晋位: in `year` the branch reached `level`, gaining and losing these stars. */
export interface StarStep {
  year: number;
  level: number;
  gained: StarName[];
  lost: StarName[];
}

/** The history of a village's stars, oldest first: which star was gained (or lost) when. */
export function starHistory(village: Rated): StarStep[] {
  const records = [...village.stars].sort((a, b) => a.year - b.year);
  return records.map((record, index) => {
    const before = index > 0 ? records[index - 1]!.held : [];
    return {
      year: record.year,
      level: record.level,
      gained: STAR_NAMES.filter((star) => record.held.includes(star) && !before.includes(star)),
      lost: STAR_NAMES.filter((star) => before.includes(star) && !record.held.includes(star)),
    };
  });
}

/** Counts villages per level 0–5 in `year`: index = level. */
export function levelDistribution(villages: readonly Rated[], year: number): number[] {
  const counts = [0, 0, 0, 0, 0, 0];
  for (const village of villages) counts[levelOf(village, year)]! += 1;
  return counts;
}

/** Chinese name of a level: 五星支部, 三星支部, 未评星. */
export function levelName(level: number): string {
  return t.site.levelName[level] ?? '';
}
