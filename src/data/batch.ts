/**
 * The county of the page being made in a batch build (src/lib/province/batch.ts): `inCounty` runs work inside one
 * county (the middleware runs each page's render in it), and `perCounty` wraps a page's `getStaticPaths`, so that in a
 * batch it runs once inside each county and every path gets its `county` parameter (the route the integration added
 * is `/[county]/…`); a page without parameters gets one path per county. Outside a batch it returns the page's own
 * function unchanged (undefined for a page without parameters), so a county site builds exactly as before.
 */
import type { GetStaticPaths, GetStaticPathsItem, GetStaticPathsOptions, GetStaticPathsResult } from 'astro';
import { AsyncLocalStorage } from 'node:async_hooks';
import { batchSlugs, setCountyResolver } from '../lib/province/batch';

const current = new AsyncLocalStorage<string>();

/** Runs `work` as a part of county `slug`'s pages (what it starts, awaits or streams stays in that county). */
export function inCounty<T>(slug: string, work: () => T): T {
  return current.run(slug, work);
}

// Inside a batch, content read outside a county (a page or lookup escaping its county) would mix counties: an error.
setCountyResolver(() => {
  const slug = current.getStore();
  if (slug !== undefined || !batchSlugs()) return slug;
  throw new Error('batch build: content was read outside a county (inCounty)');
});

/** The one path of a page without parameters. */
const single = (): GetStaticPathsItem[] => [{ params: {} }];

/**
 * A page's `getStaticPaths` for a batch: run once inside each county, each path with its `county`; without a batch,
 * the page's own (none for a page without parameters).
 */
export function perCounty<T extends GetStaticPaths>(paths: T): T;
export function perCounty(): GetStaticPaths | undefined;
export function perCounty(paths?: GetStaticPaths): GetStaticPaths | undefined {
  const slugs = batchSlugs();
  if (!slugs) return paths;
  const own = paths ?? single;
  return async (options: GetStaticPathsOptions): Promise<GetStaticPathsResult> => {
    const all: GetStaticPathsResult = [];
    for (const county of slugs) {
      // Pages of a paginated list get the county too (the route's own parameters are the page's and `county`).
      const paginate = ((data, args) =>
        options.paginate(data, { ...args, params: { ...args?.params, county } })) as GetStaticPathsOptions['paginate'];
      const list = await inCounty(county, () => own({ ...options, paginate }));
      for (const path of list as GetStaticPathsItem[]) all.push({ ...path, params: { ...path.params, county } });
    }
    return all;
  };
}
