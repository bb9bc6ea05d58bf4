/**
 * A county-build worker: one Node process that runs Astro's `build()` (its JavaScript API) for one county after
 * another, as the parent sends them over IPC. Against one `astro build` process per county this saves, per county,
 * Node's and Astro's start and the per-page log lines (a county's 2,500 route lines cost seconds; warnings and
 * errors are still printed), and later builds run on warm, compiled code. The parent (shard.ts) replaces a worker
 * whose memory has grown, and one that died: a county whose content fails the check ends its worker (exit 1).
 */
import { build } from 'astro';

/** One county to build, as the parent sends it. */
export interface WorkerJob {
  /** The county's project folder (its own root, see shard.ts). */
  root: string;
  /** Environment variables of this build (BASE_PATH, OUT_DIR, …); `undefined` removes one. */
  env: Record<string, string | undefined>;
}

/** What the worker answers after each job. */
export interface WorkerReply {
  ok: boolean;
  /** The error's message when the build threw. */
  error?: string;
  /** Resident memory of the worker after the build, in KiB. */
  rssKiB: number;
}

process.on('message', (job: WorkerJob) => {
  void (async () => {
    for (const [name, value] of Object.entries(job.env)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    process.chdir(job.root);
    let reply: WorkerReply;
    try {
      await build({ root: job.root, logLevel: 'warn' });
      reply = { ok: true, rssKiB: Math.round(process.memoryUsage().rss / 1024) };
    } catch (error) {
      const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
      process.stderr.write(`${message}\n`);
      reply = { ok: false, error: message, rssKiB: Math.round(process.memoryUsage().rss / 1024) };
    }
    process.send!(reply);
  })();
});
