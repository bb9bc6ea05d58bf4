/** Text of chart axes: short axis numbers and category labels that fit a phone. Pure; shared by lib and client. */

/** Characters of a category label on one line; longer labels are broken (the axis then stays narrow). */
const LINE = 6;

/** Breaks a long label into lines: before a bracketed unit (`出动大型机械` / `（台次）`), else into even lines. */
export function wrapLabel(label: string, line = LINE): string | string[] {
  if (label.length <= line) return label;
  const bracket = label.indexOf('（');
  if (bracket > 0) return [wrapLabel(label.slice(0, bracket), line), label.slice(bracket)].flat();
  const size = Math.ceil(label.length / Math.ceil(label.length / line));
  const lines: string[] = [];
  for (let start = 0; start < label.length; start += size) lines.push(label.slice(start, start + size));
  return lines;
}

/** An axis number the Chinese way: 1,000 · 1万 · 10万 · 1亿. */
export function compactNumber(value: number): string {
  if (value >= 1e8) return `${value / 1e8}亿`;
  if (value >= 1e4) return `${value / 1e4}万`;
  return value.toLocaleString('zh-CN');
}
