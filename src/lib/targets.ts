/** Township targets vs achieved, year by year (目标公示). */
import { t } from '../i18n/zh-CN';
import type { Township } from '../schema/collections';
import type { ReadonlyDeep } from './entries';

/** Counts per star level as reported for one year (a township's `achieved`). */
export type LevelCounts = ReadonlyDeep<Township['achieved'][number]>;

/** A yearly target, which may also set the share of branches at three stars or above (a township's `targets`). */
export type Target = ReadonlyDeep<Township['targets'][number]>;

/** One year of targets beside what was achieved; either side may be missing. */
export interface TargetRow {
  year: number;
  target: Target | undefined;
  achieved: LevelCounts | undefined;
}

/** Merges targets and achievements into one row per year, newest first. */
export function targetRows(targets: readonly Target[], achieved: readonly LevelCounts[]): TargetRow[] {
  const years = [...new Set([...targets, ...achieved].map((row) => row.year))].sort((a, b) => b - a);
  return years.map((year) => ({
    year,
    target: targets.find((row) => row.year === year),
    achieved: achieved.find((row) => row.year === year),
  }));
}

/** The three level columns shown in target tables, with their Chinese headers. */
export const LEVEL_COLUMNS = [
  { key: 'fiveStar', label: t.site.levelShort[5] },
  { key: 'fourStar', label: t.site.levelShort[4] },
  { key: 'threeStar', label: t.site.levelShort[3] },
] as const;
