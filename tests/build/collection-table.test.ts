/**
 * `astro build` gives the same verdict as the checker on files the collection table does not read: content/county.yml
 * is the county, a township file in a subfolder is named in a warning and gets no page, and the build passes.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { astroBuild, ROOT } from '../support/build-site';

const project = mkdtempSync(join(tmpdir(), 'chuangxing-table-build-'));
afterAll(() => rmSync(project, { recursive: true, force: true }));

it('county.yml and a township in a subfolder: the build passes, warns of the subfolder file, makes no page for it', () => {
  symlinkSync(join(ROOT, 'node_modules'), join(project, 'node_modules'));
  // Code is copied, not symlinked: Astro must see its source files inside the project's root.
  for (const name of ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'])
    cpSync(join(ROOT, name), join(project, name), { recursive: true });
  cpSync(join(ROOT, 'content'), join(project, 'content'), { recursive: true });
  renameSync(join(project, 'content/county.yaml'), join(project, 'content/county.yml'));
  mkdirSync(join(project, 'content/townships/archive'));
  writeFileSync(join(project, 'content/townships/archive/xinxi.yaml'), 'name: 新习镇\nvillageCount: 30\n');

  const result = astroBuild({ root: project, outDir: join(project, 'dist') });

  expect(result.status, result.output).toBe(0);
  expect(result.output).toContain('content/townships/archive/xinxi.yaml');
  expect(result.output).toContain('网站不会读取这个文件');
  expect(existsSync(join(project, 'dist/index.html'))).toBe(true);
  expect(existsSync(join(project, 'dist/townships/archive/xinxi/index.html'))).toBe(false);
  expect(existsSync(join(project, 'dist/townships/xinxi/index.html'))).toBe(false);
});
