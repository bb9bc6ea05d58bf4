/** Small village and township entries shared by the site's lib tests. */
import type { StarName, Tier } from '../../../src/schema/glossary';

/** A village entry whose `year` record holds `held` (level = number held). */
export function village(
  id: string,
  name: string,
  records: Record<number, StarName[]>,
  options: { tier?: Tier; targeted?: StarName[] } = {},
) {
  return {
    id,
    data: {
      name,
      township: id.split('/')[0]!,
      tier: options.tier,
      industries: [] as string[],
      stars: Object.entries(records).map(([year, held]) => ({
        year: Number(year),
        level: held.length,
        held,
        targeted: options.targeted ?? [],
      })),
    },
  };
}

/** The first `n` of the five stars. */
export const first = (n: number): StarName[] =>
  (['支部过硬星', '产业兴旺星', '生态宜居星', '平安法治星', '文明幸福星'] as StarName[]).slice(0, n);
