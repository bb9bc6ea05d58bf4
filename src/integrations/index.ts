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
import type { AstroIntegration } from 'astro';
import { contentFolder } from '../schema/table';
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
  return {
    name: 'chuangxing',
    hooks: {
      'astro:config:setup': async ({ config, command, logger, updateConfig }) => {
        root = fileURLToPath(config.root);
        base = config.base;
        if (shell) {
          // The shell reads the counties' summaries (src/shell/data.ts); each county's build checked its content.
        } else if (command === 'dev') await checkForDev(root, logger);
        else if (command === 'build') checked = (await checkForBuild(root, logger)).content;
        // The second line behind the checker: what slips past it never reaches the HTML (README › Security).
        if (!shell && !addContentSanitizer(config.markdown)) {
          logger.warn('未能启用正文 HTML 过滤：markdown.processor 不是 Sätteri (content sanitizer not installed)');
        }
        // /admin/ (the CMS, src/pages/admin/) is for staff only: never in the sitemap.
        updateConfig({
          integrations: [mdx(), sitemap({ filter: (page) => !new URL(page).pathname.includes('/admin/') })],
        });
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
        if (!checked) throw new Error('chuangxing: the content check did not run before the build finished');
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        const records = honorRecordsOf(checked, base);
        const { pages } = await buildSearchIndex({ outDir, records });
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(
          `搜索索引已生成：${pages} 个页面、${records.length} 条荣誉记录，用时 ${seconds} s (Pagefind index written)`,
        );
        for (const file of await stripImageMetadata(outDir)) logger.warn(strippedWarning(file));
        const shard = process.env[SHARD_ENV];
        finishAdminPage(outDir, Boolean(shard));
        const names = buildDirectory(checked);
        writeNameFiles(outDir, names);
        if (shard) writeShardOutput(outDir, shard, checked, names);
      },
    },
  };
}
