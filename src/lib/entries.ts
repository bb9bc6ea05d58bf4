/** Looking entries up by id. */

/** The entries whose ids are listed, in the order of `ids`; unknown ids are skipped. */
export function pickByIds<T extends { id: string }>(entries: readonly T[], ids: readonly string[]): T[] {
  return ids.flatMap((id) => entries.filter((entry) => entry.id === id));
}
