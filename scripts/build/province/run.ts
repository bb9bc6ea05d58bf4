/**
 * `npm run build` on a province or city tree (content/site.yaml): every county as its own build (only those whose
 * content or code changed since their last build), `--jobs N` at once; then the shell; then one assembled site,
 * checked, swapped in for dist/. `--shard i/n` builds one group of counties only (one runner of a CI matrix);
 * `--assemble` only assembles what the shards left in .shards/ (the matrix's final job). Any failure leaves dist/
 * as it was.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { PageLink } from '../link-check';
import { checkAssembledSite, formatSiteProblems } from '../site-checks';
import { cleanUpStale, listBuiltFiles, siblings, swapEntries, swapIn } from '../publish';
import { assemble, builtShards, readRecord, recordAfterSwap } from './assemble';
import { codeHash, countyCodeHash, countyHash, shellHash } from './hash';
import { type BuildRequest, groupCounties, parseBuildArgs } from './plan';
import { batchesOf } from './batch-split';
import {
  buildBatch,
  FILES,
  lastBuild,
  outwardLinks,
  SHARD_META,
  SHARDS_DIR,
  type ShardJob,
  type ShardResult,
  ShardWorkers,
  SHELL,
} from './shard';
import { type CountyFolder, readTree, type Tree } from './tree';
import type { Site } from '../../../src/schema/collections';
import { AREA_ENV, type AreaSetting } from '../../../src/lib/province/up-links';
import { BATCH_ENV } from '../../../src/lib/province/batch';

/** Last lines of a failed build's log shown to the reader. */
const LOG_TAIL = 40;

/** Runs `tasks` with at most `jobs` at once, in order of start. */
async function pool<T>(tasks: readonly (() => Promise<T>)[], jobs: number): Promise<T[]> {
  const results: T[] = [];
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const index = next++;
      results[index] = await tasks[index]!();
    }
  };
  await Promise.all(Array.from({ length: Math.min(jobs, tasks.length) }, worker));
  return results;
}

/** What every county's build is told of the site (the header's way up), from the site file and the base. */
function areaOf(site: Site, base: string): AreaSetting {
  return { level: site.level, name: site.name, base, cities: site.cities.map((city) => city.code) };
}

/**
 * Files (of content) an Astro build of several counties holds at most: each build pays about 2 s of the same work
 * (config, content sync, Vite's bundles, Pagefind's start) whatever its size, so small counties are built together
 * up to this size (河南: 181 counties in about 60 builds); a county of this size or more is built alone.
 */
const BATCH_FILES = 1500;

/** Logs the outcome of one county's build; returns whether it succeeded. */
function report(county: CountyFolder, result: ShardResult): boolean {
  if (result.ok) {
    const mb = (result.record.peakKiB / 1024).toFixed(0);
    const batch = result.record.batch ?? [];
    const together = batch.length > 1 ? `（与 ${batch.length - 1} 个县同批 batch of ${batch.length}）` : '';
    console.log(
      `✔ ${county.slug}（${county.name ?? ''}）已生成：${result.record.seconds} s，单进程内存最高 ${mb} MB${together}`,
    );
    return true;
  }
  const tail = result.log.trimEnd().split('\n').slice(-LOG_TAIL).join('\n');
  console.error(`✖ ${county.slug}（${county.name ?? ''}）生成失败 (shard build failed)：\n${tail}\n`);
  return false;
}

/**
 * Builds the counties that changed, small ones several to an Astro build (batchesOf); returns false when any
 * failed. A batch that failed is built again county by county, so one county's mistake names that county and the
 * others of its batch are published.
 */
async function buildCounties(
  workers: ShardWorkers,
  root: string,
  counties: readonly CountyFolder[],
  area: AreaSetting,
  request: BuildRequest,
) {
  const code = countyCodeHash(root, area);
  const jobs: (ShardJob & { files: number; slug: string })[] = [];
  for (const county of counties) {
    const hash = countyHash(root, county.contentDir, code);
    if (!request.force && lastBuild(root, county.slug)?.hash === hash) {
      console.log(`↻ ${county.slug}（${county.name ?? ''}）未改动，沿用上次的结果 (unchanged, reused)`);
      continue;
    }
    jobs.push({ county, hash, files: county.files, slug: county.slug });
  }
  const tasks = batchesOf(jobs, BATCH_FILES).map((batch) => async () => {
    const results = await buildBatch(workers, root, batch, area);
    const failed = batch.filter((_, index) => !results[index]!.ok);
    if (batch.length === 1 || failed.length === 0)
      return batch.map((job, index) => report(job.county, results[index]!)).every(Boolean);
    console.error(
      `✖ ${failed.map((job) => job.slug).join('、')} 同批生成失败，逐县重新生成以找出问题 (batch failed; building its counties one by one)`,
    );
    const outcomes = batch.map((job, index) => (results[index]!.ok ? report(job.county, results[index]!) : true));
    for (const job of failed) outcomes.push(report(job.county, (await buildBatch(workers, root, [job], area))[0]!));
    return outcomes.every(Boolean);
  });
  return (await pool(tasks, request.jobs)).every(Boolean);
}

