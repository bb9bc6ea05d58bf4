/**
 * Ranks the name directory for a query the way a person would: an exact match of any form first, then a form that
 * starts with the query, then one that contains it (辛庄 → 西辛庄村), then one that has the query's characters in
 * order with gaps (a forgotten character: 胡家村 → 胡家庄村), then, for Chinese queries of three or more characters,
 * one character wrong or extra (胡家装村 → 胡家庄村). A single letter matches only at the start of a form. Ties: fewer skipped characters, then kind (village, township,
 * person, industry, honor), then pinyin. Villages of the same name stay together, so a visitor picks by township.
 * Pure and small: the browser runs this very module (names-client.ts) and the unit tests test it.
 */
import { hasHan, normalize } from './normalize';
import { NAME_KINDS, type NameEntry } from './types';

/** How well a form matches: lower is better. */
export const MATCH = { exact: 0, prefix: 1, substring: 2, subsequence: 3, oneOff: 4 } as const;

/** An entry with how well it matched. */
export interface RankedName {
  entry: NameEntry;
  /** The best MATCH level over its forms. */
  match: number;
  /** Characters of the form skipped to match (subsequence) or left over (exact 0). */
  gap: number;
}

/**
 * At most this many characters skipped in a gapped match: one forgotten character (胡家村 → 胡家庄村), not
 * characters strewn over a township and a village (胡家 in 胡状镇李家海村).
 */
const MAX_GAP = 1;

/** Characters of `form` skipped to find `query` in order, or -1 when it is not there in order within MAX_GAP. */
function subsequenceGap(query: string, form: string): number {
  let at = 0;
  let start = -1;
  for (let index = 0; index < form.length && at < query.length; index += 1) {
    if (form[index] === query[at]) {
      if (start < 0) start = index;
      at += 1;
      if (at === query.length) {
        const gap = index + 1 - start - query.length;
        return gap <= MAX_GAP ? gap : -1;
      }
    }
  }
  return -1;
}

/** How `query` (normalised) matches one form: [MATCH level, gap], or undefined. */
export function matchForm(query: string, form: string, typos: boolean, inside = true): [number, number] | undefined {
  if (form === query) return [MATCH.exact, 0];
  if (form.startsWith(query)) return [MATCH.prefix, form.length - query.length];
  if (!inside) return undefined;
  const at = form.indexOf(query);
  if (at >= 0) return [MATCH.substring, form.length - query.length];
  if (!typos) return undefined;
  const gap = subsequenceGap(query, form);
  if (gap >= 0) return [MATCH.subsequence, gap];
  if (query.length < 3) return undefined;
  let best: number | undefined;
  for (let drop = 0; drop < query.length; drop += 1) {
    const shorter = subsequenceGap(query.slice(0, drop) + query.slice(drop + 1), form);
    if (shorter >= 0 && (best === undefined || shorter < best)) best = shorter;
  }
  return best === undefined ? undefined : [MATCH.oneOff, best];
}

/** The best match of an entry over its forms, or undefined. */
function matchEntry(query: string, entry: NameEntry, typos: boolean, inside: boolean): RankedName | undefined {
  let found: RankedName | undefined;
  for (const form of entry.forms) {
    const match = matchForm(query, form, typos, inside);
    if (!match) continue;
    const [level, gap] = match;
    if (!found || level < found.match || (level === found.match && gap < found.gap))
      found = { entry, match: level, gap };
  }
  return found;
}

const KIND_ORDER = new Map<string, number>(NAME_KINDS.map((kind, index) => [kind, index]));

/** Order of two ranked names. The gap counts only where characters were skipped (not for prefix or substring). */
function compare(a: RankedName, b: RankedName): number {
  const skipped = (name: RankedName) => (name.match >= MATCH.subsequence ? name.gap : 0);
  return (
    a.match - b.match ||
    skipped(a) - skipped(b) ||
    (KIND_ORDER.get(a.entry.kind) ?? 9) - (KIND_ORDER.get(b.entry.kind) ?? 9) ||
    compareText(a.entry.order, b.entry.order) ||
    compareText(a.entry.name, b.entry.name) ||
    compareText(a.entry.place ?? '', b.entry.place ?? '')
  );
}

