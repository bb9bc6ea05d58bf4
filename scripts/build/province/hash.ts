/**
 * What a county's build depends on, as one hash: the code (src/ but the shell's own pages, public/, configs, the
 * lockfile) and the county's own content folder. A shard whose hash is unchanged since its last build is reused, not rebuilt.
 */
import { createHash } from 'node:crypto';
import { globSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The project's files every build depends on. */
const CODE = ['src/**/*', 'public/**/*', 'astro.config.mjs', 'package-lock.json', 'tsconfig.json'];

/**
 * Code only the shell's own build reads: its pages, components and layouts. Nothing outside src/shell/ imports them
 * (a rule of `npm run check`: .dependency-cruiser.cjs, tests/unit/imports.test.ts), so a change there rebuilds the
 * shell alone, not every county.
 */
export const SHELL_ONLY = /^src\/shell\/(pages|components|layouts)\//u;

/** Hashes the paths and bytes of the files matching `patterns` below `root`, but those whose path matches `skip`. */
function hashFiles(root: string, patterns: readonly string[], into = createHash('sha256'), skip?: RegExp) {
  const files = patterns.flatMap((pattern) => globSync(pattern, { cwd: root, withFileTypes: true }));
  const paths = files
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((path) => !skip?.test(relative(root, path)))
    .sort();
  for (const path of paths) into.update(path.slice(root.length)).update('\0').update(readFileSync(path)).update('\0');
  return into;
}

/**
 * The hash of the code and of the settings every page is built with (BASE_PATH, SITE_URL: a reused county or shell
 * built under another path would link to it), computed once per run: the shell's, over all of the code.
 */
export function codeHash(root: string): string {
  return hashFiles(root, CODE, settingsHash()).digest('hex');
}

/**
 * The same for the counties: without the shell's own code (SHELL_ONLY), and with `area`, what a county is told of
 * its site (a renamed site or a new city changes every county's way up).
 */
export function countyCodeHash(root: string, area: object): string {
  return hashFiles(root, CODE, settingsHash().update(`${JSON.stringify(area)}\0`), SHELL_ONLY).digest('hex');
}

/** A hash begun with the settings every page is built with. */
const settingsHash = () =>
  createHash('sha256').update(`${process.env['BASE_PATH'] ?? '/'}\0${process.env['SITE_URL'] ?? ''}\0`);

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
