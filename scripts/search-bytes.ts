/**
 * How many bytes a visitor's phone fetches to open the search page and see the results of a first query: the page,
 * the name directory's manifest and shard, Pagefind's engine, its WebAssembly, index chunks, filters and result
 * fragments. Serves a built site
 * locally, opens `<base>search/?q=<query>` in Chromium on a phone viewport and counts every response.
 *
 *   npx tsx scripts/search-bytes.ts --dir dist-test [--base /] [--page /fan/search/] [--query 胡家] [--json]
 *
 * Also a module: `measureFirstQuery({ dir, base, query })` (used by the benchmark).
 */
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPhonePage } from './lib/browser';
import { previewSite } from './lib/preview';

/** What a fetched file is, for the totals. */
export type FetchKind =
  'page' | 'site' | 'names' | 'engine' | 'wasm' | 'meta' | 'index' | 'filter' | 'fragment' | 'image' | 'other';

/** Files and bytes: `bytes` as served, `gzip` as sent by a server that gzips text (Pagefind's data is gzipped already). */
export interface ByteCount {
  files: number;
  bytes: number;
  gzip: number;
}

/** One fetched file. */
export interface Fetched {
  url: string;
  kind: FetchKind;
  bytes: number;
  gzip: number;
}

/** What was fetched up to one moment, in total and by kind. */
export interface Fetches {
  total: ByteCount;
  byKind: Record<FetchKind, ByteCount>;
  requests: Fetched[];
}

/** The measurement of one first query. */
export interface FirstQueryBytes extends Fetches {
  query: string;
  /** Full-text results shown (the page shows them a few at a time). */
  results: number;
  /**
   * When the page offered the full text behind a button instead of running it (the names answered the query, or a
   * province page had no scope to search yet): what the reader's tap then fetched in all and the results shown.
   */
  afterTap?: Fetches & { results: number };
}

const KINDS: [FetchKind, RegExp][] = [
  ['wasm', /\/pagefind\/wasm\.[^/]*\.pagefind$/],
  ['meta', /\.pf_meta$/],
  ['index', /\.pf_index$/],
  ['filter', /\.pf_filter$/],
  ['fragment', /\.pf_fragment$/],
  ['names', /\/names\/[^/]+\.json$/],
  ['engine', /\/pagefind\/pagefind(-worker)?\.js$|\/pagefind\/pagefind-entry\.json$/],
  ['image', /\.(webp|avif|jpe?g|png|svg)$/],
  ['site', /\/_astro\/.*\.(js|css)$/],
];

/** The kind of a fetched URL; the search page itself is `page`. */
function kindOf(url: string, pageUrl: string): FetchKind {
  const path = new URL(url).pathname;
  if (url.split('?')[0] === pageUrl.split('?')[0]) return 'page';
  return KINDS.find(([, pattern]) => pattern.test(path))?.[0] ?? 'other';
}

/** Bytes a gzipping server would send: text is compressed, Pagefind's binary files already are. */
function gzipped(body: Buffer, kind: FetchKind): number {
  return ['wasm', 'meta', 'index', 'filter', 'fragment', 'image'].includes(kind) ? body.length : gzipSync(body).length;
}

/** Totals of `requests`, by kind. */
function tally(requests: Fetched[]): Fetches {
  const empty = (): ByteCount => ({ files: 0, bytes: 0, gzip: 0 });
  const byKind = Object.fromEntries(
    [...KINDS.map(([kind]) => kind), 'page', 'other'].map((kind) => [kind, empty()]),
  ) as Record<FetchKind, ByteCount>;
  const total = empty();
  for (const request of requests) {
    for (const count of [byKind[request.kind], total]) {
      count.files += 1;
      count.bytes += request.bytes;
      count.gzip += request.gzip;
    }
  }
  return { total, byKind, requests };
}

/**
 * Opens the search page of the site built in `dir` (served under `base`) with `?q=query`, waits for the results
 * and for the network to go quiet, and returns the bytes fetched, by kind. Pass a `browser` to reuse one.
 */
