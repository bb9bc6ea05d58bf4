/**
 * Several counties of a province or city site rendered by one Astro build (a batch, README › Province): the batch's
 * county slugs come from `CHUANGXING_BATCH`, each county's pages live below `/<slug>/` and read that county's own
 * collections (`villages_<slug>`, …). Which county a page belongs to is carried by src/data/batch.ts (an
 * AsyncLocalStorage): the batch's middleware (src/batch/middleware.ts) runs every page's render inside its county,
 * `perCounty` runs every `getStaticPaths` once per county; links (src/lib/urls.ts) ask `currentCounty`. Outside a batch (a county site, a preview, a test) nothing here is set
 * and everything reads the one county as before.
 */
/** The environment variable naming the counties of a batch build: a JSON array of slugs. */
export const BATCH_ENV = 'CHUANGXING_BATCH';

/** A county slug as the tree allows it (lowercase pinyin, digits, hyphens). */
const SLUG = /^[a-z0-9][a-z0-9-]*$/u;

/** The counties of this batch build, or undefined when the build is not a batch; throws on a malformed value. */
export function batchSlugs(value: string | undefined = process.env[BATCH_ENV]): readonly string[] | undefined {
  if (!value) return undefined;
  if (parsed?.value === value) return parsed.slugs;
  const slugs: unknown = JSON.parse(value);
  if (
    !Array.isArray(slugs) ||
    slugs.length === 0 ||
    !slugs.every((slug) => typeof slug === 'string' && SLUG.test(slug))
  )
    throw new Error(`${BATCH_ENV} must be a JSON array of county slugs, got ${value}`);
  parsed = { value, slugs: Object.freeze(slugs as string[]) };
  return parsed.slugs;
}

/** The last value parsed (every link of every page asks). */
let parsed: { value: string; slugs: readonly string[] } | undefined;

/** Which county's page is being made; set by src/data/batch.ts, which keeps the county of the running work. */
let resolveCounty = (): string | undefined => {
  if (batchSlugs()) throw new Error('batch build: the county of this page is not known (src/data/batch.ts not loaded)');
  return undefined;
};

/** Sets where `currentCounty` asks (src/data/batch.ts, once). */
export function setCountyResolver(resolver: () => string | undefined): void {
  resolveCounty = resolver;
}

/** The county whose page is being made: undefined outside a batch (src/data/batch.ts › inCounty). */
export const currentCounty = (): string | undefined => resolveCounty();

/** The collection `name` of county `slug` in a batch build (`villages_fan`); the name itself outside one. */
export const countyCollection = (name: string, slug: string | undefined): string =>
  slug === undefined ? name : `${name}_${slug.replaceAll('-', '_')}`;

/** The path a county's pages have below the site's base in a batch (`fan/`); '' outside one. */
export const countyPrefix = (slug: string | undefined): string => (slug === undefined ? '' : `${slug}/`);
