/**
 * Pure helpers of a batch build's split (shard.ts › buildBatch): several counties built by one Astro build
 * (src/lib/province/batch.ts) are cut into one `.shards/<slug>/` each, laid out as a county's own build leaves it.
 */
import type { CountyFolder } from './tree';

/**
 * Groups counties into batches for one Astro build each: a county of `limit` files or more alone, the others packed
 * (largest first, each into the first batch it fits) up to `limit` files a batch. Batches come largest first, so the
 * long ones start early; each batch lists its counties by slug. The same counties give the same batches.
 */
export function batchesOf<C extends Pick<CountyFolder, 'slug' | 'files'>>(
  counties: readonly C[],
  limit: number,
): C[][] {
  const bins: { files: number; counties: C[] }[] = [];
  const bySize = [...counties].sort((a, b) => b.files - a.files || a.slug.localeCompare(b.slug));
  for (const county of bySize) {
    const bin = bins.find((candidate) => candidate.files + county.files <= limit);
    if (bin) {
      bin.files += county.files;
      bin.counties.push(county);
    } else bins.push({ files: county.files, counties: [county] });
  }
  return bins.sort((a, b) => b.files - a.files).map((bin) => bin.counties.sort((a, b) => a.slug.localeCompare(b.slug)));
}

/** The `<url>` entries of a batch's sitemaps that belong to each county (by the path `<base><slug>/`). */
export function splitSitemaps(
  sitemaps: readonly string[],
  slugs: readonly string[],
  base: string,
): { head: string; urls: Map<string, string[]> } {
  const urls = new Map(slugs.map((slug) => [slug, [] as string[]]));
  let head = '';
  for (const xml of sitemaps) {
    head ||= xml.slice(0, xml.indexOf('<url>') < 0 ? xml.indexOf('</urlset>') : xml.indexOf('<url>'));
    for (const [entry] of xml.matchAll(/<url>[\s\S]*?<\/url>/gu)) {
      const loc = /<loc>([^<]+)<\/loc>/u.exec(entry)?.[1];
      if (!loc) continue;
      const path = new URL(loc).pathname;
      const slug = path.startsWith(base) ? path.slice(base.length).split('/', 1)[0]! : '';
      urls.get(slug)?.push(entry);
    }
  }
  return { head, urls };
}

/** A county's own sitemap (`<head>` of the batch's, its `<url>`s) and the index pointing at it. */
export function countySitemap(
  head: string,
  urls: readonly string[],
  indexUrl: string,
): { sitemap: string; index: string } {
  const opening =
    head || '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">';
  return {
    sitemap: `${opening}${urls.join('')}</urlset>`,
    index: `<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>${indexUrl}</loc></sitemap></sitemapindex>`,
  };
}
