/**
 * Builds one county of a tree as its own `astro build`: its own process (bounded heap), its own content folder,
 * Astro cache and Pagefind index, served under `<base><slug>/`. The output goes to `.shards/<slug>/` only when the
 * build succeeded; a failed build leaves the county's last good output in place.
 */
import { type ChildProcess, fork, spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
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

/** What a county's project folder links to in the project (code and packages); configs are copied. */
const LINKED = ['node_modules'];
/** Code folders, hard-linked in (Vite and Astro must see them inside the root, not through a symlink). */
const CODE_FOLDERS = ['src', 'public'];
const COPIED = ['astro.config.mjs', 'package.json', 'tsconfig.json'];

/**
 * A project folder of the county's own, `.shards/_roots/<slug>/`: Astro keeps per-build state in `<root>/.astro/`,
 * so builds running side by side need roots of their own. Packages are symlinked; the code and the county's content
 * are hard-linked in (`content/` holds real folders and files, as the checker requires; no bytes are copied).
 */
function countyRoot(root: string, county: CountyFolder): string {
  const dir = join(root, SHARDS_DIR, '_roots', county.slug);
  mkdirSync(dir, { recursive: true });
  for (const name of LINKED) if (!existsSync(join(dir, name))) symlinkSync(join(root, name), join(dir, name));
  for (const name of COPIED) copyFileSync(join(root, name), join(dir, name));
  for (const name of CODE_FOLDERS) linkCopy(join(root, name), join(dir, name));
  linkCopy(join(root, county.contentDir), join(dir, 'content'));
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

/** The log with the county root's paths named as the files staff edit (content/… → content/counties/<slug>/…). */
const inProject = (log: string, county: CountyFolder) =>
  log.replace(/(^|[\s(（“])content\//gmu, `$1${county.contentDir}/`);

/** Result of one county build. */
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
 * county, replaced when it died or grew. `close()` ends them all.
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

/** Builds one county on a worker; resolves when it has finished and its output is in place. */
export async function buildShard(
  workers: ShardWorkers,
  root: string,
  county: CountyFolder,
  area: AreaSetting,
  hash: string,
): Promise<ShardResult> {
  const { base } = area;
  const out = join(root, SHARDS_DIR, county.slug);
  const next = `${out}.next`;
  rmSync(next, { recursive: true, force: true });
  mkdirSync(join(root, SHARDS_DIR), { recursive: true });
  const project = countyRoot(root, county);
  const started = performance.now();
  const { reply, log, peakKiB, csv } = await workers.run({
    root: project,
    env: {
      BASE_PATH: `${base}${county.slug}/`,
      OUT_DIR: next,
      CHUANGXING_SHARD: county.slug,
      [AREA_ENV]: JSON.stringify(area),
      CHUANGXING_SHELL: undefined,
      CHUANGXING_SHARDS: undefined,
      ASTRO_CACHE_DIR: join(root, 'node_modules/.astro/shards', county.slug),
    },
  });
  if (!reply?.ok || !existsSync(join(next, 'index.html'))) {
    rmSync(next, { recursive: true, force: true });
    return { ok: false, log: inProject(log, county) };
  }
  const record: ShardRecord = {
    slug: county.slug,
    hash,
    seconds: Math.round((performance.now() - started) / 100) / 10,
    peakKiB,
  };
  // The county's pages are checked here, where its build ran (in parallel, on its CI runner); the assembly checks
  // only the links that leave it (outwardLinks).
  const files = listBuiltFiles(next).filter((file) => !file.startsWith(`${SHARD_META}/`));
  const checked = checkSitePart(files, (file) => readFileSync(join(next, file), 'utf8'), `${base}${county.slug}/`);
  if (checked.problems.length > 0) {
    rmSync(next, { recursive: true, force: true });
    return { ok: false, log: inProject(`${log}\n${formatSiteProblems(checked.problems)}`, county) };
  }
  mkdirSync(join(next, SHARD_META), { recursive: true });
  writeFileSync(join(next, SHARD_META, LINKS), JSON.stringify(checked.outward));
  writeFileSync(join(next, SHARD_META, FILES), JSON.stringify(files));
  writeFileSync(join(next, SHARD_META, 'build.json'), JSON.stringify(record));
  writeFileSync(join(next, SHARD_META, 'memory.csv'), csv);
  rmSync(out, { recursive: true, force: true });
  renameSync(next, out);
  return { ok: true, record, log: inProject(log, county) };
}
