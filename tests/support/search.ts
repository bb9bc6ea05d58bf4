/**
 * Runs searches in a real browser page against a built site, through Pagefind's own JavaScript API
 * (`<base>pagefind/pagefind.js`) with the site's ranking options — the same index and ranking the search page uses.
 */
import type { Page } from 'playwright-core';
import { SEARCH_RANKING } from '../../src/lib/search/ranking';

/** One search result as the tests see it. */
export interface Hit {
  /** Result URL, with the base path. */
  url: string;
  /** `title` metadata. */
  title: string;
  /** `kind` metadata (村 / 镇 / 通报 …), empty when the page has none. */
  kind: string;
}

/**
 * Searches `query` in `page` (already on a page of the built site) and returns the first `limit` results, best
 * first. `bundle` is the Pagefind folder with the base path, e.g. `/zhuanti/wuxing/pagefind/`.
 */
export async function search(
  page: Page,
  bundle: string,
  query: string,
  options: { limit?: number; filters?: Record<string, string> } = {},
): Promise<Hit[]> {
  // A string, not a function: Vitest rewrites import() inside functions it compiles, which breaks in the browser.
  const args = JSON.stringify({
    module: `${bundle}pagefind.js`,
    query,
    ranking: SEARCH_RANKING,
    limit: options.limit ?? 3,
    filters: options.filters ?? {},
  });
  return page.evaluate(`(async ({ module, query, ranking, limit, filters }) => {
    const pagefind = await import(module);
    await pagefind.options({ ranking });
    const { results } = await pagefind.search(query, { filters });
    const data = await Promise.all(results.slice(0, limit).map((result) => result.data()));
    return data.map((item) => ({ url: item.url, title: item.meta.title ?? '', kind: item.meta.kind ?? '' }));
  })(${args})`) as Promise<Hit[]>;
}
