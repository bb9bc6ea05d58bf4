/**
 * Content collections. The schemas live in src/schema/ (plain zod, shared with the pre-build checker in
 * src/validate/); here each is bound to its folder under content/ and, where it has photos, to Astro's image().
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import * as schemas from './schema/collections';

const CONTENT = './content';

/**
 * Loads every file matching `pattern` below content/<folder>/; the path without extension is the id. The raw text of
 * a Markdown body is not kept (`retainBody: false`): no page reads it, and Astro writes the whole store into the
 * build as one module, which a province's 45,000 stories would otherwise double.
 */
const files = (folder: string, pattern: string) => glob({ pattern, base: `${CONTENT}/${folder}`, retainBody: false });

export const collections = {
  county: defineCollection({ loader: glob({ pattern: 'county.yaml', base: CONTENT }), schema: schemas.countySchema }),
  townships: defineCollection({
    loader: files('townships', '*.{yaml,yml,json}'),
    schema: ({ image }) => schemas.townshipSchema(image),
  }),
  villages: defineCollection({
    loader: files('villages', '**/*.{md,mdx}'),
    schema: ({ image }) => schemas.villageSchema(image),
  }),
  bulletins: defineCollection({
    loader: files('bulletins', '**/*.{md,mdx}'),
    schema: ({ image }) => schemas.bulletinSchema(image),
  }),
  industries: defineCollection({ loader: files('industries', '**/*.{md,mdx}'), schema: schemas.industrySchema }),
  honors: defineCollection({ loader: files('honors', '**/*.{yaml,yml,json}'), schema: schemas.honorSchema }),
  metrics: defineCollection({ loader: files('metrics', '**/*.{yaml,yml,json}'), schema: schemas.metricsSchema }),
  stars: defineCollection({ loader: files('stars', '*.{md,mdx}'), schema: schemas.starSchema }),
};
