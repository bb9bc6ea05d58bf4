/**
 * Frontmatter inferred from a cleaned article: title, summary, kind, and the townships and villages it names.
 * Each guess says where it came from, so the importer can tell staff what to check.
 */

import type { BulletinKind } from '../../../src/schema/glossary';
import { endsSentence } from './glyphs';
import type { Block } from './layout';

/** Longest summary, in characters. */
export const MAX_SUMMARY_LENGTH = 120;
/** Longest title taken from a sentence, in characters. */
export const MAX_TITLE_LENGTH = 40;

/** The kind a bulletin has when nothing says otherwise. */
export const DEFAULT_KIND: BulletinKind = '典型案例';

/** Where an inferred title comes from. */
export type TitleSource = 'leading-heading' | 'first-heading' | 'first-sentence' | 'none';

/** Splits a text into sentences, each keeping its end mark and closing quotes (`…说。”`). */
export function sentences(text: string): string[] {
  return text.match(/[^。！？!?]+(?:[。！？!?]+[”’」』）》]*|$)/gu)?.map((part) => part.trim()) ?? [];
}

/** Shortens a text to `max` characters, cutting after the last comma or stop that fits and adding `…`. */
export function shorten(text: string, max: number): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  const head = chars.slice(0, max - 1).join('');
  const cut = Math.max(...[...'，、；：,;'].map((mark) => head.lastIndexOf(mark)));
  return `${cut > max / 2 ? head.slice(0, cut) : head}…`;
}

/**
 * The title: a heading that opens the article (the headline), else the first heading, else the first sentence
 * without its end mark (at most {@link MAX_TITLE_LENGTH} characters).
 */
export function inferTitle(blocks: readonly Block[]): { title: string; source: TitleSource } {
  const first = blocks[0];
  if (first?.type === 'heading') return { title: first.text, source: 'leading-heading' };
  const heading = blocks.find((block) => block.type === 'heading');
  if (heading) return { title: heading.text, source: 'first-heading' };
  const paragraph = blocks.find((block) => block.type === 'paragraph');
  const sentence = sentences(paragraph?.text ?? '')[0];
  if (sentence === undefined) return { title: '', source: 'none' };
  return { title: shorten(sentence.replace(/[。！？!?]+$/u, ''), MAX_TITLE_LENGTH), source: 'first-sentence' };
}

/**
 * The summary: the first sentence of the first paragraph, plus the second when both fit in
 * {@link MAX_SUMMARY_LENGTH} characters; a longer first sentence is shortened at a comma.
 */
export function inferSummary(blocks: readonly Block[]): string {
  const paragraph = blocks.find((block) => block.type === 'paragraph');
  const [first, second] = sentences(paragraph?.text ?? '');
  if (first === undefined) return '';
  const both = second !== undefined && endsSentence(first) ? first + second : first;
  return [...both].length <= MAX_SUMMARY_LENGTH ? both : shorten(first, MAX_SUMMARY_LENGTH);
}

/** Phrases that name each bulletin kind (周通报 also as 第N周…通报, 月评比 as 月度评比 …). */
const KIND_PATTERNS: ReadonlyArray<[BulletinKind, RegExp]> = [
  ['周通报', /周通报|第[\d一二三四五六七八九十]+周.*通报/u],
  ['月评比', /月评比|月度评比|[\d一二三四五六七八九十]+月份?.*评比/u],
  ['季观摩', /季观摩|季度观摩|季度.*观摩/u],
  ['综述', /综述/u],
];

/**
 * The kind, read from the title only: the body of a case study often lists the mechanisms (`通过周通报、月评比、
 * 季观摩`), which says nothing about the article's own kind. No match, or more than one, gives
 * {@link DEFAULT_KIND}.
 */
export function inferKind(title: string): { kind: BulletinKind; inferred: boolean } {
  const matches = KIND_PATTERNS.filter(([, pattern]) => pattern.test(title)).map(([kind]) => kind);
  const [only] = matches;
  if (matches.length === 1 && only !== undefined) return { kind: only, inferred: true };
  return { kind: DEFAULT_KIND, inferred: false };
}

/** A place the importer can recognise: its slug or reference and the Chinese names it is printed under. */
export interface KnownPlace {
  /** Township slug (`wenliu`) or village reference (`wenliu/hujiazhuang`). */
  id: string;
  /** Names it is printed under, e.g. 文留镇; names shorter than two characters are ignored. */
  names: readonly string[];
}

/** The places a text names, most often named first (ties: first named first); each counted by its longest name. */
export function detectPlaces(text: string, places: readonly KnownPlace[]): string[] {
  const found = places
    .map((place) => {
      const names = place.names.filter((name) => [...name].length >= 2);
      const count = Math.max(0, ...names.map((name) => text.split(name).length - 1));
      const first = Math.min(...names.map((name) => text.indexOf(name)).filter((index) => index >= 0));
      return { id: place.id, count, first };
    })
    .filter((place) => place.count > 0);
  found.sort((a, b) => b.count - a.count || a.first - b.first);
  return found.map((place) => place.id);
}
