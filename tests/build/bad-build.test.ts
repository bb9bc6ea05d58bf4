/** Breaking one sample file makes `astro build` exit non-zero with a message naming that file and field. */
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { astroBuild, ROOT } from '../support/build-site';

const project = mkdtempSync(join(tmpdir(), 'chuangxing-bad-build-'));
afterAll(() => rmSync(project, { recursive: true, force: true }));

it('a star level of 6 stops the build and names the file and field', () => {
  for (const name of ['src', 'node_modules', 'public']) symlinkSync(join(ROOT, name), join(project, name));
  for (const name of ['astro.config.mjs', 'package.json', 'tsconfig.json'])
    cpSync(join(ROOT, name), join(project, name));
  cpSync(join(ROOT, 'content'), join(project, 'content'), { recursive: true });
  const village = join(project, 'content/villages/qingzu/changzhai.mdx');
  writeFileSync(village, readFileSync(village, 'utf8').replace('level: 5', 'level: 6'));

  const result = astroBuild({ root: project, outDir: join(project, 'dist') });

  expect(result.status).not.toBe(0);
  expect(result.output).toContain('content/villages/qingzu/changzhai.mdx › stars[0].level');
  expect(result.output).toContain('星级最高是 5');
  // The report is what is printed: no English "unhandled error in a hook" preamble or stack trace before it.
  expect(result.output).not.toContain('An unhandled error occurred');
  expect(result.output).not.toContain('Stack trace');
});
