/**
 * Name suggestions under a search box (the header's, the home page's): as the visitor types, the best few names
 * of the directory appear as links below the box; Enter without choosing one submits the form to the search page.
 * Loaded by SearchEntry.astro on the box's first focus, so pages carry none of this up front.
 */
import type { RankedName } from '../../lib/search/names/rank';
import { NameDirectory, renderNames } from './names-client';

/** How many names the box suggests. */
const SUGGESTIONS = 6;

/** Directories by folder, shared by the boxes of a page. */
const directories = new Map<string, NameDirectory>();

/** Starts suggestions for the form (a `[data-name-suggest]` element with an input and a `[data-suggestions]` list). */
export function startSuggestions(form: HTMLElement): void {
  const input = form.querySelector<HTMLInputElement>('input[name="q"]');
  const list = form.querySelector<HTMLElement>('[data-suggestions]');
  const folder = form.dataset['names'];
  if (!input || !list || !folder || form.dataset['ready']) return;
  form.dataset['ready'] = 'true';
  const kinds = JSON.parse(form.dataset['kinds'] ?? '{}') as Record<string, string>;
  const base = form.dataset['base'] ?? '/';
  let directory = directories.get(folder);
  if (!directory) directories.set(folder, (directory = new NameDirectory(folder)));
  directory.prefetch();
  let latest = 0;
  const update = async () => {
    const asked = (latest += 1);
    const query = input.value;
    const show = (ranked: RankedName[]) => {
      if (asked !== latest) return; // a newer keystroke has its own answer
      renderNames(list, ranked.slice(0, SUGGESTIONS), { kinds, base });
      list.hidden = ranked.length === 0;
      input.setAttribute('aria-expanded', String(ranked.length > 0));
      form.dataset['suggested'] = query;
    };
    await directory.searchAsYouType(query, show, SUGGESTIONS).catch(() => show([]));
  };
  input.addEventListener('input', () => void update());
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
    }
    if (event.key === 'ArrowDown' && !list.hidden) {
      event.preventDefault();
      list.querySelector<HTMLElement>('a')?.focus();
    }
  });
  if (input.value.trim()) void update();
}
