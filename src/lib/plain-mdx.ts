/**
 * Whether an `.mdx` file uses nothing that only MDX has, so that Astro's Markdown renderer gives the same HTML:
 * no `<` (JSX, HTML, comments, autolinks), no `{`/`}` (expressions), no `import`/`export` line, no image (MDX turns
 * images into imports), and no line indented by a tab or four spaces (MDX has no indented code blocks; Markdown
 * would make one). Judged on the body, after the front matter. A county's stories almost all qualify: bodies are
 * Markdown with a little HTML (src/validate/safety/body.ts refuses the rest of MDX).
 */

/** The front matter block at the start of a file, if any. */
const FRONT_MATTER = /^\uFEFF?---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/u;

/** Characters and lines MDX reads differently from Markdown. */
const MDX_ONLY = /[<{}]|!\[|^[ \t]*(?:import|export)\b|^(?:\t| {4})/mu;

/** True when the `.mdx` file `source` renders the same as Markdown. */
export function isPlainMdx(source: string): boolean {
  return !MDX_ONLY.test(source.replace(FRONT_MATTER, ''));
}
