/**
 * The file formats the CMS reads and writes, registered in the admin page as Decap custom formats: YAML data
 * files, and Markdown/MDX pages with a YAML frontmatter block. Writing, they drop the form-only 文件名 field and
 * empty values (an untouched optional field must be absent, not `''`, or the checker refuses it), keep the form's
 * field order, and write image paths relative to the entry (`./hujiazhuang/dapeng.jpg`) as the authoring guide does.
 */
import { parse, stringify } from 'yaml';

/** Format names in config.yml. */
export const FORMATS = { data: 'chuangxing-yaml', page: 'chuangxing-frontmatter' } as const;

/** Fields of the form that are not written to the file. */
export const FORM_ONLY_FIELDS = ['slug'] as const;

/** The body field of a page. */
export const BODY = 'body';

type Data = Record<string, unknown>;

/** A value without empty strings, nulls, empty lists and empty objects (recursively); undefined when it is empty. */
export function pruned(value: unknown, key = ''): unknown {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') {
    if (value.trim() === '') return undefined;
    // Decap writes image paths relative to the entry's folder without `./`; Astro's image() needs it.
    if (key === 'file' && !/^(\.{1,2}\/|\/|[a-z]+:)/iu.test(value)) return `./${value}`;
    return value;
  }
  if (Array.isArray(value)) {
    const items = value.map((item) => pruned(item)).filter((item) => item !== undefined);
    return items.length > 0 ? items : undefined;
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value as Data)
      .map(([name, inner]) => [name, pruned(inner, name)] as const)
      .filter(([, inner]) => inner !== undefined);
    return entries.length > 0 ? Object.fromEntries(entries) : undefined;
  }
  return value;
}

/** The data to write: form-only fields dropped, empties removed, keys in the form's order. */
export function fileData(data: Data, sortedKeys: readonly string[] = []): Data {
  const kept = { ...data };
  for (const name of [...FORM_ONLY_FIELDS, BODY]) delete kept[name];
  const clean = (pruned(kept) ?? {}) as Data;
  const order = (name: string) => {
    const index = sortedKeys.indexOf(name);
    return index === -1 ? sortedKeys.length : index;
  };
  return Object.fromEntries(Object.entries(clean).sort(([a], [b]) => order(a) - order(b)));
}

const YAML_OPTIONS = { lineWidth: 0 } as const;

/** Writes a YAML data file. */
export function toYamlFile(data: Data, sortedKeys?: readonly string[]): string {
  return stringify(fileData(data, sortedKeys), YAML_OPTIONS);
}

/** Reads a YAML data file. */
export function fromYamlFile(text: string): Data {
  return (parse(text) ?? {}) as Data;
}

/** Writes a page: the frontmatter block, a blank line, the body. */
export function toPageFile(data: Data, sortedKeys?: readonly string[]): string {
  const body = typeof data[BODY] === 'string' ? data[BODY].trim() : '';
  return `---\n${stringify(fileData(data, sortedKeys), YAML_OPTIONS)}---\n\n${body}\n`;
}

/** Reads a page into its frontmatter fields and `body`. */
export function fromPageFile(text: string): Data {
  const match = /^---\r?\n([\s\S]*?)\r?\n?---\r?\n?([\s\S]*)$/u.exec(text);
  if (!match) return { [BODY]: text };
  return { ...fromYamlFile(match[1] ?? ''), [BODY]: (match[2] ?? '').replace(/^\s*\n/u, '') };
}
