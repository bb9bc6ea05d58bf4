/**
 * The content checker: reads content/, validates every file with the collection schemas, checks images and
 * cross-references, and returns the validated content or the list of problems. Runs before every build.
 */
import { z } from 'astro/zod';
import type { ContentError } from './content-errors';
import type { ContentSet, Loaded } from './content-set';
import { crossCheck } from './cross-check';
import { issuesToErrors } from './schema-issues';
import * as schemas from '../schema/collections';
import { checkImage, type ImageReference } from './images';
import { readCollection } from './read-files';
import { keysAt } from './schema-keys';

/** In the checker an image field is the path as written; `checkImage` then looks at the file. */
const imagePath = () => z.string({ error: '图片路径应是文字，如 ./photo.jpg' }).min(1, { error: '图片路径不能为空' });

const COLLECTIONS = {
  townships: { kind: 'data', schema: schemas.townshipSchema(imagePath) },
  villages: { kind: 'page', schema: schemas.villageSchema(imagePath) },
  bulletins: { kind: 'page', schema: schemas.bulletinSchema(imagePath) },
  industries: { kind: 'page', schema: schemas.industrySchema },
  honors: { kind: 'data', schema: schemas.honorSchema },
  metrics: { kind: 'data', schema: schemas.metricsSchema },
  stars: { kind: 'page', schema: schemas.starSchema },
} as const;

/** Result of checking a content folder. */
export interface CheckResult {
  errors: ContentError[];
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

/** The content of the latest check of each root that found no problems, for later steps of the same build. */
const passed = new Map<string, ContentSet>();

/**
 * Takes (and forgets) the content the latest passing check of `root` validated in this process, so a later build
 * step (the search index) need not read and validate every file a second time; undefined when there is none.
 */
export function takeCheckedContent(root: string): ContentSet | undefined {
  const content = passed.get(root);
  passed.delete(root);
  return content;
}

/** Checks the content folder below `root`. */
export async function checkContent(root: string): Promise<CheckResult> {
  const errors: ContentError[] = [];
  const images: ImageReference[] = [];
  const validated: Record<string, Loaded<unknown>[]> = {};
  const invalidIds = new Set<string>();
  const parse = (name: string, kind: 'data' | 'page', schema: z.ZodType, recursive = true) => {
    const read = readCollection(root, name, kind, recursive);
    errors.push(...read.errors);
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
  };
  parse('', 'data', schemas.countySchema, false);
  const county = (validated[''] ?? []).find((entry) => entry.id === 'county');
  if (!county && !errors.some((error) => error.file.endsWith('county.yaml'))) {
    errors.push({
      file: 'content/county.yaml',
      field: '',
      zh: '缺少县级信息文件',
      fix: '新建 content/county.yaml，写明 name、city、province、description、currentYear',
      en: 'content/county.yaml is missing',
    });
  }
  for (const [name, { kind, schema }] of Object.entries(COLLECTIONS)) parse(name, kind, schema);
  for (const problems of await Promise.all(images.map(checkImage))) errors.push(...problems);
  const content = { county, ...validated, invalidIds } as unknown as ContentSet;
  errors.push(...crossCheck(content));
  if (errors.length === 0) passed.set(root, content);
  else passed.delete(root);
  return { errors, content };
}
