/**
 * Content collections: each row of the collection table (src/schema/table.ts) bound to Astro's glob loader, with
 * Astro's image() for the schemas that have photos. Folders and patterns are not restated here; each schema is
 * called with Astro's image() where it is named, so its image fields keep Astro's ImageMetadata type. A county site
 * has one set (src/content.config.ts); a batch build of several counties one set per county, each collection named
 * with its county (src/batch/content.config.ts).
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { pageLoader } from './pages';
import { COLLECTIONS, type CollectionName } from '../schema/table';

/**
 * The loader of one row: pages through pageLoader (an .mdx body without MDX syntax is rendered as Markdown), data
 * files through the glob loader. The raw text of a Markdown body is not kept (`retainBody: false`): no page reads it,
 * and Astro writes the whole store into the build as one module, which a province's 45,000 stories would otherwise
 * double.
 */
const loader = (folder: string, name: CollectionName) => {
  const { pattern, folder: inside, format } = COLLECTIONS[name];
  const base = `./${folder}/${inside}`;
  return format === 'page' ? pageLoader({ pattern, base }) : glob({ pattern, base, retainBody: false });
};

/** The collections of the content folder `folder` (relative to the project, e.g. `content`). */
export function collectionsOf(folder: string) {
  return {
    county: defineCollection({ loader: loader(folder, 'county'), schema: COLLECTIONS.county.schema() }),
    townships: defineCollection({
      loader: loader(folder, 'townships'),
      schema: ({ image }) => COLLECTIONS.townships.schema(image),
    }),
    roster: defineCollection({ loader: loader(folder, 'roster'), schema: COLLECTIONS.roster.schema() }),
    villages: defineCollection({
      loader: loader(folder, 'villages'),
      schema: ({ image }) => COLLECTIONS.villages.schema(image),
    }),
    bulletins: defineCollection({
      loader: loader(folder, 'bulletins'),
      schema: ({ image }) => COLLECTIONS.bulletins.schema(image),
    }),
    industries: defineCollection({ loader: loader(folder, 'industries'), schema: COLLECTIONS.industries.schema() }),
    honors: defineCollection({ loader: loader(folder, 'honors'), schema: COLLECTIONS.honors.schema() }),
    metrics: defineCollection({ loader: loader(folder, 'metrics'), schema: COLLECTIONS.metrics.schema() }),
    stars: defineCollection({ loader: loader(folder, 'stars'), schema: COLLECTIONS.stars.schema() }),
  } satisfies Record<CollectionName, unknown>;
}
