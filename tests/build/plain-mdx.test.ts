/**
 * An .mdx story without MDX syntax is rendered as Markdown (src/loaders/pages.ts): the sample site built with every
 * .mdx through MDX (`CHUANGXING_MDX=always`) has the same pages as the test build, byte for byte but for the line
 * break Markdown leaves before a closing tag.
 */
import { cpSync, globSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { isPlainMdx } from '../../src/lib/plain-mdx';
import { astroBuild, ROOT, TEST_BUILDS } from '../support/build-site';

const project = mkdtempSync(join(tmpdir(), 'chuangxing-mdx-build-'));
afterAll(() => rmSync(project, { recursive: true, force: true }));

/** Markdown ends a block with a newline where MDX does not; browsers render both the same. */
const normal = (html: string) => html.replace(/\n(?=<\/)/gu, '');

it('pages from .mdx stories are the same whether rendered as Markdown or through MDX', () => {
  const stories = globSync('content/**/*.mdx', { cwd: ROOT });
  const plain = stories.filter((file) => isPlainMdx(readFileSync(join(ROOT, file), 'utf8')));
  // The sample must exercise the Markdown path, or this test compares MDX with MDX.
  expect(plain.length).toBeGreaterThan(stories.length / 2);

  symlinkSync(join(ROOT, 'node_modules'), join(project, 'node_modules'));
  for (const name of ['src', 'public', 'content', 'astro.config.mjs', 'package.json', 'tsconfig.json'])
    cpSync(join(ROOT, name), join(project, name), { recursive: true });
  const outDir = join(project, 'dist');
  const result = astroBuild({ root: project, outDir, env: { CHUANGXING_MDX: 'always' } });
  expect(result.status, result.output).toBe(0);

  const pages = globSync('**/*.html', { cwd: TEST_BUILDS.root.outDir });
  expect(pages.length).toBeGreaterThan(50);
  const differ = pages.filter(
    (page) =>
      normal(readFileSync(join(TEST_BUILDS.root.outDir, page), 'utf8')) !==
      normal(readFileSync(join(outDir, page), 'utf8')),
  );
  expect(differ).toEqual([]);
});
