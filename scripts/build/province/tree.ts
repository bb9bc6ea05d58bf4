/**
 * A province or city content tree: `content/site.yaml` (siteSchema) and one folder per county in
 * `content/counties/<slug>/`, each laid out exactly like a county site's content/ (README › Province).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { type Site, siteSchema } from '../../../src/schema/collections';
import { COUNTIES_FOLDER, countyContentFolder } from '../../../src/schema/table';
import { formatContentError } from '../../../src/validate/content-errors';
import { scanData } from '../../../src/validate/safety/personal-data';

/** The file that makes content/ a multi-county tree. */
export const SITE_FILE = 'site.yaml';

/**
 * Folder names the shell's pages take at the site's root (src/shell/pages: admin/, cities/, names/, search/ …): a
 * county folder of the same name would clash with them in the assembled site.
 */
export function shellFolders(pages = join(import.meta.dirname, '../../../src/shell/pages')): Set<string> {
  return new Set(
    readdirSync(pages)
      .map((name) => name.replace(/\.(astro|ts)$/u, ''))
      .filter((name) => !name.includes('.')),
  );
}
/** One county of the tree. */
export interface CountyFolder {
  /** Folder name, the county's URL segment (`puyang`). */
  slug: string;
  /** Its content folder, relative to the project root (`content/counties/puyang`). */
  contentDir: string;
  /** 6-digit code from its county.yaml (`code:`), when readable. */
  code: string | undefined;
  /** Its name from county.yaml, when readable. */
  name: string | undefined;
  /** Number of files below its folder (a measure of its build's size, for grouping). */
  files: number;
}

/** The tree, or the problems that stop a build (Chinese first). */
export type Tree = { site: Site; counties: CountyFolder[] } | { problems: string[] };

/** Whether content/ below `root` is a multi-county tree. */
export const isTree = (root: string): boolean => existsSync(join(root, 'content', SITE_FILE));

/** Number of files below `dir`. */
function countFiles(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce(
    (sum, entry) => sum + (entry.isDirectory() ? countFiles(join(dir, entry.name)) : 1),
    0,
  );
}

/** Reads a county's code and name from its county.yaml, without validating the rest (its own build does). */
function countyFacts(dir: string): { code: string | undefined; name: string | undefined } {
  try {
    const data = yaml.load(readFileSync(join(dir, 'county.yaml'), 'utf8'), { schema: yaml.CORE_SCHEMA }) as Record<
      string,
      unknown
    >;
    const code = data['code'];
    return {
      code: code === undefined ? undefined : String(code),
      name: typeof data['name'] === 'string' ? data['name'] : undefined,
    };
  } catch {
    return { code: undefined, name: undefined };
  }
}

/** Reads the tree below `root`/content. */
export function readTree(root: string): Tree {
  const file = join('content', SITE_FILE);
  let raw: unknown;
  try {
    raw = yaml.load(readFileSync(join(root, file), 'utf8'), { schema: yaml.CORE_SCHEMA });
  } catch (error) {
    return { problems: [`${file}：无法读取（${error instanceof Error ? error.message : String(error)}）`] };
  }
  const parsed = siteSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      problems: parsed.error.issues.map(
        (issue) => `${file} › ${issue.path.join('.') || '（整个文件）'}：${issue.message}`,
      ),
    };
  }
  // The site file is printed on the province's pages like any content: no resident's ID or phone number in it.
  const personal = scanData(`content/${SITE_FILE}`, parsed.data, new Set());
  if (personal.length > 0) return { problems: personal.map((error) => formatContentError(error)) };
  const dir = join(root, 'content', COUNTIES_FOLDER);
  const slugs = existsSync(dir)
    ? readdirSync(dir)
        .filter((name) => statSync(join(dir, name)).isDirectory())
        .sort()
    : [];
  if (slugs.length === 0) {
    return {
      problems: [
        `content/${COUNTIES_FOLDER}/：没有县的文件夹。每个县一个文件夹，如 content/${COUNTIES_FOLDER}/puyang/`,
      ],
    };
  }
  const problems: string[] = [];
  const taken = shellFolders();
  const counties = slugs.map((slug) => {
    const contentDir = countyContentFolder(slug);
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/u.test(slug)) {
      problems.push(`${contentDir}/：文件夹名要用小写拼音字母、数字和连字符（它是网址的一部分），如 puyang`);
    } else if (taken.has(slug)) {
      problems.push(
        `${contentDir}/：文件夹名“${slug}”已被省市网站自己的页面占用（/${slug}/），请改用县名的拼音，如 puyang`,
      );
    }
    const facts = countyFacts(join(root, contentDir));
    if (facts.code !== undefined && !parsed.data.cities.some((city) => facts.code!.startsWith(city.code))) {
      problems.push(
        `${contentDir}/county.yaml › code：${facts.code} 不属于 ${SITE_FILE} 列出的任何一个市（${parsed.data.cities.map((city) => city.code).join('、')}）`,
      );
    }
    return { slug, contentDir, ...facts, files: countFiles(join(root, contentDir)) };
  });
  return problems.length > 0 ? { problems } : { site: parsed.data, counties };
}