export async function measureFirstQuery(options: {
  dir: string;
  base?: string;
  query: string;
  /** The search page's path below the base (a county's on a province site: `/<slug>/search/`), with more query. */
  page?: string;
  browser?: Browser;
}): Promise<FirstQueryBytes> {
  const server = await previewSite(options.dir, options.base ?? '/');
  const browser = options.browser ?? (await launchBrowser());
  try {
    const { page } = await openPhonePage(browser, server.origin);
    const [path, extra] = (options.page ?? '/search/').split('?');
    const pageUrl = server.url(`${path}?q=${encodeURIComponent(options.query)}${extra ? `&${extra}` : ''}`);
    const responses: Promise<Fetched | undefined>[] = [];
    page.on('response', (response) => {
      const url = response.url();
      const kind = kindOf(url, pageUrl);
      responses.push(
        response.body().then(
          (body) => ({ url, kind, bytes: body.length, gzip: gzipped(body, kind) }),
          () => undefined, // redirects and aborted requests have no body
        ),
      );
    });
    await page.goto(pageUrl);
    // Full-text results, or the full-text part's status once it has answered (no results, cannot run, or the names
    // answered and the full text waits for a tap).
    const answered = async () => {
      await page
        .locator('.search-result a, [data-text-status]:not(:empty):not(:has-text("……"))')
        .first()
        .waitFor({ timeout: 30_000 });
      await page.waitForLoadState('networkidle');
      return page.locator('.search-result').count();
    };
    const results = await answered();
    const first = tally((await Promise.all(responses)).filter((entry) => entry !== undefined));
    const go = page.locator('.search-text-go');
    let afterTap: FirstQueryBytes['afterTap'];
    if ((await go.count()) > 0) {
      await go.click();
      await page.locator('.search-result a, [data-text-status]:has-text("没有")').first().waitFor({ timeout: 30_000 });
      const shown = await answered();
      afterTap = { ...tally((await Promise.all(responses)).filter((entry) => entry !== undefined)), results: shown };
    }
    await page.context().close();
    return { query: options.query, results, ...first, ...(afterTap ? { afterTap } : {}) };
  } finally {
    if (!options.browser) await browser.close();
    await server.close();
  }
}

const USAGE = `用法：npx tsx scripts/search-bytes.ts --dir 构建目录 [--base /] [--page /search/] [--query 胡家] [--json]

打开已构建网站的搜索页（?q=查询词），统计首次搜索下载的字节数：页面、Pagefind 引擎、WebAssembly、
索引分块、筛选、结果片段、图片。--page：搜索页在 base 之下的路径（省、市网站上某县的搜索页：/fan/search/）。“gzip”一列按服务器对文本启用 gzip 估算（Pagefind 的数据文件本身已压缩）。

Usage: npx tsx scripts/search-bytes.ts --dir DIST [--base /] [--page /search/] [--query Q] [--json]
Counts the bytes a phone fetches to open the search page and see the results of a first query.`;

/** KB with one decimal. */
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      dir: { type: 'string' },
      base: { type: 'string', default: '/' },
      page: { type: 'string', default: '/search/' },
      query: { type: 'string', default: '胡家' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help || !values.dir) {
    console.log(USAGE);
    process.exitCode = values.help ? 0 : 1;
    return;
  }
  const result = await measureFirstQuery({
    dir: values.dir,
    base: values.base,
    page: values.page,
    query: values.query,
  });
  if (values.json) {
    console.log(JSON.stringify(result, null, 2));
    return;
  }
  console.log(`首次搜索「${result.query}」：${result.results} 个结果 (first query, results)`);
  console.log('| 类别 kind | 文件 files | 字节 bytes | gzip |\n| --- | --- | --- | --- |');
  for (const [kind, count] of Object.entries(result.byKind)) {
    if (count.files > 0) console.log(`| ${kind} | ${count.files} | ${kb(count.bytes)} | ${kb(count.gzip)} |`);
  }
  console.log(`| 合计 total | ${result.total.files} | ${kb(result.total.bytes)} | ${kb(result.total.gzip)} |`);
  if (result.afterTap) {
    const { total, results } = result.afterTap;
    console.log(
      `全文等读者点按（名称已回答查询，或省市搜索页上还没选范围）；点按后：${results} 个结果，共 ${total.files} 个文件、` +
        `${kb(total.bytes)}（gzip ${kb(total.gzip)}）(after the tap on the full-text button)`,
    );
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
