/**
 * The body of a page (.md or .mdx) is content, not code: no import/export, no `{…}` expressions, no components the
 * site does not provide, only allow-listed HTML, no script URLs, and no images or media from other websites. Parsed
 * with satteri, the parser Astro itself uses, so every node has the line it came from.
 */
import { htmlToHast, markdownToMdast, mdxToMdast } from 'satteri';
import type { ContentError } from '../content-errors';
import { type BodySource, htmlImageProblems, localImageProblem } from './body-images';
import { checkElement, dangerousUrlProblem, type Problem, remoteSourceProblem } from './html';
import { ALLOWED_ELEMENTS, isDangerousUrl, isRemoteUrl, REFUSED_ELEMENTS } from './html-allow-list';

export type { BodySource } from './body-images';

/** Components the site provides for bodies (none yet: bodies are Markdown with a little HTML). */
export const BODY_COMPONENTS: readonly string[] = [];

/** A tree node as satteri returns it (mdast or hast), reduced to what the checks read. */
interface Node {
  type: string;
  name?: string | null;
  tagName?: string;
  value?: unknown;
  url?: string;
  identifier?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  properties?: Record<string, unknown>;
  position?: { start: { line: number } };
  children?: Node[];
}

/** A hast property value as the attribute text it came from. */
function propertyText(value: unknown): string | undefined {
  if (Array.isArray(value)) return value.join(' ');
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  return value === true ? '' : undefined;
}

/** Problems in a raw HTML node of a .md body, each with its line offset inside the node. */
function rawHtmlProblems(source: BodySource, html: string): { offset: number; problem: Problem }[] {
  const found: { offset: number; problem: Problem }[] = [];
  const visit = (node: Node): void => {
    if (node.type === 'element' && node.tagName) {
      const at = html.toLowerCase().indexOf(`<${node.tagName.toLowerCase()}`);
      const offset = at < 0 ? 0 : html.slice(0, at).split('\n').length - 1;
      const attributes = Object.entries(node.properties ?? {}).map(
        ([key, value]) => [key.toLowerCase(), propertyText(value)] as const,
      );
      const problems = checkElement(node.tagName, attributes);
      if (problems.length === 0) problems.push(...htmlImageProblems(source, node.tagName, attributes));
      for (const problem of problems) found.push({ offset, problem });
    }
    node.children?.forEach(visit);
  };
  visit(htmlToHast(html, { fragment: true }) as Node);
  return found;
}

/** Problems in a JSX element of an .mdx body. */
function jsxProblems(source: BodySource, node: Node): Problem[] {
  const name = node.name;
  const html =
    name !== null &&
    name !== undefined &&
    (name.toLowerCase() in ALLOWED_ELEMENTS || name.toLowerCase() in REFUSED_ELEMENTS);
  if (!name || (!html && /^[A-Z]|\./u.test(name))) {
    if (name && BODY_COMPONENTS.includes(name)) return [];
    const label = name ? `<${name}>` : '<>…</>';
    return [
      {
        zh: `正文里不能用组件 ${label}：${BODY_COMPONENTS.length ? `可用的组件只有 ${BODY_COMPONENTS.join('、')}` : '网站没有为正文提供组件'}`,
        fix: `删除 ${label}；要显示尖括号本身，请改用全角符号 ＜ ＞`,
        en: `component ${label} is not provided for bodies`,
      },
    ];
  }
  const problems: Problem[] = [];
  const attributes: (readonly [string, string | undefined])[] = [];
  for (const attribute of node.attributes ?? []) {
    if (attribute.type === 'mdxJsxExpressionAttribute' || typeof attribute.value === 'object') {
      problems.push({
        zh: `<${name}> 的属性里有 { } 表达式，正文里不能运行代码`,
        fix: '属性值要写在引号里，如 title="说明"',
        en: `expression attribute on <${name}>`,
      });
    }
    attributes.push([attribute.name ?? '', typeof attribute.value === 'string' ? attribute.value : undefined]);
  }
  problems.push(...checkElement(name, attributes));
  return problems.length > 0 ? problems : htmlImageProblems(source, name, attributes);
}

/** Problems of one mdast node (not its children). */
function nodeProblems(source: BodySource, node: Node, remoteIds: Set<string>): Problem[] {
  switch (node.type) {
    case 'mdxjsEsm':
      return [
        {
          zh: '正文里不能写 import / export：正文是内容，不是代码',
          fix: '删除以 import 或 export 开头的这一行',
          en: 'import/export in a body',
        },
      ];
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return [
        {
          zh: `正文里的 {${String(node.value).slice(0, 30)}} 会被当作代码运行`,
          fix: '要显示花括号本身，请写成 \\{ 或全角 ｛｝',
          en: 'a {…} expression in a body is evaluated as code',
        },
      ];
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return jsxProblems(source, node);
    case 'link':
    case 'definition':
      if (isDangerousUrl(node.url ?? '')) return [dangerousUrlProblem('链接', node.url!)];
      if (node.type === 'definition' && remoteIds.has(node.identifier ?? '') && isRemoteUrl(node.url ?? '')) {
        return [remoteSourceProblem('图片', node.url!)];
      }
      return [];
    case 'image': {
      const url = node.url ?? '';
      if (isDangerousUrl(url)) return [dangerousUrlProblem('图片', url)];
      if (isRemoteUrl(url) || /^[a-z][a-z0-9+.-]*:/iu.test(url)) return [remoteSourceProblem('图片', url)];
      const missing = localImageProblem(source, url);
      return missing ? [missing] : [];
    }
    default:
      return [];
  }
}

/** Checks one body; a body that does not parse is left to the syntax check (read-files.ts). */
export function checkBody(source: BodySource): ContentError[] {
  let tree: Node;
  try {
    tree = (source.file.endsWith('.md') ? markdownToMdast(source.body) : mdxToMdast(source.body)) as Node;
  } catch {
    return [];
  }
  const errors: ContentError[] = [];
  const remoteIds = new Set<string>();
  const add = (line: number | undefined, problem: Problem): void => {
    const where = line === undefined ? '' : `第 ${line + source.bodyLine - 1} 行：`;
    errors.push({ file: source.file, field: '正文', zh: `${where}${problem.zh}`, fix: problem.fix, en: problem.en });
  };
  const collect = (node: Node): void => {
    if (node.type === 'imageReference' && node.identifier) remoteIds.add(node.identifier);
    node.children?.forEach(collect);
  };
  collect(tree);
  const visit = (node: Node): void => {
    const line = node.position?.start.line;
    if (node.type === 'html' && typeof node.value === 'string') {
      for (const { offset, problem } of rawHtmlProblems(source, node.value)) {
        add(line === undefined ? line : line + offset, problem);
      }
    }
    for (const problem of nodeProblems(source, node, remoteIds)) add(line, problem);
    node.children?.forEach(visit);
  };
  visit(tree);
  return errors;
}
