/**
 * Memory of a process and its children, sampled once a second from /proc (Linux): the largest resident size of
 * any one process, and the whole tree's, as CSV for the benchmark's memory curves.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** Resident KiB and parent pid of every process, from /proc. */
function processes(): Map<number, { ppid: number; rssKiB: number }> {
  const all = new Map<number, { ppid: number; rssKiB: number }>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/u.test(name)) continue;
    try {
      const status = readFileSync(`/proc/${name}/status`, 'utf8');
      const ppid = Number(/^PPid:\s+(\d+)/mu.exec(status)?.[1] ?? 0);
      const rssKiB = Number(/^VmRSS:\s+(\d+)/mu.exec(status)?.[1] ?? 0);
      all.set(Number(name), { ppid, rssKiB });
    } catch {
      // the process ended while we looked
    }
  }
  return all;
}

/** Resident KiB of `pid` and each of its descendants. */
export function treeRss(pid: number): number[] {
  const all = processes();
  const inTree = new Set([pid]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [child, { ppid }] of all) {
      if (!inTree.has(child) && inTree.has(ppid)) {
        inTree.add(child);
        grew = true;
      }
    }
  }
  return [...inTree].map((member) => all.get(member)?.rssKiB ?? 0);
}

/** Starts sampling `pid`'s tree each second; `stop()` returns the peak of one process and the CSV. */
export function sampleTree(pid: number): { stop: () => { peakKiB: number; csv: string } } {
  const started = Date.now();
  const rows = ['seconds,tree_kib,largest_process_kib'];
  let peakKiB = 0;
  const sample = () => {
    const sizes = treeRss(pid);
    const largest = Math.max(0, ...sizes);
    peakKiB = Math.max(peakKiB, largest);
    rows.push(`${((Date.now() - started) / 1000).toFixed(0)},${sizes.reduce((a, b) => a + b, 0)},${largest}`);
  };
  const timer = setInterval(sample, 1000);
  return {
    stop: () => {
      clearInterval(timer);
      return { peakKiB, csv: `${rows.join('\n')}\n` };
    },
  };
}
