/**
 * The site's one integration, `chuangxing()`: its hooks share state in this closure, the way Starlight's do.
 * - astro:config:setup: the content check (a build stops on any problem; the preview reports and goes on), then
 *   MDX and the sitemap are added;
 * - astro:server:setup: the preview checks again whenever a file under content/ changes;
 * - astro:build:done: the Pagefind index, with the honor records made from the content this build checked, image
 *   privacy (no published image keeps EXIF/GPS) and the name directory's files (name-files.ts; a shell's over every
 *   county, from src/shell/data.ts).
 */
import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { join } from 'node:path';
import { CONTENT_ENV, contentFolder, countyContentFolder } from '../schema/table';
import { batchSlugs } from '../lib/province/batch';
import { batchRoutes } from './batch-routes';
import type { ContentSet } from '../validate/content-set';
import { checkForBuild, checkForDev } from './content-check';
import { finishAdminPage } from './admin-page';
import { addContentSanitizer } from './sanitize';
import { strippedWarning, stripImageMetadata } from './image-privacy';
import { buildDirectory } from '../lib/search/names/directory';
import { writeNameFiles } from './name-files';
import { getNameEntries } from '../shell/data';
import { buildSearchIndex, honorRecordsOf } from './pagefind';
import { SHARD_ENV, writeShardOutput } from './shard-output';

/** Creates the integration; astro.config.mjs lists it alone. `shell`: the shell of a province site (no content). */
export function chuangxing({ shell = false }: { shell?: boolean } = {}): AstroIntegration {
  let root = '';
  let base = '/';
  /** The content this build's check validated, for the steps after the build. */
  let checked: ContentSet | undefined;
  /** In a batch build (src/lib/province/batch.ts): each county's content as its check validated it. */
  const batch = new Map<string, ContentSet>();
  return {
    name: 'chuangxing',
    hooks: {
      'astro:config:setup': async ({ config, command, logger, updateConfig, injectRoute }) => {
        root = fileURLToPath(config.root);
        base = config.base;
        const slugs = batchSlugs();
        if (slugs) {
          if (command !== 'build') throw new Error('chuangxing: a batch of counties is built, never previewed');
          for (const slug of slugs) batch.set(slug, (await checkCounty(root, slug, logger)).content);
          for (const route of batchRoutes(root)) injectRoute({ ...route, prerender: true });
        } else if (shell) {
          // The shell reads the counties' summaries (src/shell/data.ts); each county's build checked its content.
        } else if (command === 'dev') await checkForDev(root, logger);
        else if (command === 'build') checked = (await checkForBuild(root, logger)).content;
        // The second line behind the checker: what slips past it never reaches the HTML (README › Security).
        if (!shell && !addContentSanitizer(config.markdown)) {
          logger.warn('未能启用正文 HTML 过滤：markdown.processor 不是 Sätteri (content sanitizer not installed)');
        }
        // /admin/ (the CMS, src/pages/admin/) is for staff only: never in the sitemap; nor is a batch's 404 page of a
        // county (its route makes /<slug>/404/, published as /<slug>/404.html).
        const listed = (page: string) => {
          const path = new URL(page).pathname;
          return !path.includes('/admin/') && !(slugs && path.endsWith('/404/'));
        };
        updateConfig({ integrations: [mdx(), sitemap({ filter: listed })] });
      },
      'astro:server:setup': ({ server, logger }) => {
        const contentDir = `${root}${contentFolder()}/`;
        const onChange = (file: string) => {
          if (file.startsWith(contentDir)) void checkForDev(root, logger);
        };
        server.watcher.on('change', onChange);
        server.watcher.on('add', onChange);
        server.watcher.on('unlink', onChange);
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (shell) {
          finishAdminPage(fileURLToPath(dir), false);
          writeNameFiles(fileURLToPath(dir), getNameEntries(), 'prefix');
          return;
        }
        const outDir = fileURLToPath(dir);
        for (const file of await stripImageMetadata(outDir)) logger.warn(strippedWarning(file));
        if (batch.size > 0) {
          // Each county of the batch below its own folder, with its own index and files, as its own build makes them.
          for (const [slug, content] of batch) {
            await finishCounty({
              outDir: join(outDir, slug),
              base: `${base.replace(/\/*$/u, '/')}${slug}/`,
              content,
              shard: slug,
              logger,
            });
          }
          return;
        }
        if (!checked) throw new Error('chuangxing: the content check did not run before the build finished');
        await finishCounty({ outDir, base, content: checked, shard: process.env[SHARD_ENV], logger });
      },
    },
  };
}

/** Checks one county of a batch (its folder content/counties/<slug>/), the way a county's own build checks it. */
async function checkCounty(root: string, slug: string, logger: AstroIntegrationLogger) {
  const before = process.env[CONTENT_ENV];
  process.env[CONTENT_ENV] = countyContentFolder(slug);
  try {
    return await checkForBuild(root, logger);
  } finally {
    if (before === undefined) delete process.env[CONTENT_ENV];
    else process.env[CONTENT_ENV] = before;
  }
}

/**
 * A county's steps after its pages: the Pagefind index (with the honor records made from the content its check
 * validated), the CMS page's policy, the name directory and, in a shard, what the province's shell reads.
 */
async function finishCounty(county: {
  outDir: string;
  base: string;
  content: ContentSet;
  shard: string | undefined;
  logger: AstroIntegrationLogger;
}): Promise<void> {
  const { outDir, content, shard, logger } = county;
  const started = performance.now();
  const records = honorRecordsOf(content, county.base);
  const { pages } = await buildSearchIndex({ outDir, records });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  logger.info(
    `${shard ? `${shard}：` : ''}搜索索引已生成：${pages} 个页面、${records.length} 条荣誉记录，用时 ${seconds} s (Pagefind index written)`,
  );
  finishAdminPage(outDir, Boolean(shard));
  const names = buildDirectory(content);
  writeNameFiles(outDir, names);
  if (shard) writeShardOutput(outDir, shard, content, names);
}
