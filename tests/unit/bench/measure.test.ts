import { describe, expect, it } from 'vitest';
import { parseBenchArgs } from '../../../scripts/bench/args';
import { memorySample, parseGnuTime } from '../../../scripts/bench/memory';
import { medianRun } from '../../../scripts/bench/run';
import { pagefindFromLog } from '../../../scripts/bench/pagefind';
import { buildPhases, formatPhases, imagePhase } from '../../../scripts/bench/phases';
import { formatBytes, formatSeconds } from '../../../scripts/bench/table';

describe('benchmark measurements', () => {
  it('reads GNU time -v: peak memory and exit status', () => {
    const ok =
      '\tUser time (seconds): 20.5\n\tSystem time (seconds): 1.5\n\tPercent of CPU this job got: 22%\n' +
      '\tMaximum resident set size (kbytes): 629436\n';
    expect(parseGnuTime(ok)).toStrictEqual({ maxRssKiB: 629436, exitStatus: 0, cpuSeconds: 22, cpuPercent: 22 });
    const failed = 'Command exited with non-zero status 134\n\tMaximum resident set size (kbytes): 4200000\n';
    expect(parseGnuTime(failed)).toMatchObject({ maxRssKiB: 4200000, exitStatus: 134 });
    expect(parseGnuTime('Command terminated by signal 9\n').exitStatus).toBe(128);
  });

  it('reads VmRSS and VmHWM from /proc/<pid>/status', () => {
    expect(memorySample('Name:\tnode\nVmHWM:\t  812340 kB\nVmRSS:\t  700000 kB\n')).toEqual({
      rssKiB: 700000,
      hwmKiB: 812340,
    });
  });

  it('finds Pagefind time in a build log: its own duration, else from stamps', () => {
    const stamped =
      '[10.0] [build] ✓ Completed in 2.31s.\n[14.5] [chuangxing:pagefind] 搜索索引已生成：66 个页面\n[14.6] Complete!';
    expect(pagefindFromLog(stamped)).toEqual({ seconds: 4.5, how: 'in build, from log stamps' });
    expect(pagefindFromLog('[3.0] [pagefind] indexed 66 pages in 812ms')).toEqual({
      seconds: 0.812,
      how: 'in build, its own log line',
    });
    expect(pagefindFromLog('[1.0] [build] Complete!')).toBeUndefined();
  });

  it('reports the cold build with the median wall time', () => {
    const runs = [{ seconds: 16.7 }, { seconds: 14.9 }, { seconds: 15.1 }];
    expect(medianRun(runs)).toBe(runs[2]);
    expect(medianRun([{ seconds: 2 }, { seconds: 1 }])).toEqual({ seconds: 1 });
    expect(() => medianRun([])).toThrow();
  });

  it('parses options with defaults by scale and rejects bad ones in Chinese first', () => {
    expect(parseBenchArgs(['--villages', '600'])).toMatchObject({
      villages: 600,
      townships: 20,
      bulletins: 120,
      heapMiB: 4096,
      plain: true,
      runs: 1,
    });
    expect(parseBenchArgs(['--runs', '3']).runs).toBe(3);
    expect(() => parseBenchArgs(['--runs', '0'])).toThrow(/^--runs 应是不小于 1 的整数/u);
    expect(parseBenchArgs(['--villages', '45000', '--no-plain'])).toMatchObject({
      townships: 1500,
      heapMiB: 15360,
      plain: false,
    });
    expect(() => parseBenchArgs(['--villages', 'many'])).toThrow(/^--villages 应是不小于 1 的整数/u);
    expect(() => parseBenchArgs(['--villages', '3', '--townships', '5'])).toThrow(/不能多于村数/u);
  });

  it('formats durations and sizes for the table', () => {
    expect(formatSeconds(12.34)).toBe('12.3 s');
    expect(formatSeconds(125)).toBe('2 min 05 s');
    expect(formatSeconds(3720)).toBe('1 h 02 min');
    expect(formatBytes(40 * 1024)).toBe('40.0 KB');
    expect(formatBytes(3 * 1024 ** 3)).toBe('3.00 GB');
  });
});

describe('build phases', () => {
  it('splits a stamped Astro log into phases', () => {
    const log = [
      '[3.2] 07:53:22 [chuangxing:content-check] 内容检查通过 (content check passed)',
      '[5.9] 07:53:25 [content] Synced content',
      '[5.9] 07:53:25 [build] ✓ Completed in 3.18s.',
      '[15.1] 07:53:34 [vite] ✓ built in 9.14s',
      '[15.5] 07:53:34 [vite] ✓ built in 108ms',
      '[21.2] 07:53:40 ✓ Completed in 4.50s.',
      '[21.3] 07:53:40 [build] Waiting for integration "chuangxing:pagefind", hook "astro:build:done"...',
      '[24.0] 07:53:43 [chuangxing:pagefind] 搜索索引已生成 (Pagefind index written)',
      '[24.1] 07:53:43 [build] Complete!',
    ].join('\n');
    expect(buildPhases(log)).toEqual([
      ['content check', 3.2],
      ['content sync', 2.7],
      ['vite bundle', 9.2],
      ['page rendering', 6.1],
      ['pagefind', 2.8],
      ['done', 0.1],
    ]);
    expect(formatPhases([['content check', 3.2]])).toBe('content check 3.2 s');
  });

  it('reads the image phase of a build: seconds after "generating optimized images"', () => {
    const log = [
      '[21.2] 10:09:23 ✓ Completed in 473ms.',
      '[21.2]  generating optimized images ',
      '[21.3] 10:09:23   ▶ /_astro/chikui.Bx1.webp (before: 1 kB) (+37ms)',
      '[52.0] 10:09:54 ✓ Completed in 30.75s.',
    ].join('\n');
    expect(imagePhase(log)).toBe(30.75);
    expect(imagePhase(log.replace('30.75s', '37ms'))).toBe(0.037);
    expect(imagePhase('[1.0] 10:09:23 ✓ Completed in 473ms.')).toBeUndefined();
  });
});