/**
 * Builds the shell into `.shards/_shell/`, unless its inputs (code, site settings, the counties' summaries and
 * names) are those of its last build; returns false on failure.
 */
async function buildShell(workers: ShardWorkers, root: string, base: string, slugs: readonly string[]) {
  const out = join(root, SHARDS_DIR, SHELL);
  const hash = shellHash(root, join(root, SHARDS_DIR), slugs, codeHash(root));
  if (lastBuild(root, SHELL)?.hash === hash && existsSync(join(out, 'index.html'))) {
    console.log('↻ 省市首页、各市页面和名称目录未改动，沿用上次的结果 (shell reused)');
    return true;
  }
  const next = `${out}.next`;
  rmSync(next, { recursive: true, force: true });
  // A fresh worker: one that has built counties holds up to 1.5 GB, and the shell reads every county's names.
  workers.close();
  const { reply, log } = await workers.run({
    root,
    env: {
      CHUANGXING_SHELL: '1',
      CHUANGXING_SHARD: undefined,
      [BATCH_ENV]: undefined,
      [AREA_ENV]: undefined,
      CHUANGXING_SHARDS: join(root, SHARDS_DIR),
      BASE_PATH: base,
      OUT_DIR: next,
      ASTRO_CACHE_DIR: join(root, 'node_modules/.astro/shards', SHELL),
    },
  });
  if (!reply?.ok || !existsSync(join(next, 'index.html'))) {
    console.error(`✖ 省市首页（shell）生成失败：\n${log.trim().split('\n').slice(-LOG_TAIL).join('\n')}`);
    rmSync(next, { recursive: true, force: true });
    return false;
  }
  const files = listBuiltFiles(next);
  mkdirSync(join(next, SHARD_META), { recursive: true });
  writeFileSync(join(next, SHARD_META, FILES), JSON.stringify(files));
  writeFileSync(join(next, SHARD_META, 'build.json'), JSON.stringify({ hash }));
  rmSync(out, { recursive: true, force: true });
  renameSync(next, out);
  console.log('✔ 省市首页、各市页面和名称目录已生成 (shell built)');
  return true;
}

/** In `.shards/`: what the last publish put into the target (assemble.ts › PublishedRecord). */
const PUBLISHED = '_published.json';

/**
 * The identity of a part's current build: the hash of its inputs and the folder it was renamed into when it was
 * built (a `--force` rebuild or an unpacked CI artifact is a new folder, so it is published again).
 */
const buildId = (root: string, part: string) =>
  `${lastBuild(root, part)?.hash ?? ''}:${statSync(join(root, SHARDS_DIR, part)).ino}`;

/** Seconds since `started`, for the log. */
const since = (started: number) => `${((performance.now() - started) / 1000).toFixed(1)} s`;

/** The whole run; returns the exit code. */
export async function buildTree(root: string, argv: readonly string[], unchanged: (shown: string) => string) {
  const request = parseBuildArgs(argv);
  if (typeof request === 'string') {
    console.error(`错误：${request}`);
    return 2;
  }
  const tree = readTree(root);
  if ('problems' in tree) {
    console.error(`✖ 省、市网站的设置有问题，网站未生成：\n${tree.problems.map((line) => `  - ${line}`).join('\n')}`);
    return 1;
  }
  const base = process.env['BASE_PATH'] ?? '/';
  const target = resolve(root, process.env['OUT_DIR'] ?? 'dist');
  const shown = relative(root, target) || target;
  const chosen = request.shard
    ? (groupCounties(tree.counties, request.shard.count)[request.shard.index - 1] ?? [])
    : tree.counties;
  const workers = new ShardWorkers();
  try {
    return await buildAndPublish({ root, tree, request, chosen, base, target, shown, workers, unchanged });
  } finally {
    workers.close();
  }
}

