/**
 * Placeholders: the scaffolder (`npm run new`) writes schema-valid stand-ins marked 待填写 ("to be filled in"),
 * so a fresh file passes the checker and the preview shows it; the marker lets the checker list what is still
 * to edit and lets the publishing build refuse to put 待填写 on the public site.
 */

/** The marker in every value a person must replace. */
export const PLACEHOLDER = '待填写';

/** One line of a content file that still holds a placeholder. */
export interface Placeholder {
  /** File path as given, e.g. `content/villages/wenliu/hujiazhuang.mdx`. */
  file: string;
  /** 1-based line number. */
  line: number;
  /** The line, trimmed. */
  text: string;
}

/**
 * The lines of a content file that still hold the marker. Whole-line YAML comments (`# …`) are explanations and
 * are skipped, but only in YAML: in an MDX body a line starting with `#` is a heading and counts.
 */
export function findPlaceholders(file: string, source: string): Placeholder[] {
  const lines = source.split(/\r?\n/u);
  const isMdx = /\.mdx?$/u.test(file);
  // In MDX the frontmatter is YAML up to the second `---` line; in YAML files every line is.
  let yamlUntil = isMdx ? 0 : lines.length;
  if (isMdx && lines[0]?.trim() === '---') {
    const end = lines.findIndex((line, index) => index > 0 && line.trim() === '---');
    yamlUntil = end === -1 ? lines.length : end;
  }
  const found: Placeholder[] = [];
  lines.forEach((line, index) => {
    const text = line.trim();
    if (!text.includes(PLACEHOLDER)) return;
    if (index <= yamlUntil && text.startsWith('#')) return;
    found.push({ file, line: index + 1, text });
  });
  return found;
}

/** Lists placeholders for people, Chinese first: one line per place, at most `limit` lines. */
export function formatPlaceholders(found: readonly Placeholder[], limit = 30): string {
  const shown = found.slice(0, limit).map((place) => `  ${place.file} 第 ${place.line} 行：${place.text}`);
  if (found.length > limit) shown.push(`  ……另有 ${found.length - limit} 处`);
  return shown.join('\n');
}
