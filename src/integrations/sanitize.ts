/**
 * The render-time second line behind the content check (issue 13): a satteri hast plugin that removes from every
 * rendered body any HTML outside the allow-list, so nothing that slipped past the check reaches a page. Markdown
 * (.md) trees go through rehype-sanitize with a schema of ours; MDX trees keep Astro's own MDX nodes and lose every
 * component and disallowed element or attribute. Used as `satteri({ hastPlugins: [contentSanitizer], features:
 * { rawHtml: true } })` so a body's raw HTML is parsed into elements the sanitizer can see.
 */
import type { HastPluginEntry, PluginFactoryContext } from 'satteri';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import {
  ALLOWED_ELEMENTS,
  attributeKey,
  isDangerousUrl,
  isRemoteUrl,
  MARKDOWN_ELEMENTS,
} from '../validate/safety/html-allow-list';

/** A hast node, as far as the MDX pass reads it. */
interface Node {
  type: string;
  name?: string | null;
  tagName?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  properties?: Record<string, unknown>;
  children?: Node[];
}

/** hast property names of the allow-list's attributes where they differ from the HTML name. */
const PROPERTY: Readonly<Record<string, string>> = { colspan: 'colSpan', rowspan: 'rowSpan' };

/** Elements allowed after rendering: what staff may write plus what Markdown itself produces. */
const TAG_NAMES = [...new Set([...Object.keys(ALLOWED_ELEMENTS), ...MARKDOWN_ELEMENTS])];

/** The rehype-sanitize schema: GitHub's defaults, narrowed to our elements, no remote `src`, ids kept as made. */
export const SANITIZE_SCHEMA = {
  ...defaultSchema,
  tagNames: TAG_NAMES.filter((name) => defaultSchema.tagNames?.includes(name) || name in ALLOWED_ELEMENTS),
  attributes: {
    ...defaultSchema.attributes,
    ...Object.fromEntries(
      Object.entries(ALLOWED_ELEMENTS).map(([name, attributes]) => [
        name,
        [
          ...(defaultSchema.attributes?.[name] ?? []),
          ...attributes.map((attribute) => PROPERTY[attribute] ?? attribute),
        ],
      ]),
    ),
    th: [...(defaultSchema.attributes?.th ?? []), ['style', /^text-align:\s*(?:left|right|center);?$/u]],
    td: [...(defaultSchema.attributes?.td ?? []), ['style', /^text-align:\s*(?:left|right|center);?$/u]],
  },
  // Relative URLs are always kept; an allow-list of one scheme no URL has means `src` takes no http(s) at all.
  protocols: { ...defaultSchema.protocols, src: ['x-local-only'], longDesc: [], cite: [] },
  // Satteri already prefixes footnote ids (user-content-); prefixing again would break their links.
  clobber: [],
  strip: ['script', 'style'],
};

const sanitizeMarkdown = rehypeSanitize(SANITIZE_SCHEMA as never) as unknown as (tree: unknown) => unknown;

/** True when a URL attribute's value is safe for this attribute. */
function safeUrl(key: string, value: string): boolean {
  if (isDangerousUrl(value)) return false;
  return key === 'href' || !isRemoteUrl(value);
}

/** The MDX pass: Astro's MDX nodes stay; JSX is kept only for allowed HTML elements and attributes. */
function cleanMdx(node: Node): Node[] {
  const children = (): Node[] => (node.children ?? []).flatMap(cleanMdx);
  if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
    const name = node.name?.toLowerCase() ?? '';
    const allowed = node.name === name ? ALLOWED_ELEMENTS[name] : undefined;
    if (!allowed) return [];
    const attributes = (node.attributes ?? []).filter((attribute) => {
      const key = attributeKey(attribute.name ?? '');
      return attribute.type === 'mdxJsxAttribute' && typeof attribute.value === 'string' && allowed.includes(key)
        ? safeUrl(key, attribute.value)
        : false;
    });
    return [{ ...node, attributes, children: children() }];
  }
  if (node.type === 'element') {
    const properties = Object.fromEntries(
      Object.entries(node.properties ?? {}).filter(
        ([key, value]) => typeof value !== 'string' || safeUrl(attributeKey(key), value),
      ),
    );
    if (node.tagName === 'img' && typeof properties.src !== 'string') return [];
    return [{ ...node, properties, children: children() }];
  }
  return node.children ? [{ ...node, children: children() }] : [node];
}

/** The plugin: one for Markdown and one for MDX, picked by the document's format. */
export const contentSanitizer: HastPluginEntry = (context: PluginFactoryContext) => ({
  name: 'chuangxing-sanitize',
  after(root, ctx) {
    const copy = JSON.parse(JSON.stringify(root)) as Node;
    const clean = context.sourceFormat === 'mdx' ? cleanMdx(copy)[0] : sanitizeMarkdown(copy);
    ctx.replaceNode(root, clean as never);
  },
});

/** The part of Astro's resolved config the sanitizer is added to. */
interface MarkdownConfig {
  processor?: { name: string; options: object };
}

/**
 * Adds the sanitizer to Astro's Sätteri processor, for .md and .mdx alike (call it in astro:config:setup with
 * `config.markdown`); returns false when another processor is configured, which the caller must report.
 */
export function addContentSanitizer(markdown: MarkdownConfig): boolean {
  const processor = markdown.processor;
  if (processor?.name !== 'satteri') return false;
  const options = processor.options as { hastPlugins: HastPluginEntry[]; features: { rawHtml?: boolean } };
  if (!options.hastPlugins.includes(contentSanitizer)) options.hastPlugins.push(contentSanitizer);
  // Raw HTML parsed into elements, so the sanitizer sees each tag (left raw, it would drop harmless <br> too).
  options.features.rawHtml = true;
  return true;
}
