/** Villages in lists: ranked by stars, neighbours in the same tier, the featured few on the home page. */
import type { Village } from '../schema/collections';
import { TIERS, type Tier } from '../schema/glossary';
import { type Entry, groupedBy } from './entries';
import { levelOf, pinyinCollator } from './stars';

/** A village entry with the fields the lists read. */
export type VillageEntry = Entry<Pick<Village, 'name' | 'township' | 'tier' | 'stars'>>;

/** Sorts village entries by star level in `year`, highest first; ties in pinyin order. */
export function rankVillages<T extends VillageEntry>(villages: readonly T[], year: number): T[] {
  return [...villages].sort(
    (a, b) => levelOf(b.data, year) - levelOf(a.data, year) || pinyinCollator.compare(a.data.name, b.data.name),
  );
}

/** The other villages of the same township in the same tier, ranked by stars in `year`; none without a tier. */
export function tierNeighbours<T extends VillageEntry>(
  villages: readonly T[],
  village: VillageEntry,
  year: number,
): T[] {
  const { tier, township } = village.data;
  if (!tier) return [];
  return rankVillages(
    villages.filter((other) => other.id !== village.id && other.data.township === township && other.data.tier === tier),
    year,
  );
}

/**
 * Up to `count` villages to feature: the best-rated of each township in turn (round robin), so that every
 * township shows, each township's villages in rank order.
 */
export function featuredVillages<T extends VillageEntry>(villages: readonly T[], year: number, count: number): T[] {
  // Each township's villages in rank order, townships in the order of their best village (one pass, not a scan
  // of every village per township).
  const queues = [
    ...groupedBy(rankVillages(villages, year), 'township', (village) => [village.data.township]).values(),
  ];
  const featured: T[] = [];
  for (let round = 0; featured.length < count && queues.some((queue) => queue.length > round); round += 1) {
    for (const queue of queues) if (queue[round] && featured.length < count) featured.push(queue[round]!);
  }
  return featured;
}

/** A township's tiers in glossary order: the count it reported and the villages of this site in that tier. */
export function villagesByTier<T extends VillageEntry>(
  reported: Partial<Record<Tier, number>>,
  villages: readonly T[],
  year: number,
): { tier: Tier; reported: number | undefined; villages: T[] }[] {
  return TIERS.map((tier) => ({
    tier,
    reported: reported[tier],
    villages: rankVillages(
      villages.filter((village) => village.data.tier === tier),
      year,
    ),
  })).filter((row) => row.reported !== undefined || row.villages.length > 0);
}

/** Villages grouped by township, townships in the order given, villages in the order given; empty groups left out. */
export function villagesByTownship<T extends VillageEntry, W extends { id: string }>(
  villages: readonly T[],
  townships: readonly W[],
): { township: W; villages: T[] }[] {
  const byTownship = groupedBy(villages, 'township', (village) => [village.data.township]);
  return townships.flatMap((township) => {
    const own = byTownship.get(township.id);
    return own ? [{ township, villages: [...own] }] : [];
  });
}
