/**
 * Astro integration that builds the Pagefind search index after every `astro build`, the way Starlight does:
 * it indexes the HTML in the build's own output folder (OUT_DIR, not always dist/), adds one custom record per
 * honor (honors have no page of their own), writes `<out>/pagefind/`, fails the build on any Pagefind error and
 * always stops the Pagefind process.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { honorRecords, SEARCH_LANGUAGE } from '../lib/search/records';
import type { ContentSet } from '../validate/content-set';
import { checkContent, takeCheckedContent } from '../validate';

/** The error thrown when Pagefind reports problems; its message lists them. */
export class SearchIndexError extends Error {
  override name = 'SearchIndexError';
}

/** Throws when a Pagefind step reported errors. */
function assertNoErrors(step: string, errors: readonly string[]): void {
  if (errors.length > 0) {
    throw new SearchIndexError(
      `搜索索引生成失败 (Pagefind ${step}):\n${errors.map((error) => `  - ${error}`).join('\n')}`,
    );
  }
}

/** Pagefind's custom record for one honor. */
type HonorRecord = ReturnType<typeof honorRecords>[number];

/** Custom records of the site's honors, with URLs under `base`, from validated content. */
const recordsOf = (content: ContentSet, base: string): HonorRecord[] =>
  honorRecords(content.honors, content.villages, content.townships, base);

/** Indexes the built site in `outDir` (served under `base`); returns how many pages and records were indexed. */
export async function buildSearchIndex(options: {
  root: string;
  outDir: string;
  base: string;
  /** The honor records, when the caller has them already; else the content is checked afresh to make them. */
  records?: readonly HonorRecord[] | undefined;
}): Promise<{ pages: number; records: number }> {
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: SEARCH_LANGUAGE });
    assertNoErrors('createIndex', errors);
    if (!index) throw new SearchIndexError('搜索索引生成失败：Pagefind 未能启动 (no index)');
    const added = await index.addDirectory({ path: options.outDir });
    assertNoErrors('addDirectory', added.errors);
    if (added.page_count === 0) {
      throw new SearchIndexError(
        `搜索索引生成失败：${options.outDir} 中没有可索引的页面 (no pages with data-pagefind-body)`,
      );
    }
    const records = options.records ?? recordsOf((await checkContent(options.root)).content, options.base);
    for (const record of records) assertNoErrors('addCustomRecord', (await index.addCustomRecord(record)).errors);
    assertNoErrors('writeFiles', (await index.writeFiles({ outputPath: join(options.outDir, 'pagefind') })).errors);
    return { pages: added.page_count, records: records.length };
  } finally {
    await pagefind.close();
  }
}

/** Creates the integration; put it after mdx() in `integrations`. */
export function pagefindSearch(): AstroIntegration {
  let root = '';
  let base = '/';
  let honors: HonorRecord[] | undefined;
  return {
    name: 'chuangxing:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        base = config.base;
        // The content check (an earlier integration) has just validated every file: make the records from that
        // rather than reading and validating everything again after the build.
        const content = takeCheckedContent(root);
        honors = content && recordsOf(content, base);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const { pages, records } = await buildSearchIndex({ root, outDir: fileURLToPath(dir), base, records: honors });
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(
          `搜索索引已生成：${pages} 个页面、${records} 条荣誉记录，用时 ${seconds} s (Pagefind index written)`,
        );
      },
    },
  };
}
