/**
 * Builds one county of a tree as its own `astro build`: its own process (bounded heap), its own content folder,
 * Astro cache and Pagefind index, served under `<base><slug>/`. The output goes to `.shards/<slug>/` only when the
 * build succeeded; a failed build leaves the county's last good output in place.
 */
import { spawn, spawnSync } from 'node:child_process';
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
import { sampleTree } from './memory';
import type { CountyFolder } from './tree';

/** Where shard outputs live between runs (and CI artifacts are unpacked). */
export const SHARDS_DIR = '.shards';
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

/** Runs `astro build` for one county; resolves when it has finished and its output is in place. */
export function buildShard(root: string, county: CountyFolder, base: string, hash: string): Promise<ShardResult> {
  const out = join(root, SHARDS_DIR, county.slug);
  const next = `${out}.next`;
  rmSync(next, { recursive: true, force: true });
  mkdirSync(join(root, SHARDS_DIR), { recursive: true });
  const project = countyRoot(root, county);
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  for (const name of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'CHUANGXING_CONTENT']) delete env[name];
  Object.assign(env, {
    BASE_PATH: `${base}${county.slug}/`,
    OUT_DIR: next,
    CHUANGXING_SHARD: county.slug,
    ASTRO_CACHE_DIR: join(root, 'node_modules/.astro/shards', county.slug),
    NODE_OPTIONS: `${process.env['NODE_OPTIONS'] ?? ''} --max-old-space-size=${HEAP_MB}`.trim(),
  });
  const started = performance.now();
  const child = spawn(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', project], {
    cwd: project,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const memory = sampleTree(child.pid!);
  return new Promise((done) => {
    child.on('close', (code) => {
      const samples = memory.stop();
      if (code !== 0 || !existsSync(join(next, 'index.html'))) {
        rmSync(next, { recursive: true, force: true });
        done({ ok: false, log: inProject(log, county) });
        return;
      }
      const record: ShardRecord = {
        slug: county.slug,
        hash,
        seconds: Math.round((performance.now() - started) / 100) / 10,
        peakKiB: samples.peakKiB,
      };
      mkdirSync(join(next, SHARD_META), { recursive: true });
      writeFileSync(join(next, SHARD_META, 'build.json'), JSON.stringify(record));
      writeFileSync(join(next, SHARD_META, 'memory.csv'), samples.csv);
      rmSync(out, { recursive: true, force: true });
      renameSync(next, out);
      done({ ok: true, record, log: inProject(log, county) });
    });
  });
}
