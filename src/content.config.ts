/** The county's content collections (src/loaders/collections.ts), read from its content folder. */
import { collectionsOf } from './loaders/collections';
import { contentFolder } from './schema/table';

export const collections = collectionsOf(contentFolder());
