/**
 * The content checker: reads content/ through the collection table (the files Astro's loaders read, no others),
 * validates every file with its schema, checks images and cross-references, and returns the validated content,
 * the problems that stop a build, and warnings (files the site would not read).
 */
import { z } from 'astro/zod';
import { COLLECTION_NAMES, COLLECTIONS, type CollectionName } from '../schema/table';
import type { ContentError } from './content-errors';
import type { ContentSet, Loaded } from './content-set';
import { crossCheck } from './cross-check';
import { checkImage, type ImageReference } from './images';
import { type RawEntry, readCollection } from './read-files';
import { checkReadEntries, checkValidated } from './safety';
import { symlinkErrors } from './safety/files';
import { issuesToErrors } from './schema-issues';
import { keysAt } from './schema-keys';
import { unreadFiles } from './unread-files';

/** In the checker an image field is the path as written; `checkImage` then looks at the file. */
const imagePath = () => z.string({ error: '图片路径应是文字，如 ./photo.jpg' }).min(1, { error: '图片路径不能为空' });

/** Result of checking a content folder. */
export interface CheckResult {
  /** Problems that stop a build. */
  errors: ContentError[];
  /** Problems that do not stop a build but that staff should know of (a file the site does not read). */
  warnings: ContentError[];
  /** The validated content (complete only when there are no errors). */
  content: ContentSet;
}

/** Finds `{ file: string }` image fields in validated data, with their field paths. */
function imageRefs(entry: Loaded<unknown> & { absolutePath: string }, value: unknown, path: string): ImageReference[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => imageRefs(entry, item, `${path}[${index}]`));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) => {
    const field = path ? `${path}.${key}` : key;
    if (key === 'file' && typeof inner === 'string') {
      return [{ file: entry.file, absolutePath: entry.absolutePath, field, path: inner }];
    }
    return imageRefs(entry, inner, field);
  });
}

/** Two files with the same id (hujiazhuang.md and hujiazhuang.mdx): Astro would keep one and drop the other. */
function duplicateIds(entries: readonly Loaded<unknown>[]): ContentError[] {
  const first = new Map<string, string>();
  return entries.flatMap((entry) => {
    const earlier = first.get(entry.id);
    if (earlier === undefined) {
      first.set(entry.id, entry.file);
      return [];
    }
    return [
      {
        file: entry.file,
        field: '',
        zh: `与 ${earlier} 是同一条内容（文件名相同、只是扩展名不同），网站只会读其中一个`,
        fix: `删除或合并其中一个文件`,
        en: `same entry id as ${earlier}; only one of the two would be read`,
      },
    ];
  });
}

/** The error for a missing county file. */
const MISSING_COUNTY: ContentError = {
  file: 'content/county.yaml',
  field: '',
  zh: '缺少县级信息文件',
  fix: '新建 content/county.yaml，写明 name、city、province、description、currentYear',
  en: 'content/county.yaml is missing',
};

/** Checks the content folder below `root`. */
export async function checkContent(root: string): Promise<CheckResult> {
  const errors: ContentError[] = [];
  const images: ImageReference[] = [];
  const validated = {} as Record<CollectionName, Loaded<unknown>[]>;
  const invalidIds = new Set<string>();
  const readEntries: RawEntry[] = [];
  for (const name of COLLECTION_NAMES) {
    const schema = COLLECTIONS[name].schema(imagePath as never) as z.ZodType;
    const read = readCollection(root, name);
    errors.push(...read.errors);
    readEntries.push(...read.entries);
    for (const id of read.unreadableIds) invalidIds.add(id);
    validated[name] = read.entries.flatMap((raw) => {
      const result = schema.safeParse(raw.data ?? {}, { reportInput: true });
      if (!result.success) {
        errors.push(...issuesToErrors(raw.file, result.error.issues, (path) => keysAt(schema, path)));
        invalidIds.add(raw.id);
        return [];
      }
      const entry = { id: raw.id, file: raw.file, absolutePath: raw.absolutePath, data: result.data };
      images.push(...imageRefs(entry, result.data, ''));
      return [entry];
    });
  }
  // Other collections' ids are checked with the file names (cross-check); the county has a single id.
  errors.push(...duplicateIds(validated.county));
  // Safety (issue 13): links under content/, then personal data, body code/HTML/images and sizes in every file.
  errors.push(...symlinkErrors(root), ...checkReadEntries(readEntries));
  const county = validated.county.find((entry) => entry.id === 'county');
  if (!county && !errors.some((error) => /^content\/county\.[a-z]+$/u.test(error.file))) errors.push(MISSING_COUNTY);
  for (const problems of await Promise.all(images.map(checkImage))) errors.push(...problems);
  const content = { ...validated, county, invalidIds } as unknown as ContentSet;
  errors.push(...crossCheck(content), ...checkValidated(content));
  return { errors, warnings: unreadFiles(root), content };
}
