/** Every internal URL of the site in one place. Paths are built without the base; `href` adds it. */
import { BULLETIN_KIND_SLUGS, type BulletinKind, STAR_SLUGS, type StarName } from '../schema/glossary';
import { countyPrefix, currentCounty } from './province/batch';

/** Joins the configured base (`/` or `/zhuanti/wuxing/`) and a site path (`/townships/wenliu/`). */
export function joinBase(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

/**
 * The site path with the base the site is built under (Vite's BASE_URL) — in a batch build of several counties,
 * with the path of the county whose page is being made (src/lib/province/batch.ts).
 */
export function href(path: string): string {
  return joinBase(`${import.meta.env.BASE_URL.replace(/\/*$/u, '/')}${countyPrefix(currentCounty())}`, path);
}

/** Site paths of every page type. */
export const paths = {
  home: () => '/',
  townships: () => '/townships/',
  township: (id: string) => `/townships/${id}/`,
  village: (id: string) => `/villages/${id}/`,
  /**
   * Where a village of the roster leads: its own page, with or without a profile (a roster-only village has a light
   * page at the address its profile will have, README › Roster villages). `profiled` is kept for callers.
   */
  rosterVillage: (township: string, slug: string, _profiled?: boolean) => `/villages/${township}/${slug}/`,
  stars: () => '/stars/',
  star: (name: StarName) => `/stars/${STAR_SLUGS[name]}/`,
  rankings: () => '/rankings/',
  industries: () => '/industries/',
  industry: (id: string) => `/industries/${id}/`,
  bulletins: (page = 1) => (page > 1 ? `/bulletins/page/${page}/` : '/bulletins/'),
  bulletin: (id: string) => `/bulletins/${id}/`,
  bulletinsOfKind: (kind: BulletinKind, page = 1) =>
    `/bulletins/kind/${BULLETIN_KIND_SLUGS[kind]}/${page > 1 ? `page/${page}/` : ''}`,
  bulletinsOfTownship: (id: string) => `/bulletins/township/${id}/`,
  bulletinTownships: () => '/bulletins/township/',
  photos: () => '/photos/',
  photosByDate: () => '/photos/by-date/',
  search: () => '/search/',
  /** A city's page of a province site (src/shell/pages/cities/[code].astro), below the site's own base. */
  city: (code: string) => `/cities/${code}/`,
  /** Pagefind's output folder (index, WebAssembly, UI), written by src/integrations/pagefind.ts. */
  searchBundle: () => '/pagefind/',
  /** The name directory's files (manifest and shards, src/pages/names/[file].json.ts). */
  names: () => '/names/',
  /** The generated share card (og:image of pages without a photo), made at build time by src/pages/share-card.png.ts. */
  shareCard: () => '/share-card.png',
  rss: () => '/rss.xml',
  sitemap: () => '/sitemap-index.xml',
  /** The open-data page: files and columns. */
  data: () => '/data/',
  /** One open-data file of a township, e.g. `/data/townships/wenliu/metrics.csv`. */
  townshipData: (id: string, table: string, format: string) => `/data/townships/${id}/${table}.${format}`,
} as const;
