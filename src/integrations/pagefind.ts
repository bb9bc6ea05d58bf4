/**
 * The Pagefind search index, built after every `astro build` (src/integrations/index.ts), the way Starlight does:
 * it indexes the HTML in the build's own output folder (OUT_DIR, not always dist/), adds one custom record per
 * honor (honors have no page of their own), writes `<out>/pagefind/`, fails the build on any Pagefind error and
 * always stops the Pagefind process.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { constants, gunzipSync, gzipSync } from 'node:zlib';
import { gzipAsync } from '@gfx/zopfli';
import * as pagefind from 'pagefind';
import { widenChunkRanges } from '../lib/search/index-chunks';
import { honorRecords, SEARCH_INDEX_CHUNK_SIZE, SEARCH_LANGUAGE } from '../lib/search/records';
import type { ContentSet } from '../validate/content-set';

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

/**
 * The files of `<out>/pagefind/` the site's search fetches (src/components/search/text-search.ts runs Pagefind's
 * JavaScript API on the page, without its web worker): its engine, WebAssembly, entry, metadata and the index,
 * filter and fragment folders. Pagefind's own UIs, highlighter and worker (about 470 KB a county) are removed.
 */
const KEPT = /^(pagefind\.js|pagefind-entry\.json|.*\.pf_meta|wasm\..*\.pagefind|index|filter|fragment)$/u;

/** Removes from Pagefind's output folder what the site never loads. */
function dropUnused(dir: string): void {
  for (const name of readdirSync(dir)) if (!KEPT.test(name)) rmSync(join(dir, name), { recursive: true });
}

/**
 * Rewrites the index's metadata so that a query word loads every chunk holding a word it begins
 * (lib/search/index-chunks.ts says why). Throws if the metadata cannot be read.
 */
function widenMetadata(dir: string, prefixChunks?: number): void {
  const metas = readdirSync(dir).filter((name) => name.endsWith('.pf_meta'));
  if (metas.length !== 1)
    throw new SearchIndexError(`搜索索引生成失败：应有一个 .pf_meta 文件，实有 ${metas.length} 个`);
  const file = join(dir, metas[0]!);
  try {
    const widened = widenChunkRanges(gunzipSync(readFileSync(file)), prefixChunks);
    writeFileSync(file, gzipSync(widened, { level: constants.Z_BEST_COMPRESSION }));
  } catch (error) {
    throw new SearchIndexError(`搜索索引生成失败：读不懂 Pagefind 的索引元数据 ${metas[0]} (${String(error)})`);
  }
}

/** Whether `gzipped` unpacks to exactly `raw`. */
function unpacksTo(gzipped: Buffer, raw: Buffer): boolean {
  try {
    return gunzipSync(gzipped).equals(raw);
  } catch {
    return false;
  }
}

/** Where Zopfli's gzip of Pagefind's WebAssembly is kept between builds, by the hash of what it holds. */
const WASM_CACHE = join(process.cwd(), 'node_modules', '.cache', 'chuangxing', 'pagefind-wasm');

/**
 * Gzips Pagefind's WebAssembly again with Zopfli: 54.1 → 51.6 KB, fetched by every first full-text search (the same
 * bytes once Pagefind's script has unpacked them). Zopfli takes about 3 s, and the file is the same for every build
 * of one Pagefind version, so the result is kept in `WASM_CACHE` (written whole, then renamed: builds side by side
 * may both write it). Where Zopfli does no better, Pagefind's file stays.
 */
async function recompressWasm(dir: string): Promise<void> {
  for (const name of readdirSync(dir).filter((file) => /^wasm\..*\.pagefind$/u.test(file))) {
    const file = join(dir, name);
    const gzipped = readFileSync(file);
    const raw = gunzipSync(gzipped);
    const cached = join(WASM_CACHE, `${createHash('sha256').update(raw).digest('hex')}.gz`);
    // A cache file that does not unpack to Pagefind's own bytes (cut short, changed by hand) is made again.
    let smaller = existsSync(cached) ? readFileSync(cached) : undefined;
    if (!smaller || !unpacksTo(smaller, raw)) {
      smaller = Buffer.from(await gzipAsync(raw, { numiterations: 15 }));
      mkdirSync(WASM_CACHE, { recursive: true });
      const partial = `${cached}.${process.pid}.part`;
      writeFileSync(partial, smaller);
      renameSync(partial, cached);
    }
    if (smaller.length < gzipped.length) writeFileSync(file, smaller);
  }
}

/** Pagefind's custom record for one honor. */
type HonorRecord = ReturnType<typeof honorRecords>[number];

/** Custom records of the site's honors, with URLs under `base`, from validated content. */
export const honorRecordsOf = (content: ContentSet, base: string): HonorRecord[] =>
  honorRecords(content.honors, content.villages, content.townships, base);

/** Indexes the built site in `outDir`; returns how many pages and records were indexed. */
export async function buildSearchIndex(options: {
  outDir: string;
  /** Custom records (the honors), made from the content the build's check validated (`honorRecordsOf`). */
  records: readonly HonorRecord[];
  /** Word positions per index chunk; tests pass a huge one to get the whole index in one chunk. */
  chunkSize?: number;
  /** Chunks of longer words loaded for one query word (lib/search/index-chunks.ts › PREFIX_CHUNKS); for tests. */
  prefixChunks?: number;
}): Promise<{ pages: number; records: number }> {
  try {
    // Read by the Pagefind process that createIndex starts (it inherits this process's environment).
    process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = String(options.chunkSize ?? SEARCH_INDEX_CHUNK_SIZE);
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
    const records = options.records;
    for (const record of records) assertNoErrors('addCustomRecord', (await index.addCustomRecord(record)).errors);
    const outputPath = join(options.outDir, 'pagefind');
    assertNoErrors('writeFiles', (await index.writeFiles({ outputPath })).errors);
    dropUnused(outputPath);
    widenMetadata(outputPath, options.prefixChunks);
    await recompressWasm(outputPath);
    return { pages: added.page_count, records: records.length };
  } finally {
    await pagefind.close();
  }
}
