/** Honors: who received what, sorted from the highest level down. */
import { groupedBy, type ReadonlyDeep } from './entries';
import type { Honor } from '../schema/collections';
import { HONOR_LEVELS } from '../schema/glossary';
import { pinyinCollator } from './stars';

/** An honor with the fields the lists read. */
export type HonorLike = ReadonlyDeep<Pick<Honor, 'title' | 'level' | 'year' | 'recipient'>>;

/** Sorts honors: national first, then by year (newest first), then title in pinyin order. */
export function sortHonors<T extends { data: HonorLike }>(honors: readonly T[]): T[] {
  return [...honors].sort(
    (a, b) =>
      HONOR_LEVELS.indexOf(a.data.level) - HONOR_LEVELS.indexOf(b.data.level) ||
      (b.data.year ?? 0) - (a.data.year ?? 0) ||
      pinyinCollator.compare(a.data.title, b.data.title),
  );
}

/** Honors received by a village (`township/village` id). */
export function honorsOfVillage<T extends { data: HonorLike }>(honors: readonly T[], villageId: string): T[] {
  return sortHonors(groupedBy(honors, 'village', ({ data }) => [data.recipient.village]).get(villageId) ?? []);
}

/** Honors received by a township itself or by any of its villages. */
export function honorsOfTownship<T extends { data: HonorLike }>(honors: readonly T[], townshipId: string): T[] {
  const byTownship = groupedBy(honors, 'township', ({ data: { recipient } }) => [
    recipient.township,
    recipient.village?.split('/')[0],
  ]);
  return sortHonors(byTownship.get(townshipId) ?? []);
}
