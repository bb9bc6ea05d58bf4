/**
 * What a search page shows in the two parts of SearchResults.astro, the same on a county's search page
 * (search-ui.ts) and a province's (src/shell/pages/search.astro): the names found, and the full text's note where
 * this browser cannot run Pagefind. (The full-text results themselves are text-search.ts's.)
 */
import type { RankedName } from '../../lib/search/names/rank';
import { type NameLabels, renderNames } from './names-client';

/** The element `selector` inside `root`. */
function part(root: HTMLElement, selector: string): HTMLElement {
  const found = root.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`missing ${selector}`);
  return found;
}

/** What the names part says when no name matches `query` (a one-character query: type one or two more). */
function noNamesText(query: string, none: string, noneOne: string): string {
  const characters = [...query.trim()];
  return characters.length === 1 ? noneOne.replace('{q}', characters[0]!) : none;
}

/** Shows the names `ranked` for `query` (none: says so; an empty query hides the part). */
export function showNames(results: HTMLElement, query: string, ranked: readonly RankedName[], labels: NameLabels) {
  const names = part(results, '[data-name-results]');
  renderNames(part(names, '[data-name-list]'), ranked, labels);
  names.hidden = !query.trim();
  const none = part(names, '[data-names-none]');
  none.textContent = noNamesText(query, none.dataset['none'] ?? '', none.dataset['one'] ?? '');
  none.hidden = ranked.length > 0;
  names.dataset['query'] = query;
}

/** Where Pagefind cannot run (older WeChat): the full-text part says so for a query; the names above still work. */
export function showTextUnsupported(results: HTMLElement, query: string, message: string): void {
  const text = part(results, '[data-text-results]');
  text.hidden = !query.trim();
  part(text, '[data-text-status]').textContent = message;
}
