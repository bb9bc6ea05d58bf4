/**
 * Several counties in one Astro build (src/lib/province/batch.ts, src/data/batch.ts): the batch's counties from the
 * environment, each page's paths once per county with its county known to everything the page reads, links below
 * the county's folder; and the split of the batch's output (scripts/build/province/batch-split.ts). No Astro build.
 */
import type { GetStaticPaths, GetStaticPathsOptions } from 'astro';
import { afterEach, describe, expect, it } from 'vitest';
import { inCounty, perCounty } from '../../../src/data/batch';
import { BATCH_ENV, batchSlugs, countyCollection, countyPrefix, currentCounty } from '../../../src/lib/province/batch';
import { href } from '../../../src/lib/urls';
import { batchesOf, countySitemap, splitSitemaps } from '../../../scripts/build/province/batch-split';

afterEach(() => {
  delete process.env[BATCH_ENV];
});

/** Astro's paginate, enough for the wrapper: one path per page of two items. */
const options = {
  paginate: (data: readonly unknown[], args?: { params?: Record<string, string> }) =>
    Array.from({ length: Math.ceil(data.length / 2) }, (_, index) => ({
      params: { ...args?.params, page: index === 0 ? undefined : String(index + 1) },
      props: { page: data.slice(index * 2, index * 2 + 2) },
    })),
  routePattern: '/[county]/bulletins/[...page]',
} as unknown as GetStaticPathsOptions;

describe('a batch build’s counties', () => {
  it('come from CHUANGXING_BATCH; a bad value is an error, no value no batch', () => {
    expect(batchSlugs(undefined)).toBeUndefined();
    expect(batchSlugs('["fan","qingfeng"]')).toEqual(['fan', 'qingfeng']);
    expect(() => batchSlugs('[]')).toThrow(BATCH_ENV);
    expect(() => batchSlugs('["../etc"]')).toThrow(BATCH_ENV);
    expect(() => batchSlugs('"fan"')).toThrow(BATCH_ENV);
  });

  it('name each county’s collections and folder; outside a batch the names are a county site’s', () => {
    expect(countyCollection('villages', 'fan')).toBe('villages_fan');
    expect(countyCollection('villages', 'pu-yang')).toBe('villages_pu_yang');
    expect(countyCollection('villages', undefined)).toBe('villages');
    expect(countyPrefix('fan')).toBe('fan/');
    expect(countyPrefix(undefined)).toBe('');
  });

  it('outside a batch: the page’s own getStaticPaths, links without a county', () => {
    const own = () => [{ params: { id: 'a' } }];
    expect(perCounty(own)).toBe(own);
    expect(perCounty()).toBeUndefined();
    expect(currentCounty()).toBeUndefined();
    expect(href('/villages/a/')).toBe('/villages/a/');
  });

  it('in a batch: each page’s paths once per county, made inside it, links below its folder', async () => {
    process.env[BATCH_ENV] = '["fan","qingfeng"]';
    const seen: (string | undefined)[] = [];
    const paths = perCounty(async (_: GetStaticPathsOptions) => {
      seen.push(currentCounty());
      return [{ params: { id: 'v' }, props: { link: href('/villages/v/') } }];
    });
    expect(await paths(options)).toEqual([
      { params: { id: 'v', county: 'fan' }, props: { link: '/fan/villages/v/' } },
      { params: { id: 'v', county: 'qingfeng' }, props: { link: '/qingfeng/villages/v/' } },
    ]);
    expect(seen).toEqual(['fan', 'qingfeng']);
    // A page without parameters: one path per county.
    expect(await perCounty()!(options)).toEqual([{ params: { county: 'fan' } }, { params: { county: 'qingfeng' } }]);
    // Paginated pages keep their page number and get the county.
    const paginated = perCounty((({ paginate }) => paginate(['a', 'b', 'c'])) satisfies GetStaticPaths);
    const pages = await Promise.resolve(paginated(options));
    expect(pages.map((page) => page.params)).toEqual([
      { county: 'fan', page: undefined },
      { county: 'fan', page: '2' },
      { county: 'qingfeng', page: undefined },
      { county: 'qingfeng', page: '2' },
    ]);
  });

  it('in a batch, content read outside any county is an error, not the first county’s', async () => {
    process.env[BATCH_ENV] = '["fan"]';
    expect(() => currentCounty()).toThrow('outside a county');
    expect(() => href('/')).toThrow('outside a county');
    await expect(inCounty('fan', async () => href('/'))).resolves.toBe('/fan/');
  });
});

describe('batches of counties', () => {
  const county = (slug: string, files: number) => ({ slug, files });

  it('packs small counties up to the limit, a large one alone, largest batch first, the same every time', () => {
    const counties = [county('a', 900), county('b', 300), county('c', 700), county('d', 2000), county('e', 100)];
    const batches = batchesOf(counties, 1000).map((batch) => batch.map((one) => one.slug));
    expect(batches).toEqual([['d'], ['a', 'e'], ['b', 'c']]);
    expect(batchesOf([...counties].reverse(), 1000).map((batch) => batch.map((one) => one.slug))).toEqual(batches);
    expect(batchesOf([], 1000)).toEqual([]);
  });
});

describe('a batch’s sitemap, split by county', () => {
  const head = '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">';
  const url = (path: string) => `<url><loc>https://x.gov.cn${path}</loc></url>`;

  it('gives each county the URLs below its folder, and an index pointing at its own file', () => {
    const xml = `${head}${url('/p/fan/')}${url('/p/fan/villages/a/')}${url('/p/qingfeng/')}${url('/p/other/')}</urlset>`;
    const { head: opening, urls } = splitSitemaps([xml], ['fan', 'qingfeng'], '/p/');
    expect(opening).toBe(head);
    expect(urls.get('fan')).toEqual([url('/p/fan/'), url('/p/fan/villages/a/')]);
    expect(urls.get('qingfeng')).toEqual([url('/p/qingfeng/')]);
    const own = countySitemap(opening, urls.get('qingfeng')!, 'https://x.gov.cn/p/qingfeng/sitemap-0.xml');
    expect(own.sitemap).toBe(`${head}${url('/p/qingfeng/')}</urlset>`);
    expect(own.index).toContain('<loc>https://x.gov.cn/p/qingfeng/sitemap-0.xml</loc>');
  });
});
