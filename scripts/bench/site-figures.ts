/**
 * Figures of an assembled province or city site for `npm run bench -- --area`: the heaviest page up front, by page
 * type (shell pages, and county pages typed as on a county site), and the bytes a phone fetches for a first search
 * on the province's search page, on a county's, and widened to a city.
 */
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../lib/browser';
import { pageType } from '../quality/dist-pages';
import { type FirstQueryBytes, measureFirstQuery } from '../search-bytes';
import { type TypeWeight, weightsByType } from './dist-stats';

/** The type of a site path on a province site: `县 village`, `省市 cities` … */
export function provincePageType(path: string, counties: ReadonlySet<string>): string {
  const first = path.split('/').filter(Boolean)[0] ?? '';
  return counties.has(first) ? `县 ${pageType(path.slice(first.length + 1))}` : `省市 ${pageType(path)}`;
}

/** What the bench reports about the site. */
export interface SiteFigures {
  weights: TypeWeight[];
  searches: { where: string; result: FirstQueryBytes }[];
}

/** Measures the site in `dist`; `query` is a village name typed in full, `county` and `city` where to try it. */
export async function siteFigures(options: {
  dist: string;
  counties: readonly string[];
  county: string;
  city: string;
  query: string;
}): Promise<SiteFigures> {
  const slugs = new Set(options.counties);
  const weights = weightsByType(options.dist, (path) => provincePageType(path, slugs));
  const browser: Browser = await launchBrowser();
  try {
    const searches: SiteFigures['searches'] = [];
    for (const [where, page] of [
      ['全省（市）搜索页', '/search/'],
      [`${options.county} 的搜索页`, `/${options.county}/search/`],
      [`全省搜索页，全文扩大到 ${options.city} 市`, `/search/?city=${options.city}`],
    ] as const) {
      searches.push({
        where,
        result: await measureFirstQuery({ dir: options.dist, query: options.query, page, browser }),
      });
    }
    return { weights, searches };
  } finally {
    await browser.close();
  }
}
