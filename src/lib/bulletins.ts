/** Bulletins (通报): the filters by kind and township, and the list grouped by month. */
import { t } from '../i18n/zh-CN';
import type { Bulletin, Township } from '../schema/collections';
import { BULLETIN_KINDS, type BulletinKind } from '../schema/glossary';
import type { Entry } from './entries';

/** A bulletin entry with the fields the lists and filters read. */
export type BulletinEntry = Entry<Pick<Bulletin, 'date' | 'kind' | 'townships'>>;

/** A township entry with its name. */
type TownshipEntry = Entry<Pick<Township, 'name'>>;

/** One choice of a filter: what it selects and how many bulletins it holds. */
export interface FilterOption<K> {
  key: K;
  label: string;
  count: number;
}

/** Newest first; same-day bulletins by id so the order is stable. */
export function sortBulletins<T extends BulletinEntry>(bulletins: readonly T[]): T[] {
  return [...bulletins].sort((a, b) => b.data.date.getTime() - a.data.date.getTime() || a.id.localeCompare(b.id));
}

/**
 * The kind filter: the kinds that have bulletins, in glossary order, with their counts. A kind without any gets
 * no filter page (an empty page would only be a dead end, and a sitemap entry with nothing on it).
 */
export function kindOptions(bulletins: readonly BulletinEntry[]): FilterOption<BulletinKind>[] {
  const counts = countBy(bulletins, (bulletin) => [bulletin.data.kind]);
  return BULLETIN_KINDS.flatMap((kind) => {
    const count = counts.get(kind) ?? 0;
    return count > 0 ? [{ key: kind, label: kind, count }] : [];
  });
}

/** The township filter: the townships that have bulletins, in the order given, with their counts. */
export function townshipOptions(
  bulletins: readonly BulletinEntry[],
  townships: readonly TownshipEntry[],
): FilterOption<string>[] {
  // One pass over the bulletins: every filter page shows the townships, 1,500 of them in a province.
  const counts = countBy(bulletins, (bulletin) => bulletin.data.townships);
  return townships.flatMap((township) => {
    const count = counts.get(township.id) ?? 0;
    return count > 0 ? [{ key: township.id, label: township.data.name, count }] : [];
  });
}

/**
 * Up to this many townships are listed on every filter page; more (a city or a province) and the filter links to
 * one page listing them all instead, so each page stays light.
 */
export const MAX_TOWNSHIP_CHIPS = 40;

/** How many bulletins carry each key. */
function countBy(bulletins: readonly BulletinEntry[], keys: (bulletin: BulletinEntry) => readonly string[]) {
  const counts = new Map<string, number>();
  for (const bulletin of bulletins) for (const key of keys(bulletin)) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

/** One month of the list: `2023年6月` and its bulletins, newest first. */
export interface BulletinMonth<T> {
  month: string;
  bulletins: T[];
}

/**
 * Groups a list of bulletins newest first (`sortBulletins`: src/data lists them so) by month of publication, in
 * list order; the list is not sorted again on each page.
 */
export function bulletinsByMonth<T extends BulletinEntry>(bulletins: readonly T[]): BulletinMonth<T>[] {
  const months: BulletinMonth<T>[] = [];
  for (const bulletin of bulletins) {
    const month = t.site.month(bulletin.data.date.getUTCFullYear(), bulletin.data.date.getUTCMonth() + 1);
    const last = months.at(-1);
    if (last?.month === month) last.bulletins.push(bulletin);
    else months.push({ month, bulletins: [bulletin] });
  }
  return months;
}
