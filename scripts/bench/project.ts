/**
 * Throwaway projects for the benchmark: a copy of this project's code with generated content, and a plain
 * Astro + MDX site, each in a temp folder with its own Astro cache (node_modules is a folder of symlinks).
 */
import { cpSync, mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { ContentFile } from './places';

/** This project's root. */
export const ROOT = resolve(import.meta.dirname, '../..');

/** Entries of node_modules that hold caches or locks, never shared with a bench project. */
const PRIVATE = new Set(['.astro', '.vite', '.cache', '.chuangxing-build.lock']);

/**
 * Makes `dir/node_modules` a folder of symlinks to this project's packages, so the bench project uses the
 * same installed astro and @astrojs/mdx but keeps Astro's cache (node_modules/.astro) to itself.
 */
export function linkNodeModules(dir: string): void {
  const target = join(dir, 'node_modules');
  mkdirSync(target, { recursive: true });
  for (const name of readdirSync(join(ROOT, 'node_modules'))) {
    if (!PRIVATE.has(name)) symlinkSync(join(ROOT, 'node_modules', name), join(target, name));
  }
}

/** Writes content files below `dir`; returns how many and their total size. */
export function writeFiles(dir: string, files: Iterable<ContentFile>): { count: number; bytes: number } {
  let count = 0;
  let bytes = 0;
  for (const [path, text] of files) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
    count += 1;
    bytes += Buffer.byteLength(text);
  }
  return { count, bytes };
}

/**
 * A copy of this project (src/, public/, configs, and `extra` entries such as scripts/; a snapshot, so edits others
 * make meanwhile do not reach a running benchmark) with `files` as its content.
 */
export function makeProjectCopy(
  dir: string,
  files: Iterable<ContentFile>,
  extra: readonly string[] = [],
): { count: number; bytes: number } {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const name of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json', ...extra]) {
    cpSync(join(ROOT, name), join(dir, name), { recursive: true });
  }
  linkNodeModules(dir);
  return writeFiles(dir, files);
}

/** A plain Astro + MDX project (see plain.ts) in `dir`. */
export function makePlainProject(dir: string, files: Iterable<ContentFile>): { count: number; bytes: number } {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  linkNodeModules(dir);
  return writeFiles(dir, files);
}

/** A copy of this project with its own sample content/ (the facts file's townships, villages and photos). */
export function makeSampleCopy(dir: string): void {
  makeProjectCopy(dir, []);
  cpSync(join(ROOT, 'content'), join(dir, 'content'), { recursive: true });
}
