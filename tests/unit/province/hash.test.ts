/** A county or shell is reused only when built with the same code and the same BASE_PATH and SITE_URL. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it, vi } from 'vitest';
import { codeHash } from '../../../scripts/build/province/hash';

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
