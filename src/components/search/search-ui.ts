/**
 * Browser side of the search page. Checks that the browser can run Pagefind (WebAssembly to search, Intl.Segmenter
 * to cut a Chinese query into words), loads Pagefind's Component UI from the site's own /pagefind/ folder (never a
 * CDN), and keeps the query in the address (?q=胡家庄) so a search can be shared and cited. Where the browser
 * cannot search, the page keeps a plain message and the links to browse townships and villages.
 */
import { SEARCH_RANKING } from '../../lib/search/ranking';
import { labelDropdowns } from './label-dropdowns';

/** The parts of Pagefind's Component UI instance this page uses. */
interface SearchInstance {
  triggerSearch(term: string): void;
  on(event: 'search' | 'error', callback: (term?: unknown) => void): void;
}

/** What pagefind-component-ui.js puts on `window`. */
interface PagefindComponents {
  configureInstance(name: string, options: Record<string, unknown>): SearchInstance;
}

/** Whether this browser can run the search (older WeChat WebViews lack Intl.Segmenter or WebAssembly). */
export function canSearch(): boolean {
  return (
    typeof WebAssembly === 'object' &&
    typeof Intl === 'object' &&
    typeof Intl.Segmenter === 'function' &&
    'customElements' in window
  );
}

/** Adds a stylesheet to the page and resolves when it has loaded (or failed: the UI still works unstyled). */
function addStylesheet(url: string): Promise<void> {
  const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: url });
  const loaded = new Promise<void>((resolve) => {
    link.addEventListener('load', () => resolve());
    link.addEventListener('error', () => resolve());
  });
  document.head.append(link);
  return loaded;
}

/** Puts the query into the address bar without a reload, or removes it when the box is cleared. */
function rememberQuery(term: unknown): void {
  const url = new URL(window.location.href);
  if (typeof term === 'string' && term.trim()) url.searchParams.set('q', term.trim());
  else url.searchParams.delete('q');
  history.replaceState(history.state, '', url);
}

/**
 * Starts the search UI inside `root` (the element with `data-search`): its `data-bundle` names the Pagefind folder,
 * its `<template>` holds the UI, `[data-search-status]` the message shown when search cannot run.
 */
export async function startSearch(root: HTMLElement): Promise<void> {
  const status = root.querySelector<HTMLElement>('[data-search-status]');
  const mount = root.querySelector<HTMLElement>('[data-search-mount]');
  const template = root.querySelector<HTMLTemplateElement>('template');
  const bundle = root.dataset['bundle'];
  if (!status || !mount || !template || !bundle) return;
  const say = (message: string | undefined) => {
    status.textContent = message ?? '';
    status.hidden = false;
    root.dataset['state'] = 'unavailable';
  };
  if (!canSearch()) return say(root.dataset['unsupported']);
  try {
    const [, ui] = await Promise.all([
      addStylesheet(`${bundle}pagefind-component-ui.css`),
      import(/* @vite-ignore */ `${bundle}pagefind-component-ui.js`) as Promise<unknown>,
    ]);
    const components = (ui as { configureInstance?: unknown }).configureInstance
      ? (ui as PagefindComponents)
      : (window as unknown as { PagefindComponents: PagefindComponents }).PagefindComponents;
    // Configure before the components are put on the page: an instance keeps the options it was created with.
    const instance = components.configureInstance('default', { bundlePath: bundle, ranking: SEARCH_RANKING });
    instance.on('error', () => say(root.dataset['unavailable']));
    instance.on('search', rememberQuery);
    status.hidden = true;
    labelDropdowns(mount);
    mount.append(template.content.cloneNode(true));
    root.dataset['state'] = 'ready';
    const query = new URLSearchParams(window.location.search).get('q');
    if (query) instance.triggerSearch(query);
  } catch {
    say(root.dataset['unavailable']);
  }
}
