/**
 * Runs a command and measures it: wall time, peak memory (GNU time's maximum resident set size where
 * /usr/bin/time exists, and the sum of VmRSS over the process tree sampled every second), and a log with each
 * output line stamped with the seconds since the start, so memory can be read against Astro's build phases.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, readdirSync, readFileSync } from 'node:fs';
import { memorySample, parseGnuTime } from './memory';

/** What a measured run gives back. */
export interface Measured {
  status: number | null;
  seconds: number;
  /** Largest resident set of one process (GNU time), in KiB; undefined without /usr/bin/time. */
  peakKiB: number | undefined;
  /** CPU seconds (user + system, GNU time), undefined without /usr/bin/time. */
  cpuSeconds: number | undefined;
  /** Share of one CPU the run got, percent (GNU time); low when other work competed. */
  cpuPercent: number | undefined;
  /** Largest sum of VmRSS over the process tree among the samples, in KiB. */
  treePeakKiB: number;
  /** Samples: seconds since start, KiB of the tree. */
  samples: [number, number][];
  /** The output, lines stamped `[seconds]`. */
  log: string;
  /** True when the run was stopped because the tree went over `maxTreeKiB`. */
  overMemory: boolean;
}

const GNU_TIME = '/usr/bin/time';

/** Every process id below `root` (inclusive), from /proc. */
function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/u.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // the process ended while we looked
    }
  }
  const tree = [root];
  for (let i = 0; i < tree.length; i += 1) tree.push(...(children.get(tree[i]!) ?? []));
  return tree;
}

/** Sum of VmRSS (KiB) over the tree below `root`. */
function treeRss(root: number): number {
  return processTree(root).reduce((sum, pid) => {
    try {
      return sum + memorySample(readFileSync(`/proc/${pid}/status`, 'utf8')).rssKiB;
    } catch {
      return sum;
    }
  }, 0);
}

/** Runs `command args` in `cwd`; writes the stamped log to `logFile` as it goes. */
export function measure(
  command: string,
  args: readonly string[],
  options: {
    cwd: string;
    env?: NodeJS.ProcessEnv;
    logFile: string;
    timeFile: string;
    onSample?: (s: [number, number]) => void;
    /** Stop the run (SIGKILL to the whole tree) when its resident memory goes over this, in KiB. */
    maxTreeKiB?: number;
  },
): Promise<Measured> {
  const useTime = existsSync(GNU_TIME);
  const [file, argv] = useTime ? [GNU_TIME, ['-v', '-o', options.timeFile, command, ...args]] : [command, [...args]];
  const start = performance.now();
  const elapsed = () => (performance.now() - start) / 1000;
  const child = spawn(file, argv, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const out = createWriteStream(options.logFile);
  const lines: string[] = [];
  const samples: [number, number][] = [];
  let overMemory = false;
  const onData = (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n')) {
      if (!line) continue;
      const stamped = `[${elapsed().toFixed(1)}] ${line}`;
      out.write(`${stamped}\n`);
      // Astro prints one line per page: keep only the lines the report needs in memory.
      if (!/^\s*[├└│]/u.test(line)) lines.push(stamped);
    }
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const timer = setInterval(() => {
    if (child.pid === undefined) return;
    const sample: [number, number] = [Math.round(elapsed()), treeRss(child.pid)];
    samples.push(sample);
    options.onSample?.(sample);
    // Better one failed benchmark than a machine that runs out of memory and kills everyone's processes.
    if (options.maxTreeKiB !== undefined && sample[1] > options.maxTreeKiB && !overMemory) {
      overMemory = true;
      for (const pid of processTree(child.pid).reverse()) {
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }
    }
  }, 1000);
  return new Promise((resolve) => {
    child.on('close', (status) => {
      clearInterval(timer);
      out.end();
      const gnu =
        useTime && existsSync(options.timeFile) ? parseGnuTime(readFileSync(options.timeFile, 'utf8')) : undefined;
      resolve({
        status: gnu?.exitStatus ?? status,
        seconds: elapsed(),
        peakKiB: gnu?.maxRssKiB,
        cpuSeconds: gnu?.cpuSeconds,
        cpuPercent: gnu?.cpuPercent,
        treePeakKiB: Math.max(0, ...samples.map(([, kib]) => kib)),
        samples,
        log: lines.join('\n'),
        overMemory,
      });
    });
  });
}

/** The run with the median wall time (the lower of the two middle ones for an even count). */
export function medianRun<T extends { seconds: number }>(runs: readonly T[]): T {
  if (runs.length === 0) throw new Error('no runs');
  const sorted = [...runs].sort((a, b) => a.seconds - b.seconds);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}
