/**
 * The collection table: every collection's folder under content/, the files it reads and their format, and its
 * schema. `src/content.config.ts` binds it to Astro's loaders and `src/validate/` lists files with the very same
 * patterns, so the site and the checker can never read different files.
 */
import type { z } from 'astro/zod';
import * as schemas from './collections';
import type { ImageField } from './fields';

/** How a collection's files are written: YAML/JSON data, or Markdown/MDX pages with a frontmatter block. */
export type ContentFormat = 'data' | 'page';

/** One row of the table. */
export interface CollectionSpec {
  /** Folder below content/ (`''` for content/ itself). */
  folder: string;
  /** Glob of the files read, relative to the folder (the loaders' syntax: `*` stays in the folder, `**` descends). */
  pattern: string;
  /** Data or page. */
  format: ContentFormat;
  /** The schema; collections with images take the caller's image field (Astro's `image()`, or the checker's). */
  schema: (image: ImageField<never>) => z.ZodType;
}

const DATA = '{yaml,yml,json}';
const PAGE = '{md,mdx}';

/** The collections, by name. */
export const COLLECTIONS = {
  /** Site-wide facts of the county. */
  county: { folder: '', pattern: `county.${DATA}`, format: 'data', schema: () => schemas.countySchema },
  /** Townships, one file each, directly in the folder. */
  townships: { folder: 'townships', pattern: `*.${DATA}`, format: 'data', schema: schemas.townshipSchema },
  /** The official roster of each township (written by `npm run roster`). */
  roster: { folder: 'roster', pattern: `*.${DATA}`, format: 'data', schema: () => schemas.rosterSchema },
  /** Village profiles, one folder per township. */
  villages: { folder: 'villages', pattern: `*/*.${PAGE}`, format: 'page', schema: schemas.villageSchema },
  /** Bulletins and reports. */
  bulletins: { folder: 'bulletins', pattern: `**/*.${PAGE}`, format: 'page', schema: schemas.bulletinSchema },
  /** Industries. */
  industries: { folder: 'industries', pattern: `**/*.${PAGE}`, format: 'page', schema: () => schemas.industrySchema },
  /** Honors. */
  honors: { folder: 'honors', pattern: `**/*.${DATA}`, format: 'data', schema: () => schemas.honorSchema },
  /** Metrics of a township and year. */
  metrics: { folder: 'metrics', pattern: `**/*.${DATA}`, format: 'data', schema: () => schemas.metricsSchema },
  /** The five stars' pages. */
  stars: { folder: 'stars', pattern: `*.${PAGE}`, format: 'page', schema: () => schemas.starSchema },
} as const;

// Every row has the shape of a CollectionSpec (checked here, apart from the table itself, so that the generic
// schema functions keep their own type parameters: Astro's image() then types the photos as ImageMetadata).
COLLECTIONS satisfies Record<string, CollectionSpec>;

/** A collection's name. */
export type CollectionName = keyof typeof COLLECTIONS;

/** Collection names in table order. */
export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as readonly CollectionName[];

/** File extensions of images and media that may sit beside content files (read through the entries that list them). */
export const ASSET_EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp', 'avif', 'gif'] as const;

/**
 * The environment variable that names the content folder, relative to the project root (default `content`): one
 * county of a province or city tree is built with `CHUANGXING_CONTENT=content/counties/<slug>` (README › Province).
 */
export const CONTENT_ENV = 'CHUANGXING_CONTENT';

/** The content folder this process reads, relative to the project root. */
export const contentFolder = (): string => process.env[CONTENT_ENV] || 'content';

/** Inside a province or city site's content folder: one folder per county. */
export const COUNTIES_FOLDER = 'counties';

/** A county's content folder on a province or city site, relative to the repository (content/counties/<slug>). */
export const countyContentFolder = (slug: string): string => `content/${COUNTIES_FOLDER}/${slug}`;
