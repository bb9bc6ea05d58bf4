/**
 * Builds counties of a tree on worker processes (bounded heap), several small ones in one Astro build (a batch),
 * each county with its own content check, Pagefind index and name files, served under `<base><slug>/`. A county's
 * output goes to `.shards/<slug>/` only when its build succeeded; a failed build leaves its last good output in
 * place.
 */
import { type ChildProcess, fork, spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import type { PageLink } from '../link-check';
import { listBuiltFiles } from '../publish';
import { checkSitePart, formatSiteProblems } from '../site-checks';
import { sampleTree } from './memory';
import type { CountyFolder } from './tree';
import { AREA_ENV, type AreaSetting } from '../../../src/lib/province/up-links';
import { BATCH_ENV } from '../../../src/lib/province/batch';
import { countyContentFolder } from '../../../src/schema/table';
import { countySitemap, splitSitemaps } from './batch-split';
import type { WorkerJob, WorkerReply } from './worker';

/** Where shard outputs live between runs (and CI artifacts are unpacked). */
export const SHARDS_DIR = '.shards';
/** In `.shards/`: the shell's output, with its `_shard/build.json` (only `hash`) as a county's (`lastBuild`). */
export const SHELL = '_shell';
/** Inside a shard's output: what the assembly and the shell read, never published. */
export const SHARD_META = '_shard';
/** Heap limit of one county build, in MB: a county is small; a process over 3 GB would mean a bug. */
const HEAP_MB = 2560;

/** What a shard's last build recorded. */
export interface ShardRecord {
  slug: string;
  hash: string;
  seconds: number;
  /** Largest resident memory of one process of the build (Astro or Pagefind), in KiB. */
  peakKiB: number;
  /**
   * The counties built with it by one Astro build (itself included; `seconds` and `peakKiB` are that build's);
   * missing for a county built alone by an older version.
   */
  batch?: string[];
}

/** The record of a county's last successful build, if any. */
export function lastBuild(root: string, slug: string): ShardRecord | undefined {
  const file = join(root, SHARDS_DIR, slug, SHARD_META, 'build.json');
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as ShardRecord;
  } catch {
    return undefined;
  }
}

/** Inside `_shard/` of a part: its files, listed when it was built (the assembly does not walk them again). */
export const FILES = 'files.json';

/** Inside `_shard/`: the links of the county's pages that leave it, for the assembly to check. */
const LINKS = 'links.json';

/** The links leaving a county that its last build recorded; undefined for a build without the record. */
export function outwardLinks(root: string, slug: string): PageLink[] | undefined {
  try {
    return JSON.parse(readFileSync(join(root, SHARDS_DIR, slug, SHARD_META, LINKS), 'utf8')) as PageLink[];
  } catch {
    return undefined;
  }
}

/** What a batch's project folder links to in the project (code and packages); configs are copied. */
const LINKED = ['node_modules'];
/** Code folders, hard-linked in (Vite and Astro must see them inside the root, not through a symlink). */
const CODE_FOLDERS = ['src', 'public'];
const COPIED = ['astro.config.mjs', 'package.json', 'tsconfig.json'];

/**
 * A project folder of the batch's own, `.shards/_roots/<name>/`: Astro keeps per-build state in `<root>/.astro/`,
 * so builds running side by side need roots of their own. Packages are symlinked; the code and the counties'
 * content (`content/counties/<slug>/`, as in the tree) are hard-linked in (real folders and files, as the checker
 * requires; no bytes are copied).
 */
function batchRoot(root: string, name: string, counties: readonly CountyFolder[]): string {
  const dir = join(root, SHARDS_DIR, '_roots', name);
  mkdirSync(dir, { recursive: true });
  for (const entry of LINKED) if (!existsSync(join(dir, entry))) symlinkSync(join(root, entry), join(dir, entry));
  for (const entry of COPIED) copyFileSync(join(root, entry), join(dir, entry));
  for (const entry of CODE_FOLDERS) linkCopy(join(root, entry), join(dir, entry));
  rmSync(join(dir, 'content'), { recursive: true, force: true });
  mkdirSync(join(dir, countyContentFolder('')), { recursive: true });
  for (const county of counties) linkCopy(join(root, county.contentDir), join(dir, countyContentFolder(county.slug)));
  return dir;
}

