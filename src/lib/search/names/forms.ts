/**
 * The search forms of a name, made at build time: the everyday name, the official name, the name without
 * 村/社区/镇/乡/街道, a village with its township (文留胡家庄, 文留镇胡家庄村, 文留镇胡家庄), and the full pinyin and
 * initials of each reading. Uses pinyin-pro, so it never runs in the browser: the shards carry the forms made here.
 */
import { pinyin, polyphonic } from 'pinyin-pro';
import { hasHan, isHan, normalize } from './normalize';

/** Suffixes people leave off (胡家庄村 → 胡家庄, 文留镇 → 文留, 城关街道 → 城关); longest first. */
const SUFFIXES = ['村委会', '居委会', '委员会', '街道', '社区', '村', '镇', '乡'] as const;

/**
 * At most this many pinyin readings per name. The reading pinyin-pro picks from its word list comes first, then
 * its surname reading (单 shan, 曾 zeng), then the name with one polyphone changed to each other reading
 * `polyphonic()` lists (长 chang → zhang, 朝 chao → zhao), left to right, until the cap. Every character's every
 * reading would multiply (家 jia/jie × 单 dan/shan/chan …); four covers the readings people type for place names.
 */
export const MAX_READINGS = 4;

/** The name without its administrative suffix, when at least two characters are left; else the name. */
export function coreName(name: string): string {
  for (const suffix of SUFFIXES) {
    if (name.endsWith(suffix) && name.length - suffix.length >= 2) return name.slice(0, -suffix.length);
  }
  return name;
}

/** Pinyin readings of the Han characters of a name, as syllable lists without tones; see MAX_READINGS. */
export function readings(name: string): string[][] {
  const han = [...name].filter(isHan).join('');
  if (!han) return [];
  const options = { toneType: 'none', type: 'array', v: true } as const;
  const found = new Map<string, string[]>();
  const add = (syllables: string[]) => {
    if (found.size < MAX_READINGS) found.set(syllables.join(' '), syllables);
  };
  const first = pinyin(han, options);
  add(first);
  add(pinyin(han, { ...options, mode: 'surname', surname: 'head' }));
  polyphonic(han, options).forEach((choices, index) => {
    for (const choice of choices) add(first.map((syllable, at) => (at === index ? choice : syllable)));
  });
  return [...found.values()].map((syllables) => syllables.map((syllable) => normalize(syllable)));
}

/** First letters of syllables: `['hu', 'jia', 'zhuang']` → `hjz`. */
export function initials(syllables: readonly string[]): string {
  return syllables.map((syllable) => syllable[0] ?? '').join('');
}

/** Full pinyin and initials of a Chinese text in each reading (`hujiazhuang`, `hjz`). */
function pinyinForms(text: string): string[] {
  return readings(text).flatMap((syllables) => [syllables.join(''), initials(syllables)]);
}

/**
 * Normalised, distinct, non-empty forms: every text in `names`, plus the full pinyin and initials of the Chinese
 * ones in `spoken` (an official name such as 濮阳县文留镇 or 胡家庄村委会 is written, never typed in pinyin).
 */
function formsOf(names: readonly (string | undefined)[], spoken: readonly string[] = []): string[] {
  const written = names.filter((name): name is string => !!name?.trim()).map(normalize);
  const pinyinOf = spoken.map(normalize).filter(hasHan).flatMap(pinyinForms);
  return unique([...written, ...pinyinOf]).filter((form) => form.length > 0);
}

/** Forms of a place, product or person: its everyday names and their cores (with pinyin), and official names. */
export function placeForms(everyday: readonly (string | undefined)[], official: readonly (string | undefined)[] = []) {
  const spoken = unique(present(everyday).flatMap((name) => [name, coreName(name)]));
  return formsOf([...spoken, ...official], spoken);
}

/**
 * Forms of a village: its everyday names and their cores (with pinyin), its official names, and both with the
 * township before them (文留胡家庄, 文留镇胡家庄村, 文留镇胡家庄). No pinyin of the township forms: people type those
 * in Chinese.
 */
export function villageForms(
  everyday: readonly (string | undefined)[],
  official: readonly (string | undefined)[],
  township: string,
): string[] {
  const spoken = unique(present(everyday).flatMap((name) => [name, coreName(name)]));
  const towns = unique([coreName(township), township]);
  const withTownship = towns.flatMap((town) => [...spoken, ...present(official)].map((name) => town + name));
  return formsOf([...spoken, ...official, ...withTownship], spoken);
}

/** Values that are set and not blank. */
function present(values: readonly (string | undefined)[]): string[] {
  return values.filter((value): value is string => !!value?.trim()).map((value) => value.trim());
}

/** Removes duplicates, keeping the first occurrence. */
export function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
