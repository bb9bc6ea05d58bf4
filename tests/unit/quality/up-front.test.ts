import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DistReader, gzipBytes } from '../../../scripts/quality/up-front';

const dist = mkdtempSync(join(tmpdir(), 'chuangxing-upfront-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));
const write = (file: string, text: string) => {
  mkdirSync(dirname(join(dist, file)), { recursive: true });
  writeFileSync(join(dist, file), text);
  return gzipBytes(text);
};

describe('up-front weight', () => {
  const base = '/zhuanti/wuxing/';
  const html = `<!doctype html><html lang="zh-CN"><head>
    <link rel="stylesheet" href="/zhuanti/wuxing/_astro/site.css">
    <script type="module" src="../../../_astro/page.js"></script>
    <script>document.documentElement.dataset.size = localStorage.size;</script>
    <script type="application/json">{"a":1}</script></head><body><img src="/zhuanti/wuxing/big.jpg"></body></html>`;
  const sizes = {
    html: write('villages/a/b/index.html', html),
    css: write('_astro/site.css', '@import "./more.css"; body{color:red}'),
    more: write('_astro/more.css', 'p{margin:0}'),
    page: write('_astro/page.js', 'import{x}from"./shared.js";const c=()=>import("./chart.js");c(x);'),
    shared: write('_astro/shared.js', 'export const x=1;'),
  };
  const chart = write('_astro/chart.js', 'import"./shared.js";export default "a very large chart library";');
  write('big.jpg', 'x'.repeat(100_000));

  it('counts the HTML, linked CSS with its imports and JS with its static imports, gzip; not images', () => {
    const weight = new DistReader(dist, base).upFront('villages/a/b/index.html', '/villages/a/b/');
    expect(weight.html).toBe(sizes.html);
    expect(weight.css).toBe(sizes.css + sizes.more);
    expect(weight.js).toBe(sizes.page + sizes.shared);
    expect(weight.total).toBe(sizes.html + sizes.css + sizes.more + sizes.page + sizes.shared);
    expect(weight.assets.sort()).toEqual(['_astro/more.css', '_astro/page.js', '_astro/shared.js', '_astro/site.css']);
  });

  it('reports code loaded later by import() without counting it, and lists inline scripts (not JSON)', () => {
    const weight = new DistReader(dist, base).upFront('villages/a/b/index.html', '/villages/a/b/');
    expect(weight.deferred).toEqual(['_astro/chart.js']);
    expect(new DistReader(dist, base).laterBytes(weight)).toBe(chart);
    expect(weight.inlineScripts).toEqual(['document.documentElement.dataset.size = localStorage.size;']);
  });

  it('maps URLs to existing dist files under the base, and nothing outside it', () => {
    write('index.html', '<!doctype html>');
    write('a/c/index.html', '<!doctype html>');
    const reader = new DistReader(dist, base);
    expect(reader.fileOf('/zhuanti/wuxing/missing/', '/a/')).toBeUndefined();
    expect(reader.fileOf('/zhuanti/wuxing/', '/a/')).toBe('index.html');
    expect(reader.fileOf('../c/', '/a/b/')).toBe('a/c/index.html');
    expect(reader.fileOf('/other/', '/a/')).toBeUndefined();
    expect(reader.fileOf('https://cdn.example/x.js', '/a/')).toBeUndefined();
  });
});
