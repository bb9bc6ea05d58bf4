import { parse as parseYaml } from 'yaml';
import { z } from 'astro/zod';
import { mdxToMdast } from 'satteri';
import { describe, expect, it } from 'vitest';
import { renderFrontmatter } from '../../../scripts/import/newspaper/frontmatter';
import { escapeMdxText, renderBody } from '../../../scripts/import/newspaper/mdx';
import { bulletinSchema } from '../../../src/schema/collections';

/** The text MDX (the compiler Astro uses) shows for a body: every text node, per top-level block. */
function renderedText(body: string): string[] {
  type Node = { type: string; value?: string; children?: Node[] };
  const text = (node: Node): string => node.value ?? (node.children ?? []).map(text).join('');
  return (mdxToMdast(body) as Node).children?.map(text) ?? [];
}

const NASTY = [
  '预算{2023}年<b>加粗</b>&amp;不是实体 a > b',
  '# 不是标题',
  '- 不是列表',
  '+ 也不是',
  '1. 不是编号',
  '3) 也不是',
  '> 不是引用',
  '*不是强调* _也不是_ `不是代码` [不是链接](x) ~~不是删除~~ 反斜杠\\ 竖线|',
  'import 不是 JavaScript',
  'export const x = 1',
  '---',
];

describe('escapeMdxText', () => {
  it('replaces { } < > & with character references', () => {
    expect(escapeMdxText('{a}<b>&')).toBe('&#123;a&#125;&lt;b&gt;&amp;');
  });

  it('leaves ordinary Chinese text alone', () => {
    const text = '“五星”支部创建，占比 75%，“龙头企业+合作社+农户”模式（试点）。';
    expect(escapeMdxText(text)).toBe(text);
  });

  it('compiles as MDX and shows exactly the original text, for every special character', () => {
    for (const line of NASTY) {
      expect(renderedText(escapeMdxText(line)), line).toEqual([line]);
    }
  });

  it('keeps headings and paragraphs apart in the rendered body', () => {
    const body = renderBody([
      { type: 'heading', text: '标题{1}' },
      { type: 'paragraph', text: '正文<2>' },
    ]);
    expect(body).toBe('## 标题&#123;1&#125;\n\n正文&lt;2&gt;\n');
    const tree = mdxToMdast(body) as { children: Array<{ type: string; depth?: number }> };
    expect(tree.children.map((node) => node.type)).toEqual(['heading', 'paragraph']);
    expect(renderedText(body)).toEqual(['标题{1}', '正文<2>']);
  });
});

describe('renderFrontmatter', () => {
  const fields = {
    title: '标题: "引号" # 不是注释 {x}',
    date: '2023-06-01',
    kind: '典型案例' as const,
    townships: ['wenliu'],
    villages: [],
    summary: '摘要：第一句。',
  };
  const extras = {
    sourceFile: 'a\nb.txt',
    notes: { title: '请核对：标题' },
    captions: [
      { number: 1, text: '县委书记调研“五星”工作。' },
      { text: '观摩学习', credit: '张三' },
    ],
  };

  it('writes YAML that the bulletin schema accepts, whatever the title holds', () => {
    const text = renderFrontmatter(fields, extras);
    const data = parseYaml(text.replace(/^---\n|---\n$/gu, '')) as Record<string, unknown>;
    expect(data['title']).toBe(fields.title);
    expect(data['sample']).toBe(false);
    expect(data['photos']).toBeUndefined();
    expect(bulletinSchema(() => z.string()).safeParse(data).success).toBe(true);
  });

  it('writes the captions as a commented photos list that validates once uncommented', () => {
    const text = renderFrontmatter(fields, extras);
    expect(text).toContain('# 图片说明（添加图片文件后取消注释）:\n# photos:\n#   - file: ./图片文件名-1.jpg\n');
    expect(text).toContain('#     caption: "县委书记调研“五星”工作。"\n#     credit: "请填写摄影者或来源"');
    expect(text).toContain('#     credit: "张三"');
    const uncommented = text.replace(/^# (photos:| {2})/gmu, '$1').replace(/^---\n|---\n$/gu, '');
    const data = parseYaml(uncommented) as { photos: unknown[] };
    expect(data.photos).toHaveLength(2);
    expect(bulletinSchema(() => z.string()).safeParse(data).success).toBe(true);
  });

  it('writes notes as comments above their field and keeps the file name on one comment line', () => {
    const text = renderFrontmatter(fields, extras);
    expect(text).toContain('# 请核对：标题\ntitle: ');
    expect(text).toContain('从 a b.txt 生成');
  });
});
