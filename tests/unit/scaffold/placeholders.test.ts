/** Finding the 待填写 placeholders a person still has to replace: values count, explanations do not. */
import { expect, it } from 'vitest';
import { findPlaceholders, formatPlaceholders } from '../../../src/schema/placeholders';

it('finds placeholder values and trailing markers in YAML, but not whole-line comments', () => {
  const yaml = ['# 把“待填写”换成真实内容', 'name: 文留镇', 'secretary: 待填写：书记', 'villageCount: 1 # 待填写'].join(
    '\n',
  );
  expect(findPlaceholders('content/townships/x.yaml', yaml).map((place) => place.line)).toEqual([3, 4]);
});

it('in MDX skips comments in the frontmatter only: in the body a # line is a heading', () => {
  const mdx = ['---', '# 待填写 的说明', 'summary: 待填写：一句话', '---', '', '# 待填写：小标题', '待填写：正文'].join(
    '\n',
  );
  expect(findPlaceholders('a.mdx', mdx).map((place) => place.line)).toEqual([3, 6, 7]);
});

it('lists places as file and line, with a count of the rest', () => {
  const found = findPlaceholders('a.yaml', 'a: 待填写\nb: 待填写\nc: 待填写');
  expect(formatPlaceholders(found, 2)).toBe('  a.yaml 第 1 行：a: 待填写\n  a.yaml 第 2 行：b: 待填写\n  ……另有 1 处');
});
