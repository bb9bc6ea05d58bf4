/** A county or shell is reused only when built with the same code and the same BASE_PATH and SITE_URL. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it, vi } from 'vitest';
import { codeHash, countyCodeHash } from '../../../scripts/build/province/hash';

afterEach(() => vi.unstubAllEnvs());

it('changes with the code, the base path and the site URL', () => {
  const root = mkdtempSync(join(tmpdir(), 'chuangxing-hash-'));
  try {
    mkdirSync(join(root, 'src'));
    writeFileSync(join(root, 'src/a.ts'), 'export const a = 1;\n');
    vi.stubEnv('BASE_PATH', '/');
    const first = codeHash(root);
    expect(codeHash(root)).toBe(first);
    vi.stubEnv('BASE_PATH', '/zhuanti/');
    expect(codeHash(root)).not.toBe(first);
    vi.stubEnv('BASE_PATH', '/');
    vi.stubEnv('SITE_URL', 'https://other.example.gov.cn');
    expect(codeHash(root)).not.toBe(first);
    vi.stubEnv('SITE_URL', undefined);
    writeFileSync(join(root, 'src/a.ts'), 'export const a = 2;\n');
    expect(codeHash(root)).not.toBe(first);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

it("rebuilds the counties for their code and their site, not for the shell's own pages", () => {
  const root = mkdtempSync(join(tmpdir(), 'chuangxing-hash-'));
  try {
    mkdirSync(join(root, 'src/shell/pages'), { recursive: true });
    writeFileSync(join(root, 'src/a.ts'), 'export const a = 1;\n');
    writeFileSync(join(root, 'src/shell/data.ts'), 'export const b = 1;\n');
    writeFileSync(join(root, 'src/shell/pages/index.astro'), '<h1>河南省</h1>\n');
    const area = { level: 'province', name: '河南省', base: '/', cities: ['4109'] };
    const county = countyCodeHash(root, area);
    const shell = codeHash(root);
    writeFileSync(join(root, 'src/shell/pages/index.astro'), '<h1>河南省“五星”支部创建</h1>\n');
    expect(countyCodeHash(root, area)).toBe(county);
    expect(codeHash(root)).not.toBe(shell);
    // The integration reads src/shell/data.ts in every build: a change there rebuilds the counties too.
    writeFileSync(join(root, 'src/shell/data.ts'), 'export const b = 2;\n');
    expect(countyCodeHash(root, area)).not.toBe(county);
    expect(countyCodeHash(root, { ...area, name: '河南' })).not.toBe(countyCodeHash(root, area));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
