/**
 * Reads the editors' files under content/ the way Astro's loaders do (js-yaml, MDX frontmatter), with one
 * difference: YAML timestamps stay strings, so an impossible date (2023-02-30) is reported instead of being
 * rolled over to 2023-03-02 by the YAML parser.
 */
import { globSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import yaml from 'js-yaml';
import { mdxToMdast } from 'satteri';
import { type CollectionName, COLLECTIONS, contentFolder } from '../schema/table';
import type { ContentError } from './content-errors';
import { decodeContent, isSymlink } from './safety/files';

/** A content file as read from disk, before schema validation. */
export interface RawEntry {
  /** Collection name (folder under content/). */
  collection: string;
  /** Entry id: path under the collection folder without extension, e.g. `wenliu/hujiazhuang`. */
  id: string;
  /** Path relative to the project root, for messages. */
  file: string;
  /** Absolute path. */
  absolutePath: string;
  /** Parsed YAML data or MDX frontmatter. */
  data: unknown;
  /** A page's body (after the frontmatter), for the safety checks. */
  body?: string;
  /** The file line the body starts on. */
  bodyLine?: number;
}

/** js-yaml without the timestamp type: dates reach the schema as written. */
const LOAD_OPTIONS = { schema: yaml.CORE_SCHEMA };

/** A content file's extension, removed to make its id (the loaders' rule). */
const EXTENSION = /\.[^./]+$/u;

/** Every file below `dir`, recursively, sorted for stable output. */
export function listFiles(dir: string, recursive = true): string[] {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const path = join(dir, name);
    if (!statSync(path).isDirectory()) return [path];
    return recursive ? listFiles(path) : [];
  });
}

/** Splits an MDX file into its YAML frontmatter and body, keeping the body's first line number. */
function splitFrontmatter(source: string): { frontmatter: string; body: string; bodyLine: number } | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  if (!match) return undefined;
  return { frontmatter: match[1]!, body: source.slice(match[0].length), bodyLine: match[0].split('\n').length };
}

/** Formats a JSON.parse error, Chinese first. */
function jsonError(file: string, error: unknown): ContentError {
  const reason = error instanceof Error ? error.message : String(error);
  return {
    file,
    field: '',
    zh: `JSON 格式错误：${reason}`,
    fix: '检查逗号（最后一项后面不能有逗号）、双引号和括号是否成对；也可以改用 YAML 格式',
    en: `malformed JSON: ${reason}`,
  };
}

/** Formats a js-yaml error: line and column, Chinese first. */
function yamlError(file: string, error: unknown, lineOffset = 0): ContentError {
  const mark = error instanceof yaml.YAMLException ? error.mark : undefined;
  const where = mark ? `第 ${mark.line + 1 + lineOffset} 行第 ${mark.column + 1} 列` : '';
  const reason = error instanceof yaml.YAMLException ? error.reason : String(error);
  return {
    file,
    field: '',
    zh: `YAML 格式错误${where ? `（${where}）` : ''}：${reason}`,
    fix: '检查该行的缩进（用空格，不用 Tab）、冒号后的空格、引号和括号是否成对',
    en: `malformed YAML${mark ? ` at line ${mark.line + 1 + lineOffset}, column ${mark.column + 1}` : ''}: ${reason}`,
  };
}

/** Checks an MDX body compiles; returns an error with the file's own line number when it does not. */
function mdxError(file: string, body: string, bodyLine: number): ContentError | undefined {
  try {
    mdxToMdast(body);
    return undefined;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /^(\d+):(\d+)/.exec(message);
    const line = position ? Number(position[1]) + bodyLine - 1 : undefined;
    return {
      file,
      field: '正文',
      zh: `MDX 正文语法错误${line ? `（第 ${line} 行）` : ''}：${message.replace(/^\d+:\d+:\s*/, '')}`,
      fix: '正文里的 < > { } 有特殊含义：标签要成对关闭；要显示这些符号本身，请改用全角符号（＜ ＞ ｛ ｝）',
      en: `MDX syntax error${line ? ` at line ${line}` : ''}: ${message}`,
    };
  }
}

/**
 * The files of one collection, as absolute paths in sorted order: the table's glob below the table's folder, the
 * very files Astro's loader reads (src/content.config.ts binds the same row).
 */
export function collectionFiles(root: string, collection: CollectionName): string[] {
  const { folder, pattern } = COLLECTIONS[collection];
  const dir = join(root, contentFolder(), folder);
  // A symbolic link is never followed (safety/files.ts reports it).
  return globSync(pattern, { cwd: dir })
    .map((path) => join(dir, path))
    .filter((path) => !isSymlink(path) && statSync(path).isFile())
    .sort();
}

/** Reads one collection; returns entries that parsed and errors for files that did not. */
export function readCollection(
  root: string,
  collection: CollectionName,
): { entries: RawEntry[]; errors: ContentError[]; unreadableIds: string[] } {
  const { folder, format } = COLLECTIONS[collection];
  const dir = join(root, contentFolder(), folder);
  const entries: RawEntry[] = [];
  const errors: ContentError[] = [];
  const unreadableIds: string[] = [];
  for (const absolutePath of collectionFiles(root, collection)) {
    const file = relative(root, absolutePath).split(sep).join('/');
    const id = relative(dir, absolutePath).split(sep).join('/').replace(EXTENSION, '');
    // UTF-8 without its byte order mark; a GBK file gets one message instead of bogus field errors.
    const decoded = decodeContent(file, readFileSync(absolutePath));
    if (decoded.error) {
      errors.push(decoded.error);
      unreadableIds.push(id);
      continue;
    }
    const source = decoded.text;
    if (format === 'data') {
      // Parse as Astro's loaders do: JSON.parse for .json, js-yaml for YAML.
      const isJson = absolutePath.endsWith('.json');
      try {
        entries.push({
          collection,
          id,
          file,
          absolutePath,
          data: isJson ? JSON.parse(source) : yaml.load(source, LOAD_OPTIONS),
        });
      } catch (error) {
        errors.push(isJson ? jsonError(file, error) : yamlError(file, error));
        unreadableIds.push(id);
      }
      continue;
    }
    const parts = splitFrontmatter(source);
    if (!parts) {
      errors.push({
        file,
        field: '',
        zh: '文件开头缺少用 --- 包围的字段区（frontmatter）',
        fix: '在文件第一行写 ---，接着写字段，再用一行 --- 结束，然后写正文',
        en: 'missing frontmatter block delimited by ---',
      });
      unreadableIds.push(id);
      continue;
    }
    let data: unknown;
    try {
      data = yaml.load(parts.frontmatter, LOAD_OPTIONS);
    } catch (error) {
      errors.push(yamlError(file, error, 1));
      unreadableIds.push(id);
      continue;
    }
    // A .md file is Markdown (a <!-- comment --> is fine there), not MDX.
    const syntax = absolutePath.endsWith('.mdx') ? mdxError(file, parts.body, parts.bodyLine) : undefined;
    if (syntax) errors.push(syntax);
    entries.push({ collection, id, file, absolutePath, data, body: parts.body, bodyLine: parts.bodyLine });
  }
  return { entries, errors, unreadableIds };
}
