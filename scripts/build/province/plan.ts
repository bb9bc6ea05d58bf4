/**
 * Pure planning of a sharded build: which counties the i-th of n shards builds (groups balanced by file count,
 * the same for every runner of a CI matrix), and the command line of `npm run build` on a tree.
 */
import type { CountyFolder } from './tree';

/** What `npm run build` was asked to do on a tree. */
export interface BuildRequest {
  /** Build only the i-th (1-based) of n groups of counties, into .shards/; no assembly. */
  shard?: { index: number; count: number } | undefined;
  /** Only assemble: the shell, then dist/ from .shards/ (every county must have been built). */
  assembleOnly: boolean;
  /** How many county builds run at once on this machine. */
  jobs: number;
  /** Rebuild every county even if its content and the code are unchanged. */
  force: boolean;
}

/** Parses the options; a string is a Chinese-first error. */
export function parseBuildArgs(argv: readonly string[]): BuildRequest | string {
  const request: BuildRequest = { assembleOnly: false, jobs: 1, force: false };
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!;
    const [name, inline] = arg.split('=', 2) as [string, string | undefined];
    const value = () => inline ?? argv[++index];
    if (name === '--shard') {
      const match = /^(\d+)\/(\d+)$/u.exec(value() ?? '');
      const shard = match ? { index: Number(match[1]), count: Number(match[2]) } : undefined;
      if (!shard || shard.count < 1 || shard.index < 1 || shard.index > shard.count) {
        return '--shard 的写法是 i/n（第 i 组，共 n 组，1 ≤ i ≤ n），如 --shard 2/3（--shard expects i/n）';
      }
      request.shard = shard;
    } else if (name === '--jobs') {
      const jobs = Number(value());
      if (!Number.isInteger(jobs) || jobs < 1)
        return '--jobs 要写正整数，如 --jobs 2（--jobs expects a whole number ≥ 1）';
      request.jobs = jobs;
    } else if (name === '--assemble') request.assembleOnly = true;
    else if (name === '--force') request.force = true;
    else return `不认识的参数“${arg}”（unknown option）`;
  }
  if (request.shard && request.assembleOnly) return '--shard 和 --assemble 不能同时用：先分组生成，再由一个任务汇总';
  return request;
}

/**
 * Splits counties into `count` groups of about equal size (most files first, each into the lightest group so far;
 * ties by slug), the same on every machine. Returns the groups, each sorted by slug.
 */
export function groupCounties(counties: readonly CountyFolder[], count: number): CountyFolder[][] {
  const groups = Array.from({ length: count }, () => ({ files: 0, counties: [] as CountyFolder[] }));
  const bySize = [...counties].sort((a, b) => b.files - a.files || a.slug.localeCompare(b.slug));
  for (const county of bySize) {
    const lightest = groups.reduce((best, group, index) => (group.files < groups[best]!.files ? index : best), 0);
    groups[lightest]!.files += county.files;
    groups[lightest]!.counties.push(county);
  }
  return groups.map((group) => group.counties.sort((a, b) => a.slug.localeCompare(b.slug)));
}
