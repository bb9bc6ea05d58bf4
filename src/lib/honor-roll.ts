/** The honors roll (荣誉榜): honors grouped by level, national first, each with who received it. */
import { HONOR_LEVELS, type HonorLevel } from '../schema/glossary';
import { groupedBy } from './entries';
import { type HonorLike, sortHonors } from './honors';

/** Anything with an id and a name: a village or township entry. */
export interface Named {
  id: string;
  data: { name: string };
}

/** Who received an honor, with a name to show: a village or township (with its id) or a person. */
export type Recipient = { kind: 'village' | 'township'; id: string; name: string } | { kind: 'person'; name: string };

/** One honor of the roll with its resolved recipient. */
export interface RollEntry<T> {
  honor: T;
  recipient: Recipient;
}

/** One level of the roll. */
export interface HonorGroup<T> {
  level: HonorLevel;
  entries: RollEntry<T>[];
}

/** Resolves an honor's recipient to a name, looking villages and townships up by id in their groupings. */
function recipientOf(
  recipient: HonorLike['recipient'],
  villages: ReadonlyMap<string, readonly Named[]>,
  townships: ReadonlyMap<string, readonly Named[]>,
): Recipient {
  const nameIn = (byId: ReadonlyMap<string, readonly Named[]>, id: string) => byId.get(id)?.[0]?.data.name ?? id;
  if (recipient.village) return { kind: 'village', id: recipient.village, name: nameIn(villages, recipient.village) };
  if (recipient.township) {
    return { kind: 'township', id: recipient.township, name: nameIn(townships, recipient.township) };
  }
  return { kind: 'person', name: recipient.person ?? '' };
}

/**
 * Honors sorted (national first), each with its recipient resolved. Villages and townships are looked up by id
 * (grouped once per build for the shared lists), not scanned once per honor.
 */
export function withRecipients<T extends { data: HonorLike }>(
  honors: readonly T[],
  villages: readonly Named[],
  townships: readonly Named[],
): RollEntry<T>[] {
  const villagesById = groupedBy(villages, 'id', (entry) => [entry.id]);
  const townshipsById = groupedBy(townships, 'id', (entry) => [entry.id]);
  return sortHonors(honors).map((honor) => ({
    honor,
    recipient: recipientOf(honor.data.recipient, villagesById, townshipsById),
  }));
}

/** Groups honors by level from 国家级 down to 乡镇级 (levels without honors left out), recipients resolved. */
export function honorRoll<T extends { data: HonorLike }>(
  honors: readonly T[],
  villages: readonly Named[],
  townships: readonly Named[],
): HonorGroup<T>[] {
  const byLevel = groupedBy(withRecipients(honors, villages, townships), 'level', (entry) => [entry.honor.data.level]);
  return HONOR_LEVELS.flatMap((level) => {
    const entries = byLevel.get(level);
    return entries ? [{ level, entries: [...entries] }] : [];
  });
}
