/**
 * The draft's file name: `<date>-<township>-<pinyin of the title>.mdx`, e.g.
 * `2023-06-01-wenliu-dangjian-yinling-ningju-heli.mdx`. The title words follow the scaffolder's rule
 * (src/schema/slug.ts `phraseSlug`), so drafts and scaffolded bulletins are named alike.
 */
import { phraseSlug } from '../../../src/schema/slug';

/** Slug used when the title has neither Chinese characters nor ASCII letters or digits. */
const FALLBACK_SLUG = 'tongbao';

/** The pinyin slug of a title (`党建引领凝聚合力` → `dangjian-yinling-ningju-heli`); ASCII titles are lowercased. */
export function titleSlug(title: string): string {
  const result = phraseSlug(title);
  return 'slug' in result && result.slug !== '' ? result.slug : FALLBACK_SLUG;
}

/** The default file name of a draft: `<date>-<township>-<titleSlug>.mdx`. */
export function draftFileName(date: string, township: string, title: string): string {
  return `${date}-${township}-${titleSlug(title)}.mdx`;
}