/** The steps of a run after its plan: counties, shell, assembly, checks, swap. */
async function buildAndPublish(run: {
  root: string;
  tree: Exclude<Tree, { problems: string[] }>;
  request: BuildRequest;
  chosen: readonly CountyFolder[];
  base: string;
  target: string;
  shown: string;
  workers: ShardWorkers;
  unchanged: (shown: string) => string;
}): Promise<number> {
  const { root, tree, request, chosen, base, target, shown, workers, unchanged } = run;
  let started = performance.now();
  if (!request.assembleOnly) {
    const label = request.shard ? `第 ${request.shard.index}/${request.shard.count} 组` : '全部';
    console.log(
      `生成 ${label}：${chosen.length} 个县（市、区），同时 ${request.jobs} 个 (building ${chosen.length} counties)`,
    );
    if (!(await buildCounties(workers, root, chosen, areaOf(tree.site, base), request))) {
      console.error(`\n✖ 有县生成失败，网站未发布。${unchanged(shown)}`);
      return 1;
    }
    console.log(`  各县用时 ${since(started)} (counties done)`);
    if (request.shard) {
      // A county another group builds now (groups follow the counties' sizes) may sit here from an old cache: it is
      // removed when stale, so it is never uploaded beside that group's fresh output.
      const mine = new Set(chosen.map((county) => county.slug));
      const code = countyCodeHash(root, areaOf(tree.site, base));
      for (const county of tree.counties) {
        if (mine.has(county.slug)) continue;
        const record = lastBuild(root, county.slug);
        if (record && record.hash !== countyHash(root, county.contentDir, code)) {
          rmSync(join(root, SHARDS_DIR, county.slug), { recursive: true, force: true });
        }
      }
      return 0;
    }
  }
  const built = new Set(builtShards(join(root, SHARDS_DIR)));
  const missing = tree.counties.filter((county) => !built.has(county.slug));
  if (missing.length > 0) {
    console.error(
      `✖ 还有 ${missing.length} 个县没有生成结果（${missing.map((county) => county.slug).join('、')}），不能汇总发布。${unchanged(shown)}`,
    );
    return 1;
  }
  started = performance.now();
  const slugs = tree.counties.map((county) => county.slug);
  if (!(await buildShell(workers, root, base, slugs))) {
    console.error(unchanged(shown));
    return 1;
  }
  console.log(`  省市首页用时 ${since(started)} (shell done)`);
  started = performance.now();
  for (const line of cleanUpStale(target)) console.log(line);
  const { next, old } = siblings(target);
  const recordFile = join(root, SHARDS_DIR, PUBLISHED);
  const assembly = assemble({
    shell: { dir: join(root, SHARDS_DIR, SHELL), hash: buildId(root, SHELL) },
    shards: slugs.map((slug) => ({ slug, dir: join(root, SHARDS_DIR, slug), hash: buildId(root, slug) })),
    next,
    target,
    last: readRecord(recordFile),
    channel: {
      title: tree.site.name,
      description: tree.site.description,
      link: new URL(base, process.env['SITE_URL'] ?? 'https://wuxing.example.gov.cn').href,
    },
  });
  const { files } = assembly;
  const what = assembly.entries
    ? `更新 ${assembly.changed.length} 个县${assembly.shellChanged ? '和省市首页' : ''}`
    : '全部重新汇总';
  console.log(`  汇总用时 ${since(started)}：${what}，共 ${files.length} 个文件 (assembled)`);
  started = performance.now();
  // Each county's pages were checked when it was built (shard.ts); here: the shell's pages, the merged feed and
  // sitemap index, and the links from the counties' pages to the rest of the site. A county built by an older
  // version, without its list of such links, is checked in full.
  const outward: PageLink[] = [];
  const unchecked = new Set<string>();
  for (const slug of slugs) {
    const links = outwardLinks(root, slug);
    if (links) outward.push(...links.map((link) => ({ page: `${slug}/${link.page}`, url: link.url })));
    else unchecked.add(slug);
  }
  const scan = files.filter((file) => {
    const top = file.split('/', 1)[0]!;
    return !file.includes('/') || !built.has(top) || unchecked.has(top);
  });
  const problems = checkAssembledSite({
    files,
    read: (file) => readFileSync(assembly.pathOf(file), 'utf8'),
    base,
    indexes: slugs.map((slug) => `${slug}/`),
    scan,
    outward,
  });
  if (problems.length > 0) {
    rmSync(next, { recursive: true, force: true });
    console.error(`\n${formatSiteProblems(problems)}\n${unchanged(shown)}`);
    return 1;
  }
  console.log(`  检查用时 ${since(started)}：${scan.length} 个文件、各县通往别处的 ${outward.length} 个链接 (checked)`);
  started = performance.now();
  // Without a record, a swap cut short is never taken for a finished one: the next run assembles the whole site.
  rmSync(recordFile, { force: true });
  if (assembly.entries) swapEntries(next, target, old, assembly.entries);
  else swapIn(next, target, old);
  writeFileSync(recordFile, JSON.stringify(recordAfterSwap(assembly)));
  console.log(`  替换用时 ${since(started)} (swapped in)`);
  const pages = files.filter((file) => file.endsWith('.html')).length;
  console.log(`\n✔ 检查通过，已发布到 ${shown}/：${tree.counties.length} 个县、${pages} 个页面（published）`);
  return 0;
}
