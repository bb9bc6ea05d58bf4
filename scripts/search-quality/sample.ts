/**
 * The forms a visitor types for a village and how the name directory answers them: for a seeded sample of a
 * county's villages, each form is ranked through the shards exactly as the browser does (shardsFor → unpackShard →
 * rankNames), and scored: the village (or a namesake: a village with the same form) first, in the top 3, and, for
 * shared forms, every namesake listed.
 */
import { coreName, initials, readings } from '../../src/lib/search/names/forms';
import { normalize } from '../../src/lib/search/names/normalize';
import { rankNames } from '../../src/lib/search/names/rank';
import { shardsFor, unpackShard } from '../../src/lib/search/names/shard-format';
import type { NameShards } from '../../src/lib/search/names/shards';
import type { County, CountyVillage } from './county';

/** The forms measured, in report order. */
export const FORMS = ['full', 'core', 'townCore', 'townFull', 'official', 'pinyin', 'initials', 'typo'] as const;
/** One form. */
export type FormName = (typeof FORMS)[number];

/** The text of each form for a village; undefined where a form does not apply (a typo of a two-character name). */
export function formsOf(village: CountyVillage, random: () => number): Record<FormName, string | undefined> {
  const core = coreName(village.name);
  const syllables = readings(core)[0] ?? [];
  const chars = [...core];
  // One character forgotten, never the first: 胡家庄村 → 胡家村.
  const drop = chars.length >= 3 ? 1 + Math.floor(random() * (chars.length - 1)) : -1;
  return {
    full: village.name,
    core,
    townCore: coreName(village.township) + core,
    townFull: village.township + village.name,
    official: village.officialName,
    pinyin: syllables.join(''),
    initials: initials(syllables),
    typo: drop > 0 ? chars.filter((_, index) => index !== drop).join('') + village.name.slice(core.length) : undefined,
  };
}

/** The score of one form over the sample. */
export interface FormScore {
  tried: number;
  first: number;
  top3: number;
  /** Forms shared by several villages, and how many of them listed every namesake. */
  shared: number;
  allListed: number;
  /** Initials: tried where no more than 3 villages share them, and found in the top 3. */
  fewShared: number;
  fewTop3: number;
  /** Typos left out because they are another village's name. */
  namesOther: number;
}

/** A seeded random number generator (mulberry32), so every run samples the same villages. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

/** Scores `size` sampled villages of the county on every form, searching through `shards`. */
export function scoreCounty(
  county: County,
  shards: NameShards,
  size: number,
  seed: number,
): Record<FormName, FormScore> {
  const random = seeded(seed);
  const pool = [...county.villages];
  const sample = Array.from(
    { length: Math.min(size, pool.length) },
    () => pool.splice(Math.floor(random() * pool.length), 1)[0]!,
  );
  const scores = Object.fromEntries(
    FORMS.map((form) => [
      form,
      { tried: 0, first: 0, top3: 0, shared: 0, allListed: 0, fewShared: 0, fewTop3: 0, namesOther: 0 },
    ]),
  ) as Record<FormName, FormScore>;
  for (const village of sample) {
    const forms = formsOf(village, random);
    for (const form of FORMS) {
      const query = forms[form];
      if (!query) continue;
      const wanted = normalize(query);
      // Namesakes: the villages this query names exactly (one of their forms is it); a typo's, the village's name's.
      const exact = form === 'typo' ? normalize(village.name) : wanted;
      const namesakes = county.directory
        .filter((entry) => entry.kind === 'village' && entry.forms.includes(exact))
        .map((entry) => entry.url);
      // A forgotten character that leaves another village's name (陈刘庄村 → 陈庄村) is that village's name, not a typo.
      if (
        form === 'typo' &&
        county.directory.some((entry) => entry.kind === 'village' && entry.forms.includes(wanted))
      ) {
        scores.typo.namesOther += 1;
        continue;
      }
      const candidates = shardsFor(wanted, shards.manifest).flatMap((shard) => unpackShard(shards.shards[shard] ?? []));
      const urls = rankNames(candidates, wanted, 20).map(({ entry }) => entry.url);
      const score = scores[form];
      score.tried += 1;
      const good = form === 'typo' ? [village.url] : namesakes;
      if (process.env['SHOW_MISSES'] === form && !good.includes(urls[0] ?? ''))
        console.error(form, query, village.name, village.township, urls.slice(0, 3));
      if (good.includes(urls[0] ?? '')) score.first += 1;
      if (urls.slice(0, 3).some((url) => good.includes(url))) score.top3 += 1;
      if (namesakes.length > 1 && form !== 'typo') {
        score.shared += 1;
        if (namesakes.every((url) => urls.includes(url))) score.allListed += 1;
      }
      if (form === 'initials' && namesakes.length <= 3) {
        score.fewShared += 1;
        if (urls.slice(0, 3).includes(village.url)) score.fewTop3 += 1;
      }
    }
  }
  return scores;
}
