/**
 * Files under content/ that the site will not read: neither an entry of a collection (the table's patterns) nor an
 * image or media file beside one. Each is named in a warning, so a file saved in the wrong folder or with a stray
 * extension (`.mdx.txt`) is never silently left out.
 */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { ASSET_EXTENSIONS, COLLECTION_NAMES, COLLECTIONS, contentFolder } from '../schema/table';
import type { ContentError } from './content-errors';
import { collectionFiles } from './read-files';

const ASSET = new RegExp(`\\.(${ASSET_EXTENSIONS.join('|')})$`, 'iu');

/** Every regular file below `dir` (symlinks are not followed), recursively. */
function allFiles(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return allFiles(path);
    return entry.isFile() ? [path] : [];
  });
}

/** Where a file with this name would be read, as a hint for the fix. */
function hint(file: string): string {
  const where = COLLECTION_NAMES.map((name) => COLLECTIONS[name])
    .filter((spec) => spec.folder !== '')
    .map((spec) => `content/${spec.folder}/${spec.pattern.replace('*/', '<乡镇>/')}`)
    .join('；');
  if (/\.(mdx?|ya?ml|json)\.[a-z]+$/iu.test(file))
    return '扩展名多了一段（如 .mdx.txt）：改成 .mdx、.md、.yaml 或 .json';
  if (/\.(MDX?|YA?ML|JSON)$/u.test(file) || /\.[A-Za-z]*[A-Z][A-Za-z]*$/u.test(file)) {
    return '扩展名要用小写（.mdx、.yaml）';
  }
  return `移到网站会读取的位置（${where}），或删除它`;
}

/** Warnings for every file under content/ that no collection reads and that is not an image. */
export function unreadFiles(root: string): ContentError[] {
  const read = new Set(COLLECTION_NAMES.flatMap((name) => collectionFiles(root, name)));
  return allFiles(join(root, contentFolder()))
    .filter((path) => !read.has(path) && !ASSET.test(path))
    .sort()
    .map((path) => {
      const file = relative(root, path).split(sep).join('/');
      return {
        file,
        field: '',
        zh: '网站不会读取这个文件（this file is not read by the site）',
        fix: hint(file),
        en: 'this file is not read by the site: no collection matches its folder and extension',
      };
    });
}
