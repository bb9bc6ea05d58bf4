/**
 * `npm run build` (scripts/build.ts) in a throwaway copy of the project: a build that fails (bad content, 待填写
 * left, a broken internal link found after Astro has written the site) leaves the published dist/ byte for byte
 * as it was and leaves no half-built folder behind; a good build replaces dist/ whole.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  globSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, withBuildLock, withoutColours } from '../support/build-site';

/** What is not copied: installed packages (symlinked instead), builds, caches, git. */
const SKIP = new Set(['node_modules', '.git', '.astro', 'dist']);

const project = mkdtempSync(join(tmpdir(), 'chuangxing-safe-build-'));
const dist = join(project, 'dist');
afterAll(() => rmSync(project, { recursive: true, force: true }));

/** Every file and folder below `dir` with the SHA-256 of each file's bytes. */
function fingerprint(dir: string): Record<string, string> {
  const entries = globSync('**/*', { cwd: dir, withFileTypes: true });
  return Object.fromEntries(
    entries.map((entry) => {
      const path = join(entry.parentPath, entry.name);
      const hash = entry.isFile() ? createHash('sha256').update(readFileSync(path)).digest('hex') : 'folder';
      return [path.slice(dir.length + 1), hash];
    }),
  );
}

/** Runs `npm run build` in the copy; the output is stdout and stderr together. */
async function build(env: Record<string, string> = {}): Promise<{ status: number | null; output: string }> {
  const inherited = { ...process.env };
  delete inherited['OUT_DIR'];
  const result = await withBuildLock(() =>
    spawnSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/build.ts'], {
      cwd: project,
      encoding: 'utf8',
      env: { ...inherited, BASE_PATH: '/', ...env },
      maxBuffer: 64 * 1024 * 1024,
    }),
  );
  return { status: result.status, output: withoutColours(`${result.stdout}\n${result.stderr}`) };
}

/** Rewrites a file of the copy through `edit`; returns a function that puts the original back. */
function edit(file: string, change: (text: string) => string): () => void {
  const path = join(project, file);
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`test setup: editing ${file} changed nothing`);
  writeFileSync(path, after);
  return () => writeFileSync(path, before);
}

/** The folders beside dist/ that a build uses while it runs. */
const leftovers = () => readdirSync(project).filter((name) => /^dist-(next|old)-\d+$/u.test(name));

let published: Record<string, string>;
beforeAll(() => {
  for (const name of readdirSync(ROOT)) {
    if (!SKIP.has(name) && !name.startsWith('dist-'))
      cpSync(join(ROOT, name), join(project, name), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(project, 'node_modules'));
  // The site as last published: any files will do to prove they are kept byte for byte.
  mkdirSync(join(dist, 'townships/wenliu'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), '<!doctype html><html lang="zh-CN"><title>上一次发布</title></html>');
  writeFileSync(join(dist, 'townships/wenliu/index.html'), '<html lang="zh-CN">文留镇</html>');
  writeFileSync(join(dist, 'photo.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 1, 2, 3]));
  published = fingerprint(dist);
});

describe('a failed build leaves dist/ byte for byte intact', () => {
  it('when a content file is invalid (stopped before Astro writes anything)', async () => {
    const restore = edit('content/villages/qingzu/changzhai.mdx', (text) => text.replace('level: 5', 'level: 6'));
    const result = await build();
    restore();
    expect(result.status).toBe(1);
    expect(result.output).toContain('content/villages/qingzu/changzhai.mdx › stars[0].level');
    // The content report is the first thing printed, with no English preamble from Astro before it.
    expect(result.output.trimStart()).toMatch(/^内容检查发现 1 处问题，网站未生成/u);
    expect(result.output).not.toContain('An unhandled error occurred');
    expect(result.output).toContain('原来的 dist/ 没有改动');
    expect(fingerprint(dist)).toEqual(published);
    expect(leftovers()).toEqual([]);
  });

  it('when a file still says 待填写', async () => {
    const restore = edit('content/villages/wenliu/hujiazhuang.mdx', (text) =>
      text.replace(/^summary: .*$/mu, 'summary: 待填写：一句话介绍'),
    );
    const result = await build();
    restore();
    expect(result.status).toBe(1);
    expect(result.output).toContain('内容里还有 1 处“待填写”，网站未发布');
    expect(result.output).toMatch(/content\/villages\/wenliu\/hujiazhuang\.mdx 第 \d+ 行：summary: 待填写/u);
    expect(fingerprint(dist)).toEqual(published);
  });

  it('when the built site has a broken internal link (found after Astro wrote the new site)', async () => {
    const restore = edit('content/bulletins/2023-wenliu-chuangxing-malasong.mdx', (text) =>
      text.replace('## 每周一的书记大论坛', '见[旧专题](/no-such-page/)。\n\n## 每周一的书记大论坛'),
    );
    const result = await build();
    restore();
    expect(result.status).toBe(1);
    expect(result.output).toContain('[build] Complete!'); // Astro itself succeeded: the checks stopped it
    expect(result.output).toContain(
      'bulletins/2023-wenliu-chuangxing-malasong/index.html：链接“/no-such-page/”指向的页面或文件不存在',
    );
    expect(fingerprint(dist)).toEqual(published);
    expect(leftovers()).toEqual([]);
  });
});

describe('a good build', () => {
  it('replaces dist/ whole, under the sub-path, and clears what a killed build left behind', async () => {
    mkdirSync(join(project, 'dist-next-4194305/half'), { recursive: true });
    const result = await build({ BASE_PATH: '/zhuanti/wuxing/' });
    expect(result.output).toContain('✔ 检查通过，已发布到 dist/');
    expect(result.status).toBe(0);
    const now = fingerprint(dist);
    expect(now['photo.jpg']).toBeUndefined();
    expect(Object.keys(now).length).toBeGreaterThan(100);
    const home = readFileSync(join(dist, 'index.html'), 'utf8');
    expect(home).toContain('<html lang="zh-CN"');
    expect(home).toContain('href="/zhuanti/wuxing/townships/wenliu/"');
    expect(leftovers()).toEqual([]);
  });
});
