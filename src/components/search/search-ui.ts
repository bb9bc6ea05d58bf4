/**
 * Browser side of the search page: name matches first (the name directory, plain JavaScript, works everywhere),
 * then Pagefind's full-text results below (only where WebAssembly and Intl.Segmenter exist; elsewhere that part
 * alone says it cannot run) — or, when the names answer the query (a village's own name), a button that runs the
 * full text. `?q=` starts a search on load and the address follows the box.
 */
import { namesAnswer, type RankedName } from '../../lib/search/names/rank';
import { NameDirectory } from './names-client';
import { showNames, showTextUnsupported } from './results-view';
import { canSearchText, TextSearch, type TextSearchOptions } from './text-search';

/** Wait after the last keystroke before the full-text search (names answer at once). */
const TEXT_DELAY_MS = 250;

/** Puts the query into the address bar without a reload, or removes it when the box is cleared. */
function rememberQuery(query: string): void {
  const url = new URL(window.location.href);
  if (query.trim()) url.searchParams.set('q', query.trim());
  else url.searchParams.delete('q');
  history.replaceState(history.state, '', url);
}

/** Reads a JSON data attribute. */
const json = <T>(root: HTMLElement, name: string): T => JSON.parse(root.dataset[name] ?? '{}') as T;

/** Starts the search page inside `root` (the element with `data-search`, see SearchPanel.astro). */
export function startSearch(root: HTMLElement): void {
  const input = root.querySelector<HTMLInputElement>('input[name="q"]');
  const form = root.querySelector<HTMLFormElement>('form');
  const status = root.querySelector<HTMLElement>('[data-search-status]');
  const results = root.querySelector<HTMLElement>('[data-search-results]');
  const textRoot = root.querySelector<HTMLElement>('[data-text-results]');
  if (!input || !form || !status || !results || !textRoot) return;
  status.hidden = true;
  const directory = new NameDirectory(root.dataset['names'] ?? '/names/');
  const labels = { kinds: json<Record<string, string>>(root, 'kinds'), base: root.dataset['base'] ?? '/' };
  const text = canSearchText()
    ? new TextSearch(textRoot, json<TextSearchOptions>(textRoot, 'text'), [
        { path: root.dataset['bundle'] ?? '/pagefind/', baseUrl: labels.base },
      ])
    : undefined;
  let asked = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  /** Shows the names for `query`; resolves with them, or undefined when a newer keystroke has its own answer. */
  const searchNames = async (query: string): Promise<RankedName[] | undefined> => {
    const mine = (asked += 1);
    let shown: RankedName[] = [];
    const show = (ranked: RankedName[]) => {
      if (mine !== asked) return;
      shown = ranked;
      showNames(results, query, ranked, labels);
    };
    await directory.searchAsYouType(query, show).catch(() => show([]));
    return mine === asked ? shown : undefined;
  };
  const searchText = (query: string, names: readonly RankedName[]) => {
    if (!text) {
      showTextUnsupported(results, query, root.dataset['unsupported'] ?? '');
      return;
    }
    clearTimeout(timer);
    // A village's or township's own name: its page is listed; the full text waits for a tap (no filter asked for).
    if (namesAnswer(query, names) && Object.keys(text.chosen()).length === 0) text.offer(query);
    else timer = setTimeout(() => void text.search(query), TEXT_DELAY_MS);
  };
  const run = (query: string) => {
    rememberQuery(query);
    clearTimeout(timer); // a keystroke postpones the full text until typing pauses
    // Names first: Pagefind's engine and WebAssembly, compiled on a slow phone, would hold up their painting.
    void searchNames(query).then((names) => names && searchText(query, names));
  };
  input.addEventListener('input', () => run(input.value));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    run(input.value);
  });
  directory.prefetch();
  root.dataset['state'] = text ? 'ready' : 'names-only';
  const query = new URLSearchParams(window.location.search).get('q');
  if (query) {
    input.value = query;
    run(query);
  }
}
