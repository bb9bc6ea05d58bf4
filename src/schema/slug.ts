/**
 * Pinyin file names (slugs) for new content files, from the Chinese name, with pinyin-pro. The rules:
 * - tones are dropped, ü is written v (旅游 → lvyou), everything is lowercase ASCII;
 * - a place (village, township) is one word: all syllables joined, without the trailing 村, 镇, 乡 or 街道 that
 *   every name of its kind carries (胡家庄村 → hujiazhuang, 文留镇 → wenliu, 张榆林头 → zhangyulintou);
 * - any other name is split into words of two syllables joined by hyphens, a lone last syllable staying with the
 *   word before it (乡村旅游 → xiangcun-lvyou, 全国文明村 → quanguo-wenmingcun, 非洲菊 → feizhouju), from at
 *   most {@link MAX_PHRASE_CHARS} Chinese characters; letters and digits in the name become words of their own.
 * Polyphonic characters (长, 重, 行) can come out wrong: the scaffolder takes `--slug` to override.
 */
import { pinyin } from 'pinyin-pro';

/** How many Chinese characters of a title go into its slug. */
export const MAX_PHRASE_CHARS = 8;

/** Suffixes left out of place slugs, by kind; the longest match is removed. */
export const PLACE_SUFFIXES = { village: ['村'], township: ['街道', '镇', '乡'] } as const;

/** The ASCII slug rule of the content model (src/schema/fields.ts). */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;

const HAN = /\p{Script=Han}/u;

/** A token of a name: a syllable of one Chinese character, or a run of ASCII letters and digits. */
interface Token {
  text: string;
  han: boolean;
}

/** Splits a name into pinyin syllables and ASCII words; other characters (punctuation, spaces) are dropped. */
function tokens(name: string): { tokens: Token[]; unknown: string[] } {
  const out: Token[] = [];
  const unknown: string[] = [];
  for (const run of name.match(/\p{Script=Han}+|[A-Za-z0-9]+/gu) ?? []) {
    if (!HAN.test(run)) {
      out.push({ text: run.toLowerCase(), han: false });
      continue;
    }
    const syllables = pinyin(run, { toneType: 'none', type: 'array', v: true });
    [...run].forEach((char, index) => {
      const syllable = (syllables[index] ?? '').toLowerCase();
      if (/^[a-z]+$/u.test(syllable)) out.push({ text: syllable, han: true });
      else unknown.push(char);
    });
  }
  return { tokens: out, unknown };
}

/** A slug, or the characters pinyin-pro has no reading for (then the caller asks for `--slug`). */
export type SlugResult = { slug: string } | { unknown: string[] };

/** The name without the suffix every place of its kind carries (胡家庄村 → 胡家庄), unless nothing would be left. */
export function placeStem(name: string, kind: keyof typeof PLACE_SUFFIXES): string {
  const trimmed = name.trim();
  const suffix = PLACE_SUFFIXES[kind].find((end) => trimmed.endsWith(end) && trimmed.length > end.length);
  return suffix ? trimmed.slice(0, -suffix.length) : trimmed;
}

/** The slug of a village or township: all syllables of its stem joined (胡家庄村 → hujiazhuang). */
export function placeSlug(name: string, kind: keyof typeof PLACE_SUFFIXES): SlugResult {
  const found = tokens(placeStem(name, kind));
  if (found.unknown.length > 0) return { unknown: found.unknown };
  return { slug: found.tokens.map((token) => token.text).join('') };
}

/** The slug of a title or other name: two syllables a word (乡村旅游 → xiangcun-lvyou). */
export function phraseSlug(name: string, maxChars = MAX_PHRASE_CHARS): SlugResult {
  const found = tokens(name);
  if (found.unknown.length > 0) return { unknown: found.unknown };
  const words: string[] = [];
  let pending: string[] = [];
  let hanCount = 0;
  const flush = () => {
    if (pending.length === 1 && words.length > 0 && pending[0] !== undefined) words.push(`${words.pop()}${pending[0]}`);
    else if (pending.length > 0) words.push(pending.join(''));
    pending = [];
  };
  for (const token of found.tokens) {
    if (!token.han) {
      flush();
      words.push(token.text);
      continue;
    }
    if (hanCount === maxChars) continue;
    hanCount += 1;
    pending.push(token.text);
    if (pending.length === 2) {
      words.push(pending.join(''));
      pending = [];
    }
  }
  flush();
  return { slug: words.join('-') };
}

/**
 * What is wrong with a name typed on the command line, in Chinese (undefined when it is fine). Places must be
 * Chinese characters only; titles must hold at least one and fit on a line.
 */
export function nameProblem(name: string, place: boolean): string | undefined {
  const trimmed = name.trim();
  if (trimmed === '') return '名称不能为空';
  if (!HAN.test(trimmed)) return `“${trimmed}”里没有汉字：请写中文名称，如 胡家庄村`;
  if (/[\p{Cc}\p{Cf}]/u.test(trimmed)) return '名称里有看不见的控制字符，请重新输入名称';
  if (place && !/^[\p{Script=Han}·]+$/u.test(trimmed)) {
    return `“${trimmed}”里有汉字以外的字符：村和乡镇的名称只写汉字，如 胡家庄村、文留镇`;
  }
  if ([...trimmed].length > 60) return `名称太长（${[...trimmed].length} 个字，最多 60 个字）`;
  return undefined;
}
