/**
 * What a county's build depends on, as one hash: the code (src/, public/, configs, the lockfile) and the county's
 * own content folder. A shard whose hash is unchanged since its last build is reused, not rebuilt.
 */
import { createHash } from 'node:crypto';
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The project's files every county build depends on. */
const CODE = ['src/**/*', 'public/**/*', 'astro.config.mjs', 'package-lock.json', 'tsconfig.json'];

/** Hashes the paths and bytes of the files matching `patterns` below `root`. */
function hashFiles(root: string, patterns: readonly string[], into = createHash('sha256')) {
  const files = patterns.flatMap((pattern) => globSync(pattern, { cwd: root, withFileTypes: true }));
  const paths = files
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  for (const path of paths) into.update(path.slice(root.length)).update('\0').update(readFileSync(path)).update('\0');
  return into;
}

/**
 * The hash of the code and of the settings every page is built with (BASE_PATH, SITE_URL: a reused county or shell
 * built under another path would link to it; `area`, what a county is told of its site: a renamed site or a new
 * city changes every county's way up), computed once per run.
 */
export function codeHash(root: string, area?: object): string {
  const settings = `${process.env['BASE_PATH'] ?? '/'}\0${process.env['SITE_URL'] ?? ''}\0${JSON.stringify(area ?? null)}\0`;
  return hashFiles(root, CODE, createHash('sha256').update(settings)).digest('hex');
}

/** The hash of one county's build inputs: the code's hash and every file of its content folder. */
export function countyHash(root: string, contentDir: string, code: string): string {
  return hashFiles(join(root, contentDir), ['**/*'], createHash('sha256').update(code)).digest('hex');
}

/**
 * The hash of the shell's inputs: the code, the site's settings and what every county's build left for the shell
 * (`_shard/summary.json` and `_shard/names.json`). Unchanged, the shell's last output is reused.
 */
export function shellHash(root: string, shardsDir: string, slugs: readonly string[], code: string): string {
  const hash = createHash('sha256').update(code);
  hashFiles(root, ['content/site.yaml'], hash);
  for (const slug of slugs) hashFiles(join(shardsDir, slug), ['_shard/summary.json', '_shard/names.json'], hash);
  return hash.digest('hex');
}
