/**
 * Pagefind's full-text part of a search page, through Pagefind's JavaScript API (no Component UI: its 47 KB are
 * not needed for a short list): loaded on the first query only, where WebAssembly and Intl.Segmenter exist. Searches
 * one bundle (a county's `<base>pagefind/`) or several merged in the browser (a city's counties on a province site).
 * What a phone fetches for a first query is kept small: Pagefind runs on the page itself (its web worker would be
 * another 12 KB of script to fetch), results come a few at a time (each one fetches its fragment), and the filters'
 * data is fetched only when the reader opens the filters or the address already sets one. Dropdowns list values in
 * a sensible order (五星 before 四星, newest year first), with one clear button, and the filters stay in the address.
 */
import { SEARCH_RANKING } from '../../lib/search/ranking';
import { cleanExcerpt } from './excerpt';

/** One Pagefind instance (`createInstance`, Pagefind ≥ 1.5): the part of its API used here. */
interface Pagefind {
  mergeIndex(path: string, options: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(term: string, options: { filters: Record<string, string> }): Promise<{ results: PagefindResult[] }>;
}
interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: Record<string, string | undefined> }>;
}
/** `<bundle>pagefind.js`. */
interface PagefindModule {
  createInstance(options: Record<string, unknown>): Pagefind;
}

/** Whether this browser can run Pagefind (older WeChat WebViews lack Intl.Segmenter or WebAssembly). */
export function canSearchText(): boolean {
  return typeof WebAssembly === 'object' && typeof Intl === 'object' && typeof Intl.Segmenter === 'function';
}

/** Results shown at first and per 显示更多: a phone's screenful; each one shown fetches its fragment (~1.3 KB). */
export const TEXT_PAGE = 5;

/** A Pagefind bundle: its folder (`/hualong/pagefind/`) and the site path its pages' URLs start from. */
export interface TextBundle {
  path: string;
  baseUrl: string;
}

/** What the page tells this part (data attributes of SearchPanel.astro, or the province's search page). */
export interface TextSearchOptions {
  /** URL parameter → Pagefind filter name (`level` → 星级); none on a page without filters. */
  filters: Record<string, string>;
  /** Filter name → its values in display order (values not listed follow, newest year first). */
  order: Record<string, string[]>;
  strings: {
    loading: string;
    none: string;
    count: string;
    all: string;
    clear: string;
    unavailable: string;
    /** The button that opens the filters. */
    filter: string;
    /** What the part says instead of results when the query names a place (`{q}`: the query); see `offer`. */
    offer: string;
    /** The button that then runs the full text (`{q}`: the query). */
    go: string;
  };
}

/** The full-text part inside `root` (with `[data-text-status]`, `[data-text-list]`, `[data-text-more]`, `[data-text-filters]`). */
export class TextSearch {
  /** One Pagefind instance per set of bundles searched, so that a county searched after its city is itself alone. */
  private readonly instances = new Map<string, Promise<Pagefind>>();
  private asked = 0;
  /** Whether the filters are shown (the reader opened them, or the address set one). */
  private filtersOpen = false;

  constructor(
    private readonly root: HTMLElement,
    private readonly options: TextSearchOptions,
    /** The bundles searched: one county's, or a city's counties' (merged). */
    public bundles: readonly TextBundle[],
    /** What a result's place is followed by, from its URL (on a province site: its county). */
    private readonly placeOf: (url: string) => string | undefined = () => undefined,
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
    this.root.querySelector('.search-text-go')?.remove();
    const status = this.part('[data-text-status]');
    const list = this.part('[data-text-list]');
    this.root.hidden = !query.trim();
    if (!query.trim()) return;
    status.textContent = this.options.strings.loading;
    try {
      const pagefind = await this.load();
      const filters = this.chosen();
      if (Object.keys(filters).length > 0) this.filtersOpen = true;
      const { results } = await pagefind.search(query, { filters });
      if (asked !== this.asked) return;
      status.textContent = results.length
        ? this.options.strings.count.replace('{n}', String(results.length))
        : this.options.strings.none;
      list.replaceChildren();
      await Promise.all([this.showMore(results, 0, asked), this.showFilters(pagefind, filters, query, asked)]);
    } catch {
      if (asked === this.asked) status.textContent = this.options.strings.unavailable;
    }
  }

