/**
 * Builds the site for tests, once per test run: `astro build` with OUT_DIR (and BASE_PATH) set, into a folder
 * of its own, so tests never touch dist/. Builds in one project are serialised with a lock directory because
 * Astro's caches (.astro/, node_modules/.astro) are shared.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** Project root. */
export const ROOT = resolve(import.meta.dirname, '../..');

/**
 * Suffix of the test build folders: `TEST_BUILD_SUFFIX=-ana npm test` builds into dist-test-ana/, so that two
 * people testing in one working tree do not rebuild each other's site in the middle of a run.
 */
const SUFFIX = process.env['TEST_BUILD_SUFFIX'] ?? '';

/** Output folders of the test builds: at the root path and under a sub-path. */
export const TEST_BUILDS = {
  root: { outDir: join(ROOT, `dist-test${SUFFIX}`), base: '/' },
  subPath: { outDir: join(ROOT, `dist-test-sub${SUFFIX}`), base: '/zhuanti/wuxing/' },
} as const;

const LOCK = join(ROOT, 'node_modules', '.chuangxing-build.lock');

/** Runs `fn` while holding the build lock (stale after 10 minutes). */
export async function withBuildLock<T>(fn: () => T | Promise<T>): Promise<T> {
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      try {
        if (Date.now() - statSync(LOCK).mtimeMs > 600_000) rmSync(LOCK, { recursive: true, force: true });
      } catch {
        // the lock went away between the two calls: try again
      }
      await sleep(500);
    }
  }
  try {
    return await fn();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

/**
 * This process's environment without the variables Vitest defines for its own Vite (BASE_URL, MODE, DEV, PROD,
 * SSR): Astro reads `import.meta.env.BASE_URL` from the environment first, so an inherited `BASE_URL=/` would
 * silently drop the sub-path from every link of a sub-path build.
 */
function viteFreeEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']) delete env[name];
  return env;
}

/** Result of running astro build. */
export interface BuildResult {
  status: number | null;
  output: string;
}

/** Runs `astro build` for the project at `root` into `outDir`, under `base`, with extra environment. */
export function astroBuild(options: {
  root?: string;
  outDir: string;
  base?: string;
  env?: Record<string, string>;
}): BuildResult {
  const result = spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', options.root ?? ROOT],
    {
      cwd: options.root ?? ROOT,
      encoding: 'utf8',
      env: {
        ...viteFreeEnv(),
        OUT_DIR: options.outDir,
        BASE_PATH: options.base ?? '/',
        ASTRO_TELEMETRY_DISABLED: '1',
        ...options.env,
      },
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  return { status: result.status, output: withoutColours(`${result.stdout}\n${result.stderr}`) };
}

/** Removes ANSI colour codes (CI and Vitest may force colours on child processes) so tests match plain text. */
export function withoutColours(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\u001b\[[0-9;]*m/g, '');
}
