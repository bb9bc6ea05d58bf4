/** Finds the 待填写 placeholders left in the editors' files under content/ (see src/lib/placeholders.ts). */
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { findPlaceholders, type Placeholder } from '../schema/placeholders';
import { listFiles } from './read-files';
import { contentFolder } from '../schema/table';

/** Content files that can hold placeholders. */
const TEXT_FILES = /\.(mdx?|ya?ml|json)$/u;

/** Every placeholder in the content files below `root`/content, file by file in sorted order. */
export function contentPlaceholders(root: string): Placeholder[] {
  return listFiles(join(root, contentFolder()))
    .filter((path) => TEXT_FILES.test(path))
    .flatMap((path) => findPlaceholders(relative(root, path).split(sep).join('/'), readFileSync(path, 'utf8')));
}
