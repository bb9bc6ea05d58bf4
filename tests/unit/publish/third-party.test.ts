/** The safe build refuses a site that loads anything from another host; links to other sites stay allowed. */
import { describe, expect, it } from 'vitest';
import { checkBuiltSite } from '../../../scripts/build/site-checks';
import { findThirdPartyResources, loadedUrls } from '../../../scripts/build/third-party';

const ORIGIN = 'https://wuxing.example.gov.cn';
const page = (body: string) =>
  `<!doctype html><html lang="zh-CN"><head><link rel="canonical" href="${ORIGIN}/"></head><body>${body}</body></html>`;

/** The problems of one page (and an optional stylesheet). */
function scan(html: string, css?: string) {
  const files: Record<string, string> = { 'a/index.html': page(html), ...(css ? { '_astro/a.css': css } : {}) };
  return findThirdPartyResources(Object.keys(files), (file) => files[file]!, ORIGIN);
}

describe('refused', () => {
  it.each([
    ['a tracker script', '<script async src="https://hm.baidu.com/hm.js?x=1"></script>'],
    ['a protocol-relative script', "<script src='//cdn.example.com/a.js'></script>"],
    ['a CDN stylesheet', '<link rel="stylesheet" href="https://cdn.jsdelivr.net/x.css">'],
    ['a preloaded font', '<link rel=preload as=font href=https://fonts.gstatic.com/a.woff2>'],
    ['a hot-linked image', '<img alt="" src="https://mmbiz.qpic.cn/a.jpg">'],
    ['a srcset candidate', '<img alt="" src="/a.jpg" srcset="/a.jpg 1x, https://x.cn/a@2x.jpg 2x">'],
    ['an iframe', '<iframe src="https://v.qq.com/x"></iframe>'],
    ['a video poster', '<video poster="https://x.cn/p.jpg"></video>'],
    ['a style attribute url()', '<div style="background:url(https://x.cn/bg.png)"></div>'],
    ['an inline style @import', '<style>@import "https://x.cn/a.css";</style>'],
    ['a style attribute in capitals', '<P STYLE = "background:url(https://x.cn/bg.png)">'],
    ['a style attribute after others', '<section class="a" data-x=\'1\' style=background:url(https://x.cn/b.png)>'],
  ])('%s', (_, html) => {
    const problems = scan(html);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.file).toBe('a/index.html');
    expect(problems[0]!.zh).toContain('从别的网站加载文件');
  });

  it('a url() in a built stylesheet', () => {
    expect(scan('', '.a{background:url("https://x.cn/a.png")}').map((problem) => problem.file)).toEqual([
      '_astro/a.css',
    ]);
  });

  it('fails the safe build', () => {
    const files: Record<string, string> = {
      'index.html': page('<script src="https://hm.baidu.com/hm.js"></script>'),
      'pagefind/pagefind.js': '',
    };
    const problems = checkBuiltSite(Object.keys(files), (file) => files[file]!, '/');
    expect(problems.map((problem) => problem.file)).toEqual(['index.html']);
  });
});

describe('allowed', () => {
  it.each([
    ['a link to another site', '<a href="https://www.puyang.gov.cn/">县政府</a>'],
    ['the canonical and alternate links', '<link rel="alternate" href="https://other.example/feed.xml">'],
    ['own files', '<script type="module" src="/_astro/a.js"></script><img alt="" src="../_astro/a.webp">'],
    ['own absolute URL', `<img alt="" src="${ORIGIN}/_astro/a.webp">`],
    ['a data: icon in CSS', '<style>.a{background:url(data:image/svg+xml;base64,PHN2Zz4=)}</style>'],
    ['a URL in text or a comment', '<p>见 https://x.cn/a.jpg</p><!-- <img src="https://x.cn/a.jpg"> -->'],
    ['a URL inside an inline script', '<script>const u = "https://x.cn/";</script>'],
    ['a URL attribute of a tag that loads nothing', '<a data-src="https://x.cn/a.jpg" href="https://x.cn/">x</a>'],
    ['a tag named like an object property', '<constructor src="https://x.cn/a.js"></constructor>'],
  ])('%s', (_, html) => expect(scan(html)).toEqual([]));

  it('finds every loaded URL with its tag', () => {
    expect(loadedUrls('<img src="/a.jpg" srcset="/a.jpg 1x, /b.jpg 2x"><link rel="icon" href="/f.svg">')).toEqual([
      { tag: 'img', url: '/a.jpg' },
      { tag: 'img', url: '/a.jpg' },
      { tag: 'img', url: '/b.jpg' },
      { tag: 'link', url: '/f.svg' },
    ]);
  });
});
