/** The checks a build must pass before it replaces the published site, and how their report reads. */
import { expect, it } from 'vitest';
import { checkBuiltSite, formatSiteProblems } from '../../../scripts/build/site-checks';

const good = '<!doctype html><html lang="zh-CN"><body><a href="/a/">a</a></body></html>';

it('passes a site with a home page, a search index, Chinese pages and working links', () => {
  const files: Record<string, string> = { 'index.html': good, 'a/index.html': good, 'pagefind/pagefind.js': '' };
  expect(checkBuiltSite(Object.keys(files), (file) => files[file]!, '/')).toEqual([]);
});

it('names the page without lang="zh-CN", the missing home page and search index, and broken links', () => {
  const files: Record<string, string> = { 'a/index.html': '<html lang="en"><a href="/b/">b</a></html>' };
  const problems = checkBuiltSite(Object.keys(files), (file) => files[file]!, '/');
  expect(formatSiteProblems(problems)).toMatchInlineSnapshot(`
    "生成的网站有 4 处问题，未发布（the built site has 4 problem(s); not published）:
    ✖ 缺少首页 index.html
      (en) index.html is missing
    ✖ 缺少搜索索引 pagefind/
      (en) the Pagefind search index pagefind/ is missing
    ✖ a/index.html：页面没有声明中文（<html lang="zh-CN">）
      (en) missing <html lang="zh-CN">
    ✖ a/index.html：链接“/b/”指向的页面或文件不存在
      (en) broken link /b/: target does not exist"
  `);
});

it('lists at most the given number of problems and counts the rest', () => {
  const problems = Array.from({ length: 5 }, (_, index) => ({ file: `${index}.html`, zh: '问题', en: 'problem' }));
  expect(formatSiteProblems(problems, 2).split('\n').at(-1)).toBe('……另有 3 处 (3 more)');
});
