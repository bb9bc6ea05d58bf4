/** The five stars: who holds each star in a year and what each township reported doing for it. */
import type { Township } from '../schema/collections';
import { STAR_NAMES, type StarName } from '../schema/glossary';
import type { Entry } from './entries';
import { recordOf } from './stars';
import type { VillageEntry } from './villages';
import { rankVillages } from './villages';

/** A township entry with its reported measures per star. */
export type MeasuringTownship = Entry<Pick<Township, 'name' | 'measures'>>;

/** Villages holding `star` in `year`, ranked by level then pinyin. */
export function holdersOf<T extends VillageEntry>(villages: readonly T[], star: StarName, year: number): T[] {
  return rankVillages(
    villages.filter((village) => recordOf(village.data, year)?.held.includes(star) === true),
    year,
  );
}

/** Villages striving for `star` in `year` (争创), ranked by level then pinyin. */
export function strivingFor<T extends VillageEntry>(villages: readonly T[], star: StarName, year: number): T[] {
  return rankVillages(
    villages.filter((village) => recordOf(village.data, year)?.targeted.includes(star) === true),
    year,
  );
}

/** The measures each township reported for `star`, townships in the order given. */
export function measuresFor<T extends MeasuringTownship>(
  townships: readonly T[],
  star: StarName,
): { township: T; texts: string[] }[] {
  return townships
    .map((township) => ({
      township,
      texts: township.data.measures.filter((measure) => measure.star === star).map((measure) => measure.text),
    }))
    .filter((entry) => entry.texts.length > 0);
}

/** For each of the five stars, how many villages hold it and strive for it in `year`. */
export function starCounts(
  villages: readonly VillageEntry[],
  year: number,
): { star: StarName; held: number; striving: number }[] {
  return STAR_NAMES.map((star) => ({
    star,
    held: holdersOf(villages, star, year).length,
    striving: strivingFor(villages, star, year).length,
  }));
}
