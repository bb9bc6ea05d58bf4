/**
 * Content collections: each row of the collection table (src/schema/table.ts) bound to Astro's glob loader, with
 * Astro's image() for the schemas that have photos. Folders and patterns are not restated here.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import type { ImageFunction } from 'astro:content';
import type { z } from 'astro/zod';
import { COLLECTIONS, type CollectionName, contentFolder } from './schema/table';

/**
 * Binds one row. The raw text of a Markdown body is not kept (`retainBody: false`): no page reads it, and Astro
 * writes the whole store into the build as one module, which a province's 45,000 stories would otherwise double.
 */
function bind<S extends z.ZodType>(spec: { folder: string; pattern: string; schema: (image: ImageFunction) => S }) {
  return defineCollection({
    loader: glob({ pattern: spec.pattern, base: `./${contentFolder()}/${spec.folder}`, retainBody: false }),
    schema: ({ image }) => spec.schema(image),
  });
}

export const collections = {
  county: bind(COLLECTIONS.county),
  townships: bind(COLLECTIONS.townships),
  roster: bind(COLLECTIONS.roster),
  villages: bind(COLLECTIONS.villages),
  bulletins: bind(COLLECTIONS.bulletins),
  industries: bind(COLLECTIONS.industries),
  honors: bind(COLLECTIONS.honors),
  metrics: bind(COLLECTIONS.metrics),
  stars: bind(COLLECTIONS.stars),
} satisfies Record<CollectionName, unknown>;
