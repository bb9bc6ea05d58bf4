/**
 * The draft's file name: `<date>-<township>-<short pinyin of the title>.mdx`, e.g.
 * `2023-06-01-wenliu-dangjian-yinling.mdx`. The pinyin is that of the title's first {@link SLUG_HAN_CHARS} Chinese
 * characters, two syllables to a word, like the slugs under `content/` (`chuangxing-malasong`).
 */

import { pinyin } from 'pinyin-pro';
import { isHan } from './glyphs';

/** How many Chinese characters of the title go into the slug. */
export const SLUG_HAN_CHARS = 4;

/** Slug used when the title has neither Chinese characters nor ASCII letters or digits. */
const FALLBACK_SLUG = 'tongbao';

/** The short pinyin slug of a title: `党建引领凝聚合力` → `dangjian-yinling`; ASCII titles are lowercased. */
export function titleSlug(title: string, hanChars = SLUG_HAN_CHARS): string {
  const han = [...title].filter(isHan).slice(0, hanChars).join('');
  if (han !== '') {
    const syllables = pinyin(han, { toneType: 'none', type: 'array', v: true }).map((syllable) =>
      syllable.toLowerCase().replace(/[^a-z]/gu, ''),
    );
    const words: string[] = [];
    for (let index = 0; index < syllables.length; index += 2) words.push(syllables.slice(index, index + 2).join(''));
    const slug = words.filter((word) => word !== '').join('-');
    if (slug !== '') return slug;
  }
  const ascii = title
    .toLowerCase()
    .split(/[^a-z0-9]+/u)
    .filter((word) => word !== '')
    .slice(0, 4)
    .join('-');
  return ascii === '' ? FALLBACK_SLUG : ascii;
}

/** The default file name of a draft: `<date>-<township>-<titleSlug>.mdx`. */
export function draftFileName(date: string, township: string, title: string): string {
  return `${date}-${township}-${titleSlug(title)}.mdx`;
}
