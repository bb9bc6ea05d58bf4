import { describe, expect, it } from 'vitest';
import { pageType, sitePath } from '../../../scripts/quality/dist-pages';
import {
  cssRefs,
  dynamicImports,
  htmlRefs,
  inlineBlocks,
  srcsetUrls,
  staticImports,
} from '../../../scripts/quality/refs';

describe('references in built files', () => {
  it('finds URLs in attributes, srcset, meta and style, not inside scripts or comments', () => {
    const html = `<html lang="zh-CN"><head><link rel="stylesheet" href="/_astro/a.css">
      <link rel=canonical href="https://x.example/a/"><meta property="og:url" content="https://x.example/a/">
      <script type="module" src="/_astro/m.js"></script><script>var s = '<img src="/inside-script.png">';</script>
      </head><body><!-- <a href="/commented/"> --><a href="/b/?q=1&amp;r=2#top">b</a>
      <img src="/i.jpg" srcset="/i-400.avif 400w, /i-800.avif 800w" alt=""><div style="background:url('/bg.png')"></div>`;
    const refs = htmlRefs(html).map((r) => `${r.tag}.${r.attr}(${r.role})=${r.url}`);
    expect(refs).toEqual([
      'link.href(stylesheet)=/_astro/a.css',
      'link.href(canonical)=https://x.example/a/',
      'meta.content(og:url)=https://x.example/a/',
      'script.src()=/_astro/m.js',
      'a.href()=/b/?q=1&r=2#top',
      'img.src()=/i.jpg',
      'img.srcset()=/i-400.avif',
      'img.srcset()=/i-800.avif',
      'div.style()=/bg.png',
    ]);
    expect(inlineBlocks(html, 'script').map((b) => b.text)).toEqual(['', `var s = '<img src="/inside-script.png">';`]);
  });

  it('splits srcset, including URLs with commas-free descriptors', () => {
    expect(srcsetUrls('/a.webp 1x,/b.webp 2x')).toEqual(['/a.webp', '/b.webp']);
    expect(srcsetUrls('/a.webp')).toEqual(['/a.webp']);
  });

  it('finds url() and @import in CSS, skipping data: URLs and comments', () => {
    const css = `@import "./base.css"; /* url(/no.png) */ .a{background:url(/a.png)} .b{mask:url("data:image/svg+xml,x")}`;
    expect(cssRefs(css)).toEqual(['/a.png', './base.css']);
  });

  it('tells static imports (up front) from dynamic ones (later)', () => {
    const runtime = 'import(`${base}ui.js`);';
    const js = `import{a as b}from"./chunk.js";${runtime}import"./side.js";export{c}from'./re.js';const m=()=>import("./chart.js");`;
    expect(staticImports(js)).toEqual(['./chunk.js', './side.js', './re.js']);
    expect(dynamicImports(js)).toEqual(['./chart.js']);
  });
});

describe('page types', () => {
  it('types pages by site path', () => {
    expect(sitePath('index.html')).toBe('/');
    expect(sitePath('villages/wenliu/hujiazhuang/index.html')).toBe('/villages/wenliu/hujiazhuang/');
    expect(sitePath('404.html')).toBe('/404.html');
    const types = ['/', '/404.html', '/search/', '/townships/wenliu/', '/villages/wenliu/liuzhuang/', '/bulletins/'];
    expect(types.map(pageType)).toEqual(['home', '404', 'search', 'township', 'village', 'bulletin list']);
    expect(pageType('/bulletins/2023-wenliu-malasong/')).toBe('bulletin');
    expect(pageType('/bulletins/kind/weekly/')).toBe('bulletin list');
    expect(pageType('/bulletins/township/')).toBe('bulletin list');
    expect(pageType('/bulletins/page/2/')).toBe('bulletin list');
    expect(pageType('/bulletins/kind/case/page/3/')).toBe('bulletin list');
    expect(pageType('/stars/zhibu-guoying/')).toBe('star');
    expect(pageType('/rankings/')).toBe('rankings');
    expect(pageType('/photos/by-date/')).toBe('photos (sub-page)');
  });
});
