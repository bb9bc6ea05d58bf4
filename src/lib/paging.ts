/**
 * Long lists in pages with Astro's `paginate()` on a `[...page].astro` route: the first page at the list's own path
 * (`/bulletins/`), the others under `page/` (`/bulletins/page/2/`).
 */

/** Items on one page of a list; past this a list gets more pages (a province has 9,000 bulletins). */
export const PAGE_SIZE = 50;

/** `paginate()`'s `format` option: its URL of page n (`/bulletins/2/`) as this site's (`/bulletins/page/2/`). */
export function pageUrl(url: string): string {
  return url.replace(/\/(\d+)\/$/, '/page/$1/');
}

/** `paginate()`'s paths with the page number moved under `page/` (`2` → `page/2`), as `pageUrl` links them. */
export function underPage<P extends { params: { page: string | undefined } }>(pages: readonly P[]): P[] {
  return pages.map((path) => ({
    ...path,
    params: { ...path.params, page: path.params.page === undefined ? undefined : `page/${path.params.page}` },
  }));
}
