/** Where a build's time goes: the stamps of Astro's phase lines in a stamped build log (`[12.3] …`). */

/** Phase name and the log line that marks its end. */
const MARKS: readonly [string, RegExp][] = [
  ['content check', /内容检查通过/u],
  ['content sync', /\[content\] Synced content/u],
  ['vite bundle', /\[vite\] ✓ built in/u],
  ['page rendering', /^✓ Completed in/u],
  ['pagefind', /pagefind\]/iu],
  ['done', /\[build\] Complete!/u],
];

/** Seconds spent in each phase that appears in the log, in order: `[['content check', 3.2], …]`. */
export function buildPhases(log: string): [string, number][] {
  const lines = log.split('\n').map((line) => {
    const match = /^\[([\d.]+)\]\s?(.*)$/u.exec(line);
    return match ? { at: Number(match[1]), text: match[2]!.replace(/^\d\d:\d\d:\d\d /u, '') } : undefined;
  });
  const phases: [string, number][] = [];
  let previous = 0;
  for (const [name, mark] of MARKS) {
    const line = lines.find((candidate) => candidate && mark.test(candidate.text));
    if (!line || line.at < previous) continue;
    phases.push([name, Math.round((line.at - previous) * 10) / 10]);
    previous = line.at;
  }
  return phases;
}

/** The phases as one line: `content check 3.2 s · content sync 2.7 s · …`. */
export function formatPhases(phases: readonly [string, number][]): string {
  return phases.map(([name, seconds]) => `${name} ${seconds.toFixed(1)} s`).join(' · ');
}

/**
 * Seconds Astro spent generating optimized images, from the `✓ Completed in 37ms.` line that follows its
 * `generating optimized images` line; undefined when the build made no images.
 */
export function imagePhase(log: string): number | undefined {
  const lines = log.split('\n');
  const start = lines.findIndex((line) => /generating optimized images/u.test(line));
  if (start < 0) return undefined;
  for (const line of lines.slice(start + 1)) {
    const done = /✓ Completed in (\d+(?:\.\d+)?)(ms|s)\b/u.exec(line);
    if (done) return Number(done[1]) / (done[2] === 'ms' ? 1000 : 1);
  }
  return undefined;
}
