/** Walks a built site: its HTML pages, the site path of each, and what type of page it is. */
import { globSync } from 'node:fs';

/** One built page. */
export interface DistPage {
  /** File below the dist folder, e.g. `villages/wenliu/hujiazhuang/index.html`. */
  file: string;
  /** Site path without the base, e.g. `/villages/wenliu/hujiazhuang/`. */
  path: string;
  /** Page type (see `pageType`). */
  type: string;
}

/** Page types by site path, most specific first; other pages are typed by their first path segment. */
const TYPES: readonly [RegExp, string][] = [
  [/^\/$/u, 'home'],
  [/^\/404(\.html|\/)$/u, '404'],
  [/^\/search\/$/u, 'search'],
  [/^\/townships\/[^/]+\/$/u, 'township'],
  [/^\/villages\/[^/]+\/[^/]+\/$/u, 'village'],
  [/^\/bulletins\/(kind|township)\/[^/]+\/$/u, 'bulletin list'],
  [/^\/bulletins\/(township\/)?$/u, 'bulletin list'],
  [/^\/bulletins\/(kind\/[^/]+\/)?page\/\d+\/$/u, 'bulletin list'],
  [/^\/bulletins\/(?!page\/)[^/]+\/$/u, 'bulletin'],
  [/^\/stars\/[^/]+\/$/u, 'star'],
  [/^\/industries\/[^/]+\/$/u, 'industry'],
];

/** The type of the page at a site path: home, township, village, bulletin, search … */
export function pageType(path: string): string {
  for (const [pattern, type] of TYPES) if (pattern.test(path)) return type;
  const first = path.split('/').filter(Boolean)[0] ?? 'home';
  return path.split('/').filter(Boolean).length > 1 ? `${first} (sub-page)` : first;
}

/** The site path of a built HTML file: `a/b/index.html` → `/a/b/`, `404.html` → `/404.html`. */
export function sitePath(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/u, '$1')}`;
}

/** Every public HTML page below `dist`, sorted by path; the staff-only CMS (`admin/`) is not one. */
export function distPages(dist: string): DistPage[] {
  return globSync('**/*.html', { cwd: dist })
    .map((file) => file.split('\\').join('/'))
    .filter((file) => !file.startsWith('admin/'))
    .sort()
    .map((file) => ({ file, path: sitePath(file), type: pageType(sitePath(file)) }));
}

/** The first page of each type (a sample to open in a browser or in Lighthouse). */
export function onePerType(pages: readonly DistPage[]): DistPage[] {
  const seen = new Map<string, DistPage>();
  for (const page of pages) if (!seen.has(page.type)) seen.set(page.type, page);
  return [...seen.values()];
}
