/** The render-time sanitizer removes what the content check refuses, and keeps what Markdown and staff may write. */
import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { contentSanitizer } from '../../src/integrations/sanitize';

const OPTIONS = { hastPlugins: [contentSanitizer], features: { rawHtml: true } };

/** Renders Markdown through the sanitizer. */
const md = async (source: string) => (await markdownToHtml(source, OPTIONS)).html;
/** Compiles MDX through the sanitizer, keeping JSX so the output can be read. */
const mdx = async (source: string) => (await mdxToJs(source, { ...OPTIONS, jsx: true })).code;

describe('Markdown', () => {
  it.each([
    ['<script>', '<script>alert(1)</script>', 'alert'],
    ['<SCRIPT type=module>', '<SCRIPT type=module>\nalert(1)\n</SCRIPT>', 'alert'],
    ['onerror', '<img src="./a.jpg" onerror="alert(1)">', 'onerror'],
    ['a javascript: link', '[x](javascript:alert(1))', 'javascript'],
    ['JaVaScRiPt: in <a>', '<a href="JaVaScRiPt:alert(1)">x</a>', 'JaVaScRiPt'],
    ['an iframe', '<iframe src="https://v.qq.com/x"></iframe>', 'iframe'],
    ['a remote image', '![a](https://mmbiz.qpic.cn/a.jpg)', 'mmbiz'],
    ['style', '<p style="background:url(https://x.cn/a.png)">x</p>', 'url('],
  ])('removes %s', async (_, source, gone) => expect(await md(source)).not.toContain(gone));

  it('keeps harmless HTML, local images, external links, tables and footnotes', async () => {
    const html = await md(
      '注[^1] H<sub>2</sub>O <mark>增</mark><br> [政府](https://www.gov.cn/) ![图](./a.jpg)\n\n| a |\n|:-:|\n| 1 |\n\n[^1]: 说明\n',
    );
    for (const kept of [
      '<sub>2</sub>',
      '<mark>增</mark>',
      '<br>',
      'href="https://www.gov.cn/"',
      'src="./a.jpg"',
      '<td',
    ]) {
      expect(html).toContain(kept);
    }
    expect(html).toContain('href="#user-content-fn-1"');
    expect(html).toContain('id="user-content-fn-1"');
  });
});

describe('MDX', () => {
  it('removes components, disallowed elements and attributes, script URLs', async () => {
    const code = await mdx(
      '<Foo />\n\n<iframe src="https://x.cn" />\n\n<a href="javascript:x" title="t">a</a> <img src="https://x.cn/a.jpg" />',
    );
    for (const gone of ['Foo', 'iframe', 'javascript', 'x.cn/a.jpg']) expect(code).not.toContain(gone);
    expect(code).toContain('title="t"');
  });

  it('keeps allowed lowercase HTML', async () => {
    const code = await mdx('H<sub>2</sub>O <a href="https://www.gov.cn/">政府</a>');
    expect(code).toMatch(/sub>\{"2"\}</u);
    expect(code).toContain('href="https://www.gov.cn/"');
  });
});
