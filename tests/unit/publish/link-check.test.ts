/** The link checker run on every build before it is published: which links count as broken, and which do not. */
import { describe, expect, it } from 'vitest';
import { canonicalOrigin, findBrokenLinks, pageUrls, resolveLink } from '../../../scripts/build/link-check';

/** A tiny built site: file → content. */
function site(files: Record<string, string>, base = '/') {
  return findBrokenLinks(Object.keys(files), (file) => files[file] ?? '', base);
}

const page = (body: string) => `<!doctype html><html lang="zh-CN"><body>${body}</body></html>`;

describe('pageUrls', () => {
  it('reads href, src, srcset, action and poster, but not script or style text or comments', () => {
    const html = page(
      '<a href="/a/">a</a><img src="b.jpg" srcset="/c-400.webp 400w, /c-800.webp 800w"><form action="/s/"></form>' +
        '<video poster="/p.jpg"></video><!-- <a href="/comment/"> --><script>const x = "<a href=\'/js/\'>";</script>' +
        '<a href="/q/?x=1&amp;y=2">q</a>',
    );
    expect(pageUrls(html)).toEqual(['/a/', 'b.jpg', '/c-400.webp', '/c-800.webp', '/s/', '/p.jpg', '/q/?x=1&y=2']);
  });
});

describe('resolveLink', () => {
  it('maps folder URLs to index.html under the base and skips external URLs', () => {
    expect(resolveLink('/zhuanti/wuxing/townships/', 'index.html', '/zhuanti/wuxing/')).toEqual({
      file: 'townships/index.html',
      fragment: '',
    });
    expect(resolveLink('../b/#top', 'a/x/index.html', '/')).toEqual({ file: 'a/b/index.html', fragment: 'top' });
    expect(resolveLink('/other/', 'index.html', '/zhuanti/wuxing/')).toBe('outside');
    for (const url of ['https://example.org/', '//cdn.example.org/x.js', 'mailto:a@b.cn', 'data:image/png;base64,AA']) {
      expect(resolveLink(url, 'index.html', '/')).toBeUndefined();
    }
  });
});

describe('findBrokenLinks', () => {
  it('passes a site whose links all resolve, at the root and under a sub-path', () => {
    const files = {
      'index.html': page(
        '<a href="/a/">a</a><a href="/a/#part">part</a><a href="#top" id="top">t</a><img src="/i.jpg">',
      ),
      'a/index.html': page('<h2 id="part">part</h2><a href="../">home</a><a href="/a">no slash</a>'),
      'i.jpg': '',
    };
    expect(site(files)).toEqual([]);
    const sub = {
      'index.html': page('<a href="/zhuanti/wuxing/a/">a</a><a href="/zhuanti/wuxing/">home</a>'),
      'a/index.html': page(''),
    };
    expect(site(sub, '/zhuanti/wuxing/')).toEqual([]);
  });

  it('reports missing files, missing anchors and links that leave the base path', () => {
    const files = {
      'index.html': page(
        '<a href="/zhuanti/wuxing/gone/">x</a><a href="/zhuanti/wuxing/a/#nope">y</a><a href="/a/">z</a>',
      ),
      'a/index.html': page('<img srcset="/zhuanti/wuxing/_astro/x.webp 1x">'),
    };
    expect(site(files, '/zhuanti/wuxing/')).toEqual([
      { page: 'index.html', url: '/zhuanti/wuxing/gone/', reason: 'missing' },
      { page: 'index.html', url: '/zhuanti/wuxing/a/#nope', reason: 'anchor' },
      { page: 'index.html', url: '/a/', reason: 'outside' },
      { page: 'a/index.html', url: '/zhuanti/wuxing/_astro/x.webp', reason: 'missing' },
    ]);
  });

  it('decodes percent-encoded paths and reports each URL once per page', () => {
    const files = {
      'index.html': page('<a href="/%E5%9B%BE/">x</a><a href="/gone/">1</a><a href="/gone/">2</a>'),
      '图/index.html': '',
    };
    expect(site(files)).toEqual([{ page: 'index.html', url: '/gone/', reason: 'missing' }]);
  });
});

describe('feeds, sitemaps and absolute URLs on the site origin', () => {
  const origin = 'https://wuxing.example.gov.cn';

  it('reads <loc> and <link> of feeds and sitemaps and checks URLs on the own origin', () => {
    const files = {
      'index.html': page(
        `<link rel="canonical" href="${origin}/zhuanti/wuxing/"><a href="https://example.org/x/">x</a>`,
      ),
      'rss.xml': `<rss><channel><link>${origin}/zhuanti/wuxing/</link><item><link>${origin}/zhuanti/wuxing/gone/</link></item></channel></rss>`,
      'sitemap-0.xml': `<urlset><url><loc>${origin}/zhuanti/wuxing/</loc></url><url><loc>${origin}/elsewhere/</loc></url></urlset>`,
    };
    expect(
      findBrokenLinks(Object.keys(files), (file) => files[file as keyof typeof files], '/zhuanti/wuxing/', origin),
    ).toEqual([
      { page: 'rss.xml', url: `${origin}/zhuanti/wuxing/gone/`, reason: 'missing' },
      { page: 'sitemap-0.xml', url: `${origin}/elsewhere/`, reason: 'outside' },
    ]);
  });

  it('finds the origin in the canonical link', () => {
    expect(canonicalOrigin(page(`<link href="${origin}/a/" rel="canonical">`))).toBe(origin);
    expect(canonicalOrigin(page('<link rel="canonical" href="/relative/">'))).toBeUndefined();
  });
});