  /**
   * Shows, instead of results, that the names listed above answer `query` (rank.ts › namesAnswer), with one button
   * that runs the full text: nothing is fetched until the reader asks (a resident looking up a village wants its
   * page, not 130 KB of search engine and index on a slow network). An older search still on its way is dropped.
   * `texts`: other words for the note and the button (`{q}`: the query), e.g. a province page's, which asks where.
   */
  offer(query: string, texts: { offer: string; go: string } = this.options.strings): void {
    this.asked += 1;
    this.root.hidden = !query.trim();
    if (!query.trim()) return;
    const fill = (template: string) => template.replaceAll('{q}', query.trim());
    this.part('[data-text-list]').replaceChildren();
    this.part('[data-text-filters]').replaceChildren();
    this.part('[data-text-more]').hidden = true;
    this.root.querySelector('.search-text-go')?.remove();
    const status = this.part('[data-text-status]');
    status.textContent = fill(texts.offer);
    const go = Object.assign(document.createElement('button'), {
      type: 'button',
      textContent: fill(texts.go),
      className: 'search-text-go',
    });
    go.addEventListener('click', () => void this.search(query));
    status.after(go);
  }

  private part(selector: string): HTMLElement {
    const found = this.root.querySelector<HTMLElement>(selector);
    if (!found) throw new Error(`missing ${selector}`);
    return found;
  }

  /** The Pagefind instance of the bundles searched now, made on first use and kept. */
  private load(): Promise<Pagefind> {
    const key = this.bundles.map((bundle) => bundle.path).join(' ');
    let instance = this.instances.get(key);
    if (!instance) {
      instance = openBundles(this.bundles);
      this.instances.set(key, instance);
      instance.catch(() => this.instances.delete(key));
    }
    return instance;
  }

  /** Appends results `from` … `from + TEXT_PAGE`, and a 显示更多 button while more remain. */
  private async showMore(results: readonly PagefindResult[], from: number, asked: number): Promise<void> {
    const more = this.part('[data-text-more]');
    const data = await Promise.all(results.slice(from, from + TEXT_PAGE).map((result) => result.data()));
    if (asked !== this.asked) return;
    this.part('[data-text-list]').append(...data.map((result) => resultItem(result, this.placeOf)));
    more.hidden = from + TEXT_PAGE >= results.length;
    more.onclick = () => void this.showMore(results, from + TEXT_PAGE, asked);
  }

  /** The filters when open (their data fetched now), else one button that opens them. */
  private async showFilters(pagefind: Pagefind, chosen: Record<string, string>, query: string, asked: number) {
    if (Object.keys(this.options.filters).length === 0) return;
    const box = this.part('[data-text-filters]');
    if (!this.filtersOpen) {
      const open = Object.assign(document.createElement('button'), {
        type: 'button',
        textContent: this.options.strings.filter,
        className: 'search-filter-open',
      });
      open.addEventListener('click', () => {
        this.filtersOpen = true;
        void this.search(query);
      });
      box.replaceChildren(open);
      return;
    }
    const counts = await pagefind.filters();
    if (asked === this.asked) this.renderFilters(counts, chosen, query);
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

/** One Pagefind instance over `bundles`: the first one's engine and index, the others merged into it. */
async function openBundles(bundles: readonly TextBundle[]): Promise<Pagefind> {
  const [first, ...rest] = bundles;
  if (!first) throw new Error('no Pagefind bundle to search');
  const module = (await import(/* @vite-ignore */ `${first.path}pagefind.js`)) as PagefindModule;
  const pagefind = module.createInstance({
    basePath: first.path,
    baseUrl: first.baseUrl,
    ranking: SEARCH_RANKING,
    noWorker: true,
  });
  for (const bundle of rest) {
    await pagefind.mergeIndex(bundle.path, { baseUrl: bundle.baseUrl, ranking: SEARCH_RANKING });
  }
  return pagefind;
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
function resultItem(
  data: { url: string; excerpt: string; meta: Record<string, string | undefined> },
  placeOf: (url: string) => string | undefined,
): HTMLElement {
  const url = data.meta['url'] ?? data.url;
  const place = [data.meta['place'], placeOf(url)].filter(Boolean).join(' · ');
  const item = Object.assign(document.createElement('li'), { className: 'search-result' });
  const body = Object.assign(document.createElement('div'), { className: 'search-body' });
  const title = Object.assign(document.createElement('p'), { className: 'search-title' });
  if (data.meta['kind'])
    title.append(
      Object.assign(document.createElement('span'), { className: 'search-kind', textContent: data.meta['kind'] }),
    );
  title.append(
    Object.assign(document.createElement('a'), {
      href: url,
      textContent: data.meta['title'] ?? data.url,
    }),
  );
  body.append(title);
  if (place) body.append(Object.assign(document.createElement('p'), { className: 'search-place', textContent: place }));
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
