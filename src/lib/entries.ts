/** Looking entries up by id or by another key, without scanning a province's lists on every page. */

/**
 * `T` with its arrays read-only at any depth: what lib/ takes, so that collection entries, frozen lists and
 * `as const` test data all fit (lib/ only reads its input).
 */
export type ReadonlyDeep<T> = T extends Date
  ? T
  : T extends readonly (infer U)[]
    ? readonly ReadonlyDeep<U>[]
    : T extends object
      ? { readonly [K in keyof T]: ReadonlyDeep<T[K]> }
      : T;

/** An entry of a collection as lib/ reads it: its id and the fields `D` of its data (a `Pick` of a schema type). */
export interface Entry<D> {
  id: string;
  data: ReadonlyDeep<D>;
}

/** Groupings of frozen lists, by list and by grouping name. */
const groupings = new WeakMap<readonly unknown[], Map<string, ReadonlyMap<string, readonly unknown[]>>>();

/**
 * `entries` grouped by `keys` (an entry goes under each key it returns, once), each group in list order and frozen
 * (groups are shared: a page that sorted one in place would reorder it for the next page).
 */
function group<T>(entries: readonly T[], keys: (entry: T) => readonly (string | undefined)[]) {
  const groups = new Map<string, readonly T[]>();
  for (const entry of entries) {
    for (const key of new Set(keys(entry))) {
      if (key === undefined) continue;
      const list = groups.get(key) as T[] | undefined;
      if (list) list.push(entry);
      else groups.set(key, [entry]);
    }
  }
  for (const list of groups.values()) Object.freeze(list);
  return groups;
}

/**
 * `entries` grouped by `keys`. A frozen list (src/data shares one frozen list per collection with every page of a
 * build) is grouped once per `name` and the groups are reused, so a lookup on each of 45,000 pages does not scan
 * 45,000 entries each time; `name` must therefore always stand for the same `keys` on a list. Any other list is
 * grouped afresh on every call.
 */
export function groupedBy<T>(
  entries: readonly T[],
  name: string,
  keys: (entry: T) => readonly (string | undefined)[],
): ReadonlyMap<string, readonly T[]> {
  if (!Object.isFrozen(entries)) return group(entries, keys);
  let byName = groupings.get(entries);
  if (!byName) groupings.set(entries, (byName = new Map()));
  let groups = byName.get(name) as ReadonlyMap<string, readonly T[]> | undefined;
  if (!groups) byName.set(name, (groups = group(entries, keys)));
  return groups;
}

/** The entries whose ids are listed, in the order of `ids`; unknown ids are skipped. */
export function pickByIds<T extends { id: string }>(entries: readonly T[], ids: readonly string[]): T[] {
  const byId = groupedBy(entries, 'id', (entry) => [entry.id]);
  return ids.flatMap((id) => byId.get(id) ?? []);
}
