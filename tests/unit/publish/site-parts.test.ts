/**
 * A province site is checked in parts (scripts/build/site-checks.ts): each county's shard on its own when it is
 * built, keeping the links that leave it; the assembly then reads the shell's pages and those links only.
 */
import { expect, it } from 'vitest';
import { checkAssembledSite, checkSitePart } from '../../../scripts/build/site-checks';

const page = (body: string) => `<!doctype html><html lang="zh-CN"><body>${body}</body></html>`;

it('a shard: its own links are checked, links leaving it are kept for the assembly', () => {
  const shard: Record<string, string> = {
    'index.html': page('<a href="/puyang/villages/a/">a</a><a href="/">省首页</a><a href="/names/#list">名称</a>'),
    'villages/a/index.html': page('<a href="../../">县首页</a><a href="/puyang/villages/gone/">旧</a>'),
    'pagefind/pagefind.js': '',
  };
  const { problems, outward } = checkSitePart(Object.keys(shard), (file) => shard[file]!, '/puyang/');
  expect(problems.map((problem) => `${problem.file} ${problem.en}`)).toEqual([
    'villages/a/index.html broken link /puyang/villages/gone/: target does not exist',
  ]);
  expect(outward).toEqual([
    { page: 'index.html', url: '/' },
    { page: 'index.html', url: '/names/#list' },
  ]);
});

it('the assembly: scans the shell, checks the kept links against the whole site, not the shards’ pages', () => {
  const site: Record<string, string> = {
    'index.html': page('<a href="/puyang/">濮阳县</a><a href="/qingfeng/">清丰县</a>'),
    'names/index.html': page('<p id="other">名称</p>'),
    'puyang/index.html': page('<a href="/nowhere/">不会被读到</a>'),
    'puyang/pagefind/pagefind.js': '',
  };
  const read = (file: string) => {
    if (file.startsWith('puyang/') && file.endsWith('.html')) throw new Error(`read a checked shard page: ${file}`);
    return site[file]!;
  };
  const problems = checkAssembledSite({
    files: Object.keys(site),
    read,
    base: '/',
    indexes: ['puyang/', 'qingfeng/'],
    scan: ['index.html', 'names/index.html'],
    outward: [
      { page: 'puyang/index.html', url: '/' },
      { page: 'puyang/index.html', url: '/names/#list' },
    ],
  });
  expect(problems.map((problem) => `${problem.file} ${problem.en}`)).toEqual([
    ' the Pagefind search index qingfeng/pagefind/ is missing',
    'index.html broken link /qingfeng/: target does not exist',
    'puyang/index.html broken link /names/#list: no such #fragment on the target page',
  ]);
});
