/**
 * Content collections: each row of the collection table (src/schema/table.ts) bound to Astro's glob loader, with
 * Astro's image() for the schemas that have photos. Folders and patterns are not restated here; each schema is
 * called with Astro's image() where it is named, so its image fields keep Astro's ImageMetadata type.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { pageLoader } from './loaders/pages';
import { COLLECTIONS, type CollectionName, contentFolder } from './schema/table';

/**
 * The loader of one row: pages through pageLoader (an .mdx body without MDX syntax is rendered as Markdown), data
 * files through the glob loader. The raw text of a Markdown body is not kept (`retainBody: false`): no page reads it,
 * and Astro writes the whole store into the build as one module, which a province's 45,000 stories would otherwise
 * double.
 */
const loader = (name: CollectionName) => {
  const { pattern, folder, format } = COLLECTIONS[name];
  const base = `./${contentFolder()}/${folder}`;
  return format === 'page' ? pageLoader({ pattern, base }) : glob({ pattern, base, retainBody: false });
};

export const collections = {
  county: defineCollection({ loader: loader('county'), schema: COLLECTIONS.county.schema() }),
  townships: defineCollection({
    loader: loader('townships'),
    schema: ({ image }) => COLLECTIONS.townships.schema(image),
  }),
  roster: defineCollection({ loader: loader('roster'), schema: COLLECTIONS.roster.schema() }),
  villages: defineCollection({ loader: loader('villages'), schema: ({ image }) => COLLECTIONS.villages.schema(image) }),
  bulletins: defineCollection({
    loader: loader('bulletins'),
    schema: ({ image }) => COLLECTIONS.bulletins.schema(image),
  }),
  industries: defineCollection({ loader: loader('industries'), schema: COLLECTIONS.industries.schema() }),
  honors: defineCollection({ loader: loader('honors'), schema: COLLECTIONS.honors.schema() }),
  metrics: defineCollection({ loader: loader('metrics'), schema: COLLECTIONS.metrics.schema() }),
  stars: defineCollection({ loader: loader('stars'), schema: COLLECTIONS.stars.schema() }),
} satisfies Record<CollectionName, unknown>;
