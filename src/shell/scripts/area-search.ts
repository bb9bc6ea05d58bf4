/**
 * Full-text search of a province or city site over one county, or one city (its counties' Pagefind indexes merged
 * in the browser with `mergeIndex`): never every county at once. Loaded on the search page only.
 */

import { cleanExcerpt } from '../../components/search/excerpt';

/** The part of Pagefind's browser API used here. */
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  mergeIndex(path: string, options: Record<string, unknown>): Promise<void>;
  search(
    term: string,
  ): Promise<{ results: { data(): Promise<{ url: string; meta: { title?: string }; excerpt: string }> }[] }>;
}

/** How many full-text results are shown. */
const SHOWN = 10;

/** Loads the indexes of `slugs` (the first one's bundle, the others merged) under `base`. */
async function loadIndexes(base: string, slugs: readonly string[]): Promise<Pagefind> {
  const [first, ...rest] = slugs;
  const pagefind = (await import(/* @vite-ignore */ `${base}${first}/pagefind/pagefind.js`)) as Pagefind;
  await pagefind.options({ baseUrl: `${base}${first}/` });
  for (const slug of rest) await pagefind.mergeIndex(`${base}${slug}/pagefind/`, { baseUrl: `${base}${slug}/` });
  return pagefind;
}

/** Runs `query` over `slugs` and fills `list` with links; returns how many results there were. */
export async function searchArea(
  base: string,
  slugs: readonly string[],
  query: string,
  list: HTMLElement,
): Promise<number> {
  const pagefind = await loadIndexes(base, slugs);
  const { results } = await pagefind.search(query);
  const shown = await Promise.all(results.slice(0, SHOWN).map((result) => result.data()));
  list.replaceChildren(
    ...shown.map((data) => {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = data.url;
      link.textContent = data.meta.title ?? data.url;
      const excerpt = document.createElement('p');
      excerpt.textContent = cleanExcerpt(data.excerpt).replace(/<[^>]*>/gu, '');
      item.append(link, excerpt);
      return item;
    }),
  );
  return results.length;
}
