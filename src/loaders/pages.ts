/**
 * The loader of a collection of pages (`.md` and `.mdx`): Astro's glob loader, except that in a build an `.mdx` file
 * that uses nothing of MDX (src/lib/plain-mdx.ts) is rendered as Markdown. Astro renders Markdown once, during
 * content sync; it compiles every MDX entry into a module of the server bundle, which for a county's 1,000 stories
 * costs more than all its pages' rendering (README › Benchmark). The HTML is the same
 * (tests/build/plain-mdx.test.ts builds the sample both ways and compares).
 *
 * Two glob loaders share the collection: one for the Markdown-rendered files (`.md`, and `.mdx` read by the
 * Markdown entry type), one for the `.mdx` files that need MDX. Each sees only its own entries of the store, so
 * neither deletes the other's. The preview (`astro dev`, which watches files) uses one plain glob loader, and so does
 * a build with `CHUANGXING_MDX=always` (every .mdx through MDX: to compare when a page looks wrong).
 */
import { globSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { isPlainMdx } from '../lib/plain-mdx';

/** Astro passes the entry types (by extension) to its own loaders in the context; the public type leaves them out. */
type Context = LoaderContext & { entryTypes?: Map<string, unknown> };

/** A glob pattern that matches exactly `file` (its special characters escaped). */
const literal = (file: string) => file.replace(/[*?[\]{}()!+@\\]/gu, '\\$&');

/** The store as one of the two loaders sees it: only the entries whose file `owns` accepts. */
function storeView(store: LoaderContext['store'], owns: (filePath: string | undefined) => boolean) {
  return new Proxy(store, {
    get(target, property, receiver) {
      if (property === 'keys') return () => target.keys().filter((id) => owns(target.get(id)?.filePath));
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/** The loader of one collection of pages under `base` (relative to the project root). */
export function pageLoader(options: { pattern: string; base: string }): Loader {
  const common = { base: options.base, retainBody: false };
  const everything = glob({ ...common, pattern: options.pattern });
  return {
    name: 'chuangxing-pages',
    load: async (context: Context) => {
      const { entryTypes } = context;
      const markdown = entryTypes?.get('.md');
      if (context.watcher || !entryTypes || !markdown || process.env['CHUANGXING_MDX'] === 'always') {
        return everything.load(context);
      }
      const root = fileURLToPath(context.config.root);
      const folder = join(root, options.base);
      const files = globSync(options.pattern, { cwd: folder }).map((file) => file.split(sep).join('/'));
      const needMdx = files.filter(
        (file) => file.endsWith('.mdx') && !isPlainMdx(readFileSync(join(folder, file), 'utf8')),
      );
      // The store keeps each entry's file relative to the root, '/'-separated.
      const stored = new Set(needMdx.map((file) => relative(root, join(folder, file)).split(sep).join('/')));
      const asMarkdown = new Map(entryTypes);
      asMarkdown.set('.mdx', markdown);
      await glob({ ...common, pattern: [options.pattern, ...needMdx.map((file) => `!${literal(file)}`)] }).load({
        ...context,
        entryTypes: asMarkdown,
        store: storeView(context.store, (filePath) => !stored.has(filePath ?? '')),
      } as Context);
      if (needMdx.length === 0) return;
      await glob({ ...common, pattern: needMdx.map(literal) }).load({
        ...context,
        store: storeView(context.store, (filePath) => stored.has(filePath ?? '')),
      } as Context);
    },
  };
}
