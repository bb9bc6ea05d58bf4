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

/** A row's pattern as staff read it: `content/villages/<乡镇>/*.{md,mdx}`. */
const shown = (folder: string, pattern: string) =>
  `content/${folder ? `${folder}/` : ''}${pattern.replace(/^\*\//u, '<乡镇>/').replace(/^\*\*\//u, '')}`;

/** Where a file with this name would be read, as a hint for the fix. */
function hint(file: string): string {
  if (/\.(mdx?|ya?ml|json)\.[a-z]+$/iu.test(file))
    return '扩展名多了一段（如 .mdx.txt）：改成 .mdx、.md、.yaml 或 .json';
  if (/\.[A-Za-z]*[A-Z][A-Za-z]*$/u.test(file)) return '扩展名要用小写（.mdx、.yaml）';
  const folder = file.split('/')[1] ?? '';
  const spec = COLLECTION_NAMES.map((name) => COLLECTIONS[name]).find(
    (row) => row.folder !== '' && row.folder === folder,
  );
  if (spec) return `这个文件夹的文件要这样放：${shown(spec.folder, spec.pattern)}；移过去，或删除它`;
  const all = COLLECTION_NAMES.map((name) => shown(COLLECTIONS[name].folder, COLLECTIONS[name].pattern));
  return `移到网站会读取的位置（${all.join('；')}），或删除它`;
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
