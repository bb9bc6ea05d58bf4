/** Every internal URL of the site in one place. Paths are built without the base; `href` adds it. */
import { BULLETIN_KIND_SLUGS, type BulletinKind, STAR_SLUGS, type StarName } from '../schema/glossary';

/** Joins the configured base (`/` or `/zhuanti/wuxing/`) and a site path (`/townships/wenliu/`). */
export function joinBase(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

/** The site path with the base the site is built under (Vite's BASE_URL). */
export function href(path: string): string {
  return joinBase(import.meta.env.BASE_URL, path);
}

/** Site paths of every page type. */
export const paths = {
  home: () => '/',
  townships: () => '/townships/',
  township: (id: string) => `/townships/${id}/`,
  village: (id: string) => `/villages/${id}/`,
  /**
   * Where a village of the roster leads: its own page when it has a profile, else its line on the township page
   * (`#v-<slug>`). The one place to change when roster-only villages get pages of their own.
   */
  rosterVillage: (township: string, slug: string, profiled: boolean) =>
    profiled ? `/villages/${township}/${slug}/` : `/townships/${township}/#v-${slug}`,
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
  /** Pagefind's output folder (index, WebAssembly, UI), written by src/integrations/pagefind.ts. */
  searchBundle: () => '/pagefind/',
  /** The name directory's files (manifest and shards, src/pages/names/[file].json.ts). */
  names: () => '/names/',
  rss: () => '/rss.xml',
  sitemap: () => '/sitemap-index.xml',
  /** The open-data page: files and columns. */
  data: () => '/data/',
  /** One open-data file of a township, e.g. `/data/townships/wenliu/metrics.csv`. */
  townshipData: (id: string, table: string, format: string) => `/data/townships/${id}/${table}.${format}`,
} as const;
