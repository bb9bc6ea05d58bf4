/**
 * Extra search terms for an entity's own page: name variants and pinyin. Pagefind (1.6, extended build) already
 * indexes Chinese text as single characters, bigrams and dictionary words, so substrings such as 辛庄 are found;
 * what it cannot do is match `hujiazhuang` or `hjz` to 胡家庄村. These terms close that gap. They are indexed as
 * a searchable metadata field (never shown, never in excerpts); see src/components/search/SearchMeta.astro.
 */
import { pinyin } from 'pinyin-pro';

/** Suffixes people leave off when they type a place name (胡家庄村 → 胡家庄, 文留镇 → 文留). */
const PLACE_SUFFIXES = ['街道', '社区', '村', '镇', '乡'] as const;

/** Chinese (Han) characters only: pinyin is generated for these. */
const HAN = /\p{Script=Han}/u;

/** The name without its administrative suffix, or the name itself when it has none or is too short to strip. */
export function coreName(name: string): string {
  const suffix = PLACE_SUFFIXES.find((end) => name.endsWith(end) && name.length - end.length >= 2);
  return suffix ? name.slice(0, -suffix.length) : name;
}

/**
 * Pinyin readings of a name, as syllable lists without tones. Two readings when a character reads differently as a
 * surname (单家庄 dan/shan, 曾庄 ceng/zeng): people type either, so both are kept. Non-Han characters are dropped.
 */
export function pinyinReadings(name: string): string[][] {
  const han = [...name].filter(isHan).join('');
  if (!han) return [];
  const plain = pinyin(han, { toneType: 'none', type: 'array', v: true });
  const surname = pinyin(han, { toneType: 'none', type: 'array', v: true, mode: 'surname', surname: 'head' });
  return plain.join(' ') === surname.join(' ') ? [plain] : [plain, surname];
}

/**
 * Pinyin terms of one place or product name: the whole name joined (`hujiazhuangcun`), the name without suffix
 * and every tail of it (`hujiazhuang`, `jiazhuang`, `zhuang`, so that the tail of a name is found like 家庄 is),
 * and the initials of both (`hjzc`, `hjz`). Pagefind matches words by prefix, so `hujia` finds `hujiazhuang`.
 */
export function placePinyinTerms(name: string): string[] {
  // The core is the name minus a Han suffix, so its syllables are the first ones of the name's.
  const coreLength = hanCount(coreName(name));
  const terms = pinyinReadings(name).flatMap((syllables) => {
    const coreSyllables = syllables.slice(0, coreLength);
    const tails = coreSyllables.slice(1).map((_, start) => coreSyllables.slice(start + 1).join(''));
    return [syllables.join(''), coreSyllables.join(''), ...tails, initials(syllables), initials(coreSyllables)];
  });
  return unique(terms.filter((term) => term.length >= 2));
}

/** Pinyin terms of a person's name: full (`huqingmin`) and initials (`hqm`), in each reading. */
export function personPinyinTerms(name: string): string[] {
  return unique(pinyinReadings(name).flatMap((syllables) => [syllables.join(''), initials(syllables)]));
}

/** What an entity is called and who it is tied to, as the input of `searchTerms`. */
export interface TermSource {
  /** Names of the entity itself (name, the name as printed, …). */
  names: readonly (string | undefined)[];
  /** People named on the page who should find it (secretaries). */
  people?: readonly (string | undefined)[];
}

/**
 * Every extra term of an entity's page: its names and their suffix-less forms, people, and the pinyin of all of
 * them. Duplicates and empty values are dropped; order is stable (names first).
 */
export function searchTerms({ names, people = [] }: TermSource): string[] {
  const givenNames = present(names);
  const givenPeople = present(people);
  return unique([
    ...givenNames.flatMap((name) => [name, coreName(name)]),
    ...givenPeople,
    ...givenNames.flatMap(placePinyinTerms),
    ...givenPeople.flatMap(personPinyinTerms),
  ]);
}

/** Whether a character is a Chinese (Han) character. */
function isHan(char: string): boolean {
  return HAN.test(char);
}

/** Number of Han characters in a string. */
function hanCount(text: string): number {
  return [...text].filter(isHan).length;
}

/** First letters of pinyin syllables: `['hu', 'jia', 'zhuang']` → `hjz`. */
function initials(syllables: readonly string[]): string {
  return syllables.map((syllable) => syllable[0] ?? '').join('');
}

/** Values that are set and not blank, trimmed. */
function present(values: readonly (string | undefined)[]): string[] {
  return values.map((value) => value?.trim() ?? '').filter((value) => value.length > 0);
}

/** Removes duplicates, keeping the first occurrence. */
function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