/** Plain code-unit order (the same in every browser; Intl.Collator is not needed for pinyin keys). */
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The entries matching `query`, best first, at most `limit`. Villages sharing a name are listed together where
 * the first of them ranks, so that every namesake is shown with its township.
 */
export function rankNames(entries: readonly NameEntry[], query: string, limit = 20): RankedName[] {
  const wanted = normalize(query);
  if (!wanted) return [];
  // Gapped matching only for Chinese: in pinyin almost any few letters occur in order somewhere.
  const typos = hasHan(wanted) && wanted.length >= 2;
  // One letter finds the names whose pinyin starts with it (h → 胡家庄村), not every name with an h inside.
  const inside = hasHan(wanted) || wanted.length > 1;
  const ranked: RankedName[] = [];
  // Two shards may both hold an entry: one copy each, told apart by what they are and where they lead.
  const seen = new Set<string>();
  for (const entry of entries) {
    const key = `${entry.kind}|${entry.name}|${entry.url}|${entry.place ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const found = matchEntry(wanted, entry, typos, inside);
    if (found) ranked.push(found);
  }
  ranked.sort(compare);
  const grouped = groupNamesakes(ranked);
  // Never cut a group of namesakes in two: all of them or none.
  let end = Math.min(limit, grouped.length);
  while (end > 0 && end < grouped.length && sameVillageName(grouped[end - 1], grouped[end])) end += 1;
  return grouped.slice(0, end);
}

/**
 * The entries of a `^` shard (shard-format.ts › startShardFor) that begin with `query`, best first: the shard also
 * holds entries of its other keys, which are not the names asked for.
 */
export const rankBeginnings = (entries: readonly NameEntry[], query: string, limit = 20): RankedName[] =>
  rankNames(entries, query, limit).filter((name) => name.match <= MATCH.prefix);

/**
 * Whether names ranked from one shard of the query's keys are already the final list: every match better than
 * one wrong character has all of the query's characters, so any one key's shard holds all of them, and the matches
 * with a wrong character (the reason to read a second shard) rank after them. When `limit` of those are there, the
 * second shard cannot change what is shown: a province's common name (胡家庄村) then reads one shard, not two.
 */
export function completeFromOneShard(ranked: readonly RankedName[], limit: number): boolean {
  return ranked.filter((name) => name.match < MATCH.oneOff).length >= limit;
}

/**
 * Whether the names found already answer `query`, so that the search pages offer the full text with one tap instead
 * of fetching Pagefind's engine and index for it (~130 KB of a phone's first search): the query is the name of a
 * village or township itself (an exact match of one of its forms: 胡家庄村, 胡家庄, hujiazhuang), whose page the
 * names list shows; or it is pinyin that found names (the full text is Chinese: pinyin finds nothing there).
 */
export function namesAnswer(query: string, ranked: readonly RankedName[]): boolean {
  const place = ranked.some(
    (name) => name.match === MATCH.exact && (name.entry.kind === 'village' || name.entry.kind === 'township'),
  );
  return place || (ranked.length > 0 && !hasHan(normalize(query)) && /\p{L}/u.test(query));
}

/** Whether two ranked names are villages of the same name. */
function sameVillageName(a: RankedName | undefined, b: RankedName | undefined): boolean {
  return a?.entry.kind === 'village' && b?.entry.kind === 'village' && a.entry.name === b.entry.name;
}

/** Moves every village up beside the first village of the same name (their order otherwise kept). */
function groupNamesakes(ranked: readonly RankedName[]): RankedName[] {
  const groups = new Map<string, RankedName[]>();
  const order: RankedName[][] = [];
  for (const item of ranked) {
    const key = item.entry.kind === 'village' ? `village:${item.entry.name}` : undefined;
    const group = key ? groups.get(key) : undefined;
    if (group) group.push(item);
    else {
      const fresh = [item];
      if (key) groups.set(key, fresh);
      order.push(fresh);
    }
  }
  return order.flat();
}
