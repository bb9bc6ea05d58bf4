/** Parsers for memory figures: /proc/<pid>/status and the report of GNU `time -v`. */

/** Resident and high-water memory of one process, in KiB. */
export function memorySample(status: string): { rssKiB: number; hwmKiB: number } {
  const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+)\\s+kB`, 'mu').exec(status)?.[1] ?? 0);
  return { rssKiB: field('VmRSS'), hwmKiB: field('VmHWM') };
}

/** The figures of GNU `time -v` that the benchmark uses. */
export function parseGnuTime(report: string): {
  maxRssKiB: number | undefined;
  exitStatus: number | undefined;
  cpuSeconds: number | undefined;
  cpuPercent: number | undefined;
} {
  const max = /Maximum resident set size \(kbytes\):\s*(\d+)/u.exec(report)?.[1];
  // GNU time prints "Command exited with non-zero status N" when the command failed.
  const failed = /Command exited with non-zero status (\d+)/u.exec(report)?.[1];
  const signalled = /Command terminated by signal (\d+)/u.test(report);
  const user = /User time \(seconds\):\s*([\d.]+)/u.exec(report)?.[1];
  const system = /System time \(seconds\):\s*([\d.]+)/u.exec(report)?.[1];
  const percent = /Percent of CPU this job got:\s*(\d+)%/u.exec(report)?.[1];
  return {
    maxRssKiB: max === undefined ? undefined : Number(max),
    exitStatus: failed !== undefined ? Number(failed) : signalled ? 128 : max === undefined ? undefined : 0,
    // CPU time (user + system) is steadier than wall time when other work shares the two cores.
    cpuSeconds: user === undefined || system === undefined ? undefined : Number(user) + Number(system),
    // Under 100 % per busy core means other work took the CPU: wall times of that run are inflated.
    cpuPercent: percent === undefined ? undefined : Number(percent),
  };
}
