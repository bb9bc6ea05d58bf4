/**
 * The layering rules of .dependency-cruiser.cjs for the files dependency-cruiser cannot parse: `.astro` components,
 * layouts and pages (frontmatter and <script> imports) never import tests, command-line tools, or each other upward
 * (only pages import pages' files), and only the shell imports its own pages, components and layouts.
 */
import { globSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/build-site';
import { SHELL_ONLY } from '../../scripts/build/province/hash';

/** The relative imports of an .astro file, resolved to paths from the project root. */
function importsOf(file: string): string[] {
  const source = readFileSync(join(ROOT, file), 'utf8');
  const specifiers = [...source.matchAll(/\bimport\s+(?:[^'"]*?\sfrom\s+)?['"](\.{1,2}\/[^'"]+)['"]/gu)];
  return specifiers.map((match) => relative(ROOT, resolve(ROOT, dirname(file), match[1]!)));
}

const ASTRO_FILES = globSync('src/**/*.astro', { cwd: ROOT }).sort();

describe('.astro files keep the layering', () => {
  it('finds the files and their imports (the rule below is not vacuous)', () => {
    expect(ASTRO_FILES.length).toBeGreaterThan(50);
    expect(importsOf('src/pages/index.astro').length).toBeGreaterThan(2);
  });

  it.each(ASTRO_FILES)('%s', (file) => {
    const forbidden = [/^tests\//u, /^scripts\//u];
    if (!file.startsWith('src/pages/')) forbidden.push(/^src\/pages\//u);
    // The shell's own parts, which a county's code hash leaves out (scripts/build/province/hash.ts › SHELL_ONLY).
    if (!file.startsWith('src/shell/')) forbidden.push(SHELL_ONLY);
    const bad = importsOf(file).filter((target) => forbidden.some((rule) => rule.test(target)));
    expect(bad).toEqual([]);
  });
});
