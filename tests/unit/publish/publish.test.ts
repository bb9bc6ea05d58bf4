/** The swap that publishes a checked build, and the clean-up after a build that was killed half-way. */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { cleanUpStale, listBuiltFiles, siblings, swapIn } from '../../../scripts/build/publish';

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'chuangxing-publish-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Makes a folder holding one file `marker.txt` with `text`, and a nested file. */
function site(path: string, text: string): void {
  mkdirSync(join(path, 'a'), { recursive: true });
  writeFileSync(join(path, 'marker.txt'), text);
  writeFileSync(join(path, 'a', 'index.html'), text);
}

/** A pid no process has (above Linux's pid_max). */
const DEAD = 4_194_305;

it('puts the new build in place of the old one and leaves no sibling folders', () => {
  const target = join(dir, 'dist');
  const { next, old } = siblings(target);
  site(target, 'old');
  site(next, 'new');
  swapIn(next, target, old);
  expect(readFileSync(join(target, 'marker.txt'), 'utf8')).toBe('new');
  expect(readdirSync(dir)).toEqual(['dist']);
  expect(listBuiltFiles(target)).toEqual(['a/index.html', 'marker.txt']);
});

it('publishes the first build when there is no dist/ yet', () => {
  const target = join(dir, 'dist');
  const { next, old } = siblings(target);
  site(next, 'new');
  swapIn(next, target, old);
  expect(readdirSync(dir)).toEqual(['dist']);
});

it('puts the old site back when the new one cannot be moved in', () => {
  const target = join(dir, 'dist');
  const { old } = siblings(target);
  site(target, 'old');
  expect(() => swapIn(join(dir, 'missing'), target, old)).toThrow();
  expect(readFileSync(join(target, 'marker.txt'), 'utf8')).toBe('old');
  expect(readdirSync(dir)).toEqual(['dist']);
});

it('removes folders of dead builds, restores an interrupted swap, and leaves running builds and others alone', () => {
  const target = join(dir, 'dist');
  site(join(dir, `dist-old-${DEAD}`), 'published');
  site(join(dir, `dist-next-${DEAD}`), 'half-built');
  site(join(dir, `dist-next-${process.pid}`), 'running');
  site(join(dir, 'dist-test'), 'test build');
  expect(cleanUpStale(target)).toHaveLength(2);
  expect(readFileSync(join(target, 'marker.txt'), 'utf8')).toBe('published');
  expect(readdirSync(dir).sort()).toEqual(['dist', `dist-next-${process.pid}`, 'dist-test']);
});
