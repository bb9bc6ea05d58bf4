/**
 * The baseline: a minimal Astro + MDX site (one MDX collection, one trivial page template) with the same number
 * of pages as the site under test, made from the same generated text, built with the same installed Astro.
 */
import type { ContentFile } from './places';

const CONFIG = `import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import * as pagefind from 'pagefind';

// The baseline indexes its pages with Pagefind too, so that "with the search index" compares like with like.
const search = {
  name: 'plain-pagefind',
  hooks: {
    'astro:build:done': async ({ dir }) => {
      const started = performance.now();
      const { index } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
      await index.addDirectory({ path: fileURLToPath(dir) });
      await index.writeFiles({ outputPath: fileURLToPath(new URL('pagefind/', dir)) });
      await pagefind.close();
      console.log(\`Pagefind index written in \${((performance.now() - started) / 1000).toFixed(1)} s\`);
    },
  },
};

export default defineConfig({
  site: 'https://plain.example',
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR ?? './dist',
  integrations: [mdx(), search],
  build: { format: 'directory' },
});
`;

const COLLECTIONS = `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

export const collections = {
  posts: defineCollection({
    loader: glob({ pattern: '**/*.mdx', base: './content/posts' }),
    schema: z.object({ title: z.string(), summary: z.string() }),
  }),
};
`;

const LAYOUT = `---
const { title } = Astro.props;
---
<!doctype html>
<html lang="zh-CN">
  <head><meta charset="utf-8" /><meta name="viewport" content="width=device-width" /><title>{title}</title></head>
  <body><main><slot /></main></body>
</html>
`;

const PAGE = `---
import { getCollection, render } from 'astro:content';
import Layout from '../layouts/Layout.astro';
export async function getStaticPaths() {
  return (await getCollection('posts')).map((post) => ({ params: { id: post.id }, props: { post } }));
}
const { post } = Astro.props;
const { Content } = await render(post);
---
<Layout title={post.data.title}><h1>{post.data.title}</h1><p>{post.data.summary}</p><Content /></Layout>
`;

const INDEX = `---
import { getCollection } from 'astro:content';
import Layout from '../layouts/Layout.astro';
const posts = (await getCollection('posts')).slice(0, 50);
---
<Layout title="Plain"><h1>Plain</h1><ul>{posts.map((post) => <li><a href={\`/\${post.id}/\`}>{post.data.title}</a></li>)}</ul></Layout>
`;

/** One page of the plain site: a title, a summary and an MDX body. */
export interface PlainPage {
  title: string;
  summary: string;
  body: string;
}

/** The plain project's files: `pages.length` posts plus an index page. */
export function* plainProject(pages: Iterable<PlainPage>): Generator<ContentFile> {
  yield ['package.json', '{ "name": "plain-astro-baseline", "private": true, "type": "module" }\n'];
  yield ['astro.config.mjs', CONFIG];
  yield ['src/content.config.ts', COLLECTIONS];
  yield ['src/layouts/Layout.astro', LAYOUT];
  yield ['src/pages/[...id].astro', PAGE];
  yield ['src/pages/index.astro', INDEX];
  let index = 0;
  for (const page of pages) {
    index += 1;
    const frontmatter = `---\ntitle: ${JSON.stringify(page.title)}\nsummary: ${JSON.stringify(page.summary)}\n---\n\n`;
    yield [`content/posts/p${String(index).padStart(6, '0')}.mdx`, `${frontmatter}${page.body}\n`];
  }
}
