/**
 * The collections of a batch build (src/lib/province/batch.ts): every county of the batch has its own set, read from
 * `content/counties/<slug>/`, each collection named with its county (`villages_fan`), so entry ids stay those of a
 * county site and src/data/content.ts reads the county whose page is being made.
 */
import { collectionsOf } from '../loaders/collections';
import { batchSlugs, countyCollection } from '../lib/province/batch';
import { countyContentFolder } from '../schema/table';

export const collections = Object.fromEntries(
  (batchSlugs() ?? []).flatMap((slug) =>
    Object.entries(collectionsOf(countyContentFolder(slug))).map(([name, collection]) => [
      countyCollection(name, slug),
      collection,
    ]),
  ),
);
