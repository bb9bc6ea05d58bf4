import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { crawl } from '../../../scripts/quality/crawl';

const dist = mkdtempSync(join(tmpdir(), 'chuangxing-crawl-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));
const write = (file: string, text: string) => {
  mkdirSync(dirname(join(dist, file)), { recursive: true });
  writeFileSync(join(dist, file), text);
};
const page = (body: string, head = '', lang = 'zh-CN') =>
  `<!doctype html><html lang="${lang}"><head>${head}</head><body>${body}</body></html>`;

describe('crawl', () => {
  const site = 'https://wuxing.example.gov.cn';
  write(
    'index.html',
    page(
      '<h1 id="top">首页</h1><a href="/sub/a/">a</a><a href="/sub/a/#story">story</a><a href="https://www.gov.cn/">外链</a>',
      `<link rel="canonical" href="${site}/sub/"><link rel="stylesheet" href="/sub/_astro/s.css">`,
    ),
  );
  write(
    'a/index.html',
    page('<p id="story"></p><a href="../">home</a><a href="../#top">top</a><img src="a.jpg" alt="">'),
  );
  write('a/a.jpg', 'jpg');
  write('_astro/s.css', 'body{background:url(/sub/bg.png)}');
  write('bg.png', 'png');

  it('passes a sound site under a sub-path', () => {
    const result = crawl(dist, '/sub/', site);
    expect(result.problems).toEqual([]);
    expect(result.pages).toBe(2);
  });

  it('reports broken links and fragments, third-party loads, relative canonicals and a missing lang', () => {
    write(
      'b/index.html',
      page(
        '<a href="/sub/missing/">x</a><a href="/sub/a/#nope">y</a><a href="/a/">outside base</a>' +
          '<img src="https://cdn.example.com/x.png" alt=""><script src="//cdn.example.com/x.js"></script>',
        '<link rel="canonical" href="/sub/b/"><link rel="stylesheet" href="https://fonts.example.com/f.css">',
        'en',
      ),
    );
    write('_astro/t.css', '@import "https://fonts.example.com/g.css";');
    write(
      '_astro/u.js',
      'import"./missing.js";fetch("https://api.example.com/track");const ns="http://www.w3.org/2000/svg";',
    );
    const problems = crawl(dist, '/sub/', site).problems.map((p) => `${p.kind} ${p.file} ${p.detail}`);
    expect(problems).toEqual([
      'lang b/index.html <html> lacks lang="zh-CN"',
      'canonical b/index.html canonical should be absolute on https://wuxing.example.gov.cn: /sub/b/',
      'third-party b/index.html <link href> https://fonts.example.com/f.css',
      'broken link b/index.html /sub/missing/',
      'broken fragment b/index.html /sub/a/#nope',
      'broken link b/index.html /a/',
      'third-party b/index.html <img src> https://cdn.example.com/x.png',
      'third-party b/index.html <script src> //cdn.example.com/x.js',
      'third-party _astro/t.css https://fonts.example.com/g.css',
      'broken link _astro/u.js ./missing.js',
      'third-party _astro/u.js URL in script: https://api.example.com/track',
    ]);
  });
});
