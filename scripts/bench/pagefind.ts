/**
 * Pagefind's share of a build. When a Pagefind integration runs inside `astro build`, its time is read from the
 * build log (a duration it prints, else the span between its first and last stamped lines); otherwise the
 * benchmark times a separate `pagefind --site dist` run, and says which it did.
 */

/** Seconds stamped at the start of a log line `[12.3] …`. */
const stamp = (line: string | undefined) => Number(/^\[([\d.]+)\]/u.exec(line ?? '')?.[1] ?? Number.NaN);

/**
 * Pagefind seconds found in a stamped build log (`[12.3] …` lines), or undefined when it did not run there:
 * a duration on its own line if it prints one, else from the line before its first line to its last line.
 */
export function pagefindFromLog(log: string): { seconds: number; how: string } | undefined {
  const lines = log.split('\n');
  const mine = lines.flatMap((line, index) => (/pagefind/iu.test(line) ? [index] : []));
  if (mine.length === 0) return undefined;
  for (const index of mine) {
    const text = lines[index]!.replace(/^\[[\d.]+\]\s*/u, '');
    const duration = /(?:took|in|用时|耗时)\s*(\d+(?:\.\d+)?)\s*(ms|s)\b/iu.exec(text);
    if (duration)
      return { seconds: Number(duration[1]) / (duration[2] === 'ms' ? 1000 : 1), how: 'in build, its own log line' };
  }
  const seconds = stamp(lines[mine.at(-1)!]) - stamp(lines[Math.max(0, mine[0]! - 1)]);
  return Number.isNaN(seconds) ? undefined : { seconds, how: 'in build, from log stamps' };
}
