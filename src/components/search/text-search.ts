/**
 * Pagefind's full-text part of the search page, through Pagefind's JavaScript API (no Component UI: its 47 KB are
 * not needed for a short list): loaded from `<base>pagefind/` on the first query only, where WebAssembly and
 * Intl.Segmenter exist. Renders results a few at a time, one dropdown per filter with values in a sensible order
 * (五星 before 四星, newest year first), one clear button, and keeps the filters in the address.
 */
import { SEARCH_RANKING } from '../../lib/search/ranking';
import { cleanExcerpt } from './excerpt';

/** The part of Pagefind's API used here. */
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(term: string, options: { filters: Record<string, string> }): Promise<{ results: PagefindResult[] }>;
}
interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: Record<string, string | undefined> }>;
}

/** Whether this browser can run Pagefind (older WeChat WebViews lack Intl.Segmenter or WebAssembly). */
export function canSearchText(): boolean {
  return typeof WebAssembly === 'object' && typeof Intl === 'object' && typeof Intl.Segmenter === 'function';
}

/** Results shown at first and per 显示更多. */
const PAGE = 8;

/** What the page tells this part (data attributes of SearchPanel.astro). */
export interface TextSearchOptions {
  bundle: string;
  /** URL parameter → Pagefind filter name (`level` → 星级). */
  filters: Record<string, string>;
  /** Filter name → its values in display order (values not listed follow, newest year first). */
  order: Record<string, string[]>;
  strings: { loading: string; none: string; count: string; all: string; clear: string; unavailable: string };
}

/** The full-text part inside `root` (`[data-text-results]`). */
export class TextSearch {
  private pagefind: Promise<Pagefind> | undefined;
  private asked = 0;

  constructor(
    private readonly root: HTMLElement,
    private readonly options: TextSearchOptions,
  ) {}

  /** The filters chosen, from the address (`?level=五星支部`). */
  chosen(): Record<string, string> {
    const params = new URLSearchParams(window.location.search);
    const chosen: Record<string, string> = {};
    for (const [param, name] of Object.entries(this.options.filters)) {
      const value = params.get(param);
      if (value) chosen[name] = value;
    }
    return chosen;
  }

  /** Searches `query` with the chosen filters and shows the results. */
  async search(query: string): Promise<void> {
    const asked = (this.asked += 1);
    const status = this.part('[data-text-status]');
    const list = this.part('[data-text-list]');
    this.root.hidden = !query.trim();
    if (!query.trim()) return;
    status.textContent = this.options.strings.loading;
    try {
      const pagefind = await this.load();
      const filters = this.chosen();
      const [{ results }, counts] = await Promise.all([pagefind.search(query, { filters }), pagefind.filters()]);
      if (asked !== this.asked) return;
      this.renderFilters(counts, filters, query);
      status.textContent = results.length
        ? this.options.strings.count.replace('{n}', String(results.length))
        : this.options.strings.none;
      list.replaceChildren();
      await this.showMore(results, 0, asked);
    } catch {
      if (asked === this.asked) status.textContent = this.options.strings.unavailable;
    }
  }

  private part(selector: string): HTMLElement {
    const found = this.root.querySelector<HTMLElement>(selector);
    if (!found) throw new Error(`missing ${selector}`);
    return found;
  }

  private load(): Promise<Pagefind> {
    this.pagefind ??= (async () => {
      const pagefind = (await import(/* @vite-ignore */ `${this.options.bundle}pagefind.js`)) as Pagefind;
      await pagefind.options({ ranking: SEARCH_RANKING });
      return pagefind;
    })();
    this.pagefind.catch(() => (this.pagefind = undefined));
    return this.pagefind;
  }

  /** Appends results `from` … `from + PAGE`, and a 显示更多 button while more remain. */
  private async showMore(results: readonly PagefindResult[], from: number, asked: number): Promise<void> {
    const more = this.part('[data-text-more]');
    const data = await Promise.all(results.slice(from, from + PAGE).map((result) => result.data()));
    if (asked !== this.asked) return;
    this.part('[data-text-list]').append(...data.map(resultItem));
    more.hidden = from + PAGE >= results.length;
    more.onclick = () => void this.showMore(results, from + PAGE, asked);
  }

  /** One dropdown per filter (values in order, with counts) and one clear button when any filter is set. */
  private renderFilters(counts: Record<string, Record<string, number>>, chosen: Record<string, string>, query: string) {
    const box = this.part('[data-text-filters]');
    const controls: HTMLElement[] = [];
    for (const [param, name] of Object.entries(this.options.filters)) {
      const values = ordered(Object.keys(counts[name] ?? {}), this.options.order[name] ?? []);
      if (values.length === 0) continue;
      const select = document.createElement('select');
      select.name = param;
      select.setAttribute('aria-label', name);
      select.append(new Option(this.options.strings.all.replace('{filter}', name), ''));
      for (const value of values) select.append(new Option(value, value, false, chosen[name] === value));
      select.addEventListener('change', () => {
        setParam(param, select.value);
        void this.search(query);
      });
      controls.push(select);
    }
    if (Object.keys(chosen).length > 0) {
      const clear = Object.assign(document.createElement('button'), {
        type: 'button',
        textContent: this.options.strings.clear,
        className: 'search-clear',
      });
      clear.addEventListener('click', () => {
        for (const param of Object.keys(this.options.filters)) setParam(param, '');
        void this.search(query);
      });
      controls.push(clear);
    }
    box.replaceChildren(...controls);
  }
}

/** Values in the given order first, then the rest: numbers (years) newest first, others as they came. */
function ordered(values: readonly string[], order: readonly string[]): string[] {
  const rank = (value: string) => (order.includes(value) ? order.indexOf(value) : order.length);
  return [...values].sort((a, b) => rank(a) - rank(b) || Number(b) - Number(a) || 0);
}

/** Sets or removes one parameter of the address without a reload. */
function setParam(name: string, value: string): void {
  const url = new URL(window.location.href);
  if (value) url.searchParams.set(name, value);
  else url.searchParams.delete(name);
  history.replaceState(history.state, '', url);
}

/** One result: kind, title as a link, place, cleaned excerpt (no thumbnail: 17 KB a phone need not fetch). */
function resultItem(data: { url: string; excerpt: string; meta: Record<string, string | undefined> }): HTMLElement {
  const item = Object.assign(document.createElement('li'), { className: 'search-result' });
  const body = Object.assign(document.createElement('div'), { className: 'search-body' });
  const title = Object.assign(document.createElement('p'), { className: 'search-title' });
  if (data.meta['kind'])
    title.append(
      Object.assign(document.createElement('span'), { className: 'search-kind', textContent: data.meta['kind'] }),
    );
  title.append(
    Object.assign(document.createElement('a'), {
      href: data.meta['url'] ?? data.url,
      textContent: data.meta['title'] ?? data.url,
    }),
  );
  body.append(title);
  if (data.meta['place'])
    body.append(
      Object.assign(document.createElement('p'), { className: 'search-place', textContent: data.meta['place'] }),
    );
  if (data.excerpt)
    body.append(
      Object.assign(document.createElement('p'), {
        className: 'search-excerpt',
        innerHTML: cleanExcerpt(data.excerpt),
      }),
    );
  item.append(body);
  return item;
}