/** Replaces `to` with a copy of `from` made of hard links (a real copy where links cannot be made). */
function linkCopy(from: string, to: string): void {
  rmSync(to, { recursive: true, force: true });
  for (const flags of ['-rlL', '-rL']) {
    if (spawnSync('cp', [flags, from, to]).status === 0) return;
    rmSync(to, { recursive: true, force: true });
  }
  throw new Error(`cannot copy ${from} to ${to}`);
}

/** Result of one county's build. */
export type ShardResult = { ok: true; record: ShardRecord; log: string } | { ok: false; log: string };

/** A worker replaced after a build that left it above this resident size (it holds a little of every build). */
const RECYCLE_KIB = 1536 * 1024;

/** One running worker and the log of its current job. */
interface Worker {
  child: ChildProcess;
  log: string;
}

/**
 * The worker processes of one run (worker.ts): at most as many as builds run at once, each reused for the next
 * batch, replaced when it died or grew. `close()` ends them all.
 */
export class ShardWorkers {
  readonly #idle: Worker[] = [];
  readonly #all = new Set<Worker>();

  #start(): Worker {
    const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
    for (const name of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'CHUANGXING_CONTENT']) delete env[name];
    const child = fork(join(import.meta.dirname, 'worker.ts'), [], {
      env,
      execArgv: [...process.execArgv, `--max-old-space-size=${HEAP_MB}`],
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    const worker: Worker = { child, log: '' };
    child.stdout!.on('data', (chunk: Buffer) => (worker.log += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (worker.log += chunk.toString()));
    this.#all.add(worker);
    return worker;
  }

  #end(worker: Worker): void {
    this.#all.delete(worker);
    worker.child.kill();
  }

  /** Runs one job on an idle worker (or a new one); resolves with the reply (undefined if it died) and the log. */
  run(job: WorkerJob): Promise<{ reply: WorkerReply | undefined; log: string; peakKiB: number; csv: string }> {
    const worker = this.#idle.pop() ?? this.#start();
    worker.log = '';
    const memory = sampleTree(worker.child.pid!);
    return new Promise((done) => {
      const finish = (reply: WorkerReply | undefined) => {
        worker.child.off('message', onMessage);
        worker.child.off('exit', onExit);
        const { peakKiB, csv } = memory.stop();
        // The log of a job is complete once its reply is in: the worker writes before it answers.
        setImmediate(() => {
          const log = worker.log;
          if (reply && reply.rssKiB < RECYCLE_KIB) this.#idle.push(worker);
          else this.#end(worker);
          done({ reply, log, peakKiB: Math.max(peakKiB, reply?.rssKiB ?? 0), csv });
        });
      };
      const onMessage = (reply: WorkerReply) => finish(reply);
      const onExit = () => finish(undefined);
      worker.child.on('message', onMessage);
      worker.child.on('exit', onExit);
      worker.child.send(job);
    });
  }

  /** Ends every worker. */
  close(): void {
    for (const worker of [...this.#all]) this.#end(worker);
    this.#idle.length = 0;
  }
}

/** Inside `_shard/` of a county built in a batch: the batch's bundled assets, published at the site's `_astro/`. */
export const ASSETS = '_astro';

/** A county to build, with the hash its build will record. */
export interface ShardJob {
  county: CountyFolder;
  hash: string;
}

/**
 * Builds counties on one worker as one Astro build (a batch, src/lib/province/batch.ts); resolves, county by county,
 * when their output is in place. A county's pages go to `.shards/<slug>/` as its own build would leave them — its
 * pages, Pagefind index, name files, sitemap and feed — and the batch's bundled assets (the site's `/_astro/`,
 * shared by the batch's counties) into its `_shard/_astro/`, from where the assembly publishes them. A failed batch
 * leaves every county's last good output in place.
 */
export async function buildBatch(
  workers: ShardWorkers,
  root: string,
  jobs: readonly ShardJob[],
  area: AreaSetting,
): Promise<ShardResult[]> {
  const { base } = area;
  const counties = jobs.map((job) => job.county);
  const name = counties[0]!.slug;
  const next = join(root, SHARDS_DIR, `_batch-${name}.next`);
  rmSync(next, { recursive: true, force: true });
  mkdirSync(join(root, SHARDS_DIR), { recursive: true });
  const project = batchRoot(root, name, counties);
  const started = performance.now();
  const { reply, log, peakKiB, csv } = await workers.run({
    root: project,
    env: {
      BASE_PATH: base,
      OUT_DIR: next,
      [BATCH_ENV]: JSON.stringify(counties.map((county) => county.slug)),
      [AREA_ENV]: JSON.stringify(area),
      CHUANGXING_SHARD: undefined,
      CHUANGXING_SHELL: undefined,
      CHUANGXING_SHARDS: undefined,
      ASTRO_CACHE_DIR: join(root, 'node_modules/.astro/shards', name),
    },
  });
  const seconds = Math.round((performance.now() - started) / 100) / 10;
  const built = reply?.ok === true && counties.every((county) => existsSync(join(next, county.slug, 'index.html')));
  if (!built) {
    rmSync(next, { recursive: true, force: true });
    return counties.map(() => ({ ok: false, log }));
  }
  const sitemaps = readdirSync(next)
    .filter((file) => /^sitemap-\d+\.xml$/u.test(file))
    .map((file) => readFileSync(join(next, file), 'utf8'));
  const { head, urls } = splitSitemaps(
    sitemaps,
    counties.map((county) => county.slug),
    base,
  );
  const shared = readdirSync(next).filter((entry) => !counties.some((county) => county.slug === entry));
  const results = jobs.map(({ county, hash }): ShardResult => {
    const out = join(root, SHARDS_DIR, county.slug);
    const part = `${out}.next`;
    rmSync(part, { recursive: true, force: true });
    renameSync(join(next, county.slug), part);
    // As a county's own build: 404.html at its top (the batch's route made 404/index.html), the public files.
    if (existsSync(join(part, '404', 'index.html'))) {
      renameSync(join(part, '404', 'index.html'), join(part, '404.html'));
      rmSync(join(part, '404'), { recursive: true, force: true });
    }
    for (const entry of shared) {
      if (entry === ASSETS || /^sitemap-/u.test(entry)) continue;
      spawnSync('cp', ['-rl', join(next, entry), join(part, entry)]);
    }
    const site = new URL(`${base}${county.slug}/`, process.env['SITE_URL'] ?? 'https://wuxing.example.gov.cn').href;
    const own = countySitemap(head, urls.get(county.slug) ?? [], `${site}sitemap-0.xml`);
    writeFileSync(join(part, 'sitemap-0.xml'), own.sitemap);
    writeFileSync(join(part, 'sitemap-index.xml'), own.index);
    const record: ShardRecord = {
      slug: county.slug,
      hash,
      seconds,
      peakKiB,
      batch: counties.map((other) => other.slug),
    };
    // The county's pages are checked here, where its build ran (in parallel, on its CI runner); the assembly checks
    // only the links that leave it (outwardLinks): the way up, the site's assets.
    const files = listBuiltFiles(part).filter((file) => !file.startsWith(`${SHARD_META}/`));
    const checked = checkSitePart(files, (file) => readFileSync(join(part, file), 'utf8'), `${base}${county.slug}/`);
    if (checked.problems.length > 0) {
      rmSync(part, { recursive: true, force: true });
      return { ok: false, log: `${log}\n${formatSiteProblems(checked.problems)}` };
    }
    mkdirSync(join(part, SHARD_META), { recursive: true });
    if (existsSync(join(next, ASSETS))) linkCopy(join(next, ASSETS), join(part, SHARD_META, ASSETS));
    writeFileSync(join(part, SHARD_META, LINKS), JSON.stringify(checked.outward));
    writeFileSync(join(part, SHARD_META, FILES), JSON.stringify(files));
    writeFileSync(join(part, SHARD_META, 'build.json'), JSON.stringify(record));
    writeFileSync(join(part, SHARD_META, 'memory.csv'), csv);
    rmSync(out, { recursive: true, force: true });
    renameSync(part, out);
    return { ok: true, record, log };
  });
  rmSync(next, { recursive: true, force: true });
  return results;
}
