import { describe, expect, it } from 'vitest';
import { isPlainMdx } from '../../src/lib/plain-mdx';

const page = (body: string) => `---\ntitle: 胡家庄村\nsummary: '{不是正文}'\n---\n${body}`;

describe('isPlainMdx', () => {
  it('takes a story of paragraphs, lists, tables, emphasis and links as Markdown', () => {
    const body =
      '## 村情\n\n胡家庄村有 **320** 户。\n\n- 产业：蔬菜\n- 荣誉：[县级文明村](/honors/)\n\n| 年 | 星 |\n| --- | --- |\n| 2023 | 3 |\n';
    expect(isPlainMdx(page(body))).toBe(true);
  });

  it('reads only the body: braces in the front matter do not count', () => {
    expect(isPlainMdx(page('正文一段。\n'))).toBe(true);
  });

  it.each([
    ['HTML or JSX', '第一段<br>第二段'],
    ['an expression', '今年 {2 + 1} 星'],
    ['a closing brace', '见附件}'],
    ['an import', "import X from './x.js'\n\n正文"],
    ['an export', 'export const a = 1\n\n正文'],
    ['an image', '![村委会](./cun.jpg)'],
    ['a line indented by four spaces', '    缩进的一段'],
    ['a line indented by a tab', '\t缩进的一段'],
    ['an HTML comment', '<!-- 备注 -->'],
    ['an autolink', '<https://example.com>'],
  ])('keeps %s for MDX', (_, body) => {
    expect(isPlainMdx(page(body))).toBe(false);
  });

  it('works on a file without front matter', () => {
    expect(isPlainMdx('只有正文。')).toBe(true);
    expect(isPlainMdx('<div>x</div>')).toBe(false);
  });
});
