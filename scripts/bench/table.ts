/** The benchmark's one table, as Markdown (readable in a terminal, pasted as is into the README). */
import type { DistStats, TypeWeight } from './dist-stats';

/** Measured figures of one site. */
export interface SiteResult {
  /** Cold `astro build`, wall seconds (Pagefind included when it runs inside the build). */
  buildSeconds: number;
  /** CPU seconds (user + system) of the cold build, if measured. */
  cpuSeconds?: number | undefined;
  /** Share of a CPU the cold build got, percent. */
  cpuPercent?: number | undefined;
  /** Seconds until the content check passed (read from the build log), if it printed. */
  checkSeconds?: number | undefined;
  pagefind?: { seconds: number; how: string } | undefined;
  /** Pagefind ran inside `astro build` (its time is part of buildSeconds). */
  pagefindInBuild?: boolean;
  warmSeconds?: number | undefined;
  peakKiB: number | undefined;
  treePeakKiB: number;
  stats: DistStats;
}

/** `12.3 s`, `2 min 05 s` or `1 h 02 min`. */
export function formatSeconds(seconds: number): string {
  if (seconds < 120) return `${seconds.toFixed(1)} s`;
  if (seconds < 3600) return `${Math.floor(seconds / 60)} min ${String(Math.round(seconds % 60)).padStart(2, '0')} s`;
  return `${Math.floor(seconds / 3600)} h ${String(Math.round((seconds % 3600) / 60)).padStart(2, '0')} min`;
}

/** Bytes as KB / MB / GB (1 KB = 1,024 bytes). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  return `${(bytes / 1024 ** 3).toFixed(2)} GB`;
}

/** The Astro build time without Pagefind (when Pagefind ran inside it). */
export function astroOnly(site: SiteResult): number {
  return site.pagefindInBuild && site.pagefind ? site.buildSeconds - site.pagefind.seconds : site.buildSeconds;
}

/** One row: a label, our figure, the baseline's, and their ratio when both are numbers. */
function row<T extends number>(label: string, ours: T | undefined, theirs: T | undefined, format: (n: T) => string) {
  const cell = (value: T | undefined) => (value === undefined ? '' : format(value));
  const ratio = ours !== undefined && theirs !== undefined && theirs > 0 ? `${(ours / theirs).toFixed(2)}×` : '';
  return [label, cell(ours), cell(theirs), ratio];
}

/** Cell for one page type's weight: median / max gzip, pages, JS of the heaviest (up front + later). */
const weightCell = (w: TypeWeight | undefined) =>
  w
    ? `${formatBytes(w.median)} / ${formatBytes(w.max)} (${w.pages} p.; JS ${formatBytes(w.js)}` +
      `${w.later > 0 ? ` + ${formatBytes(w.later)} later` : ''})`
    : '';

/** The table comparing the site with the plain Astro baseline (which may be missing). */
export function resultTable(site: SiteResult, plain: SiteResult | undefined): string {
  const memory = (r: SiteResult) => (r.peakKiB ?? r.treePeakKiB) * 1024;
  const withPagefind = (r: SiteResult) =>
    r.pagefindInBuild ? r.buildSeconds : r.buildSeconds + (r.pagefind?.seconds ?? 0);
  const rows: string[][] = [
    row('cold build, Astro only (wall)', astroOnly(site), plain && astroOnly(plain), formatSeconds),
    row('… of which content check (log stamp)', site.checkSeconds, undefined, formatSeconds),
    row(
      `Pagefind (${site.pagefind?.how ?? 'not run'})`,
      site.pagefind?.seconds,
      plain?.pagefind?.seconds,
      formatSeconds,
    ),
    row('cold build + Pagefind (wall)', withPagefind(site), plain && withPagefind(plain), formatSeconds),
    row('cold build CPU time (user + sys)', site.cpuSeconds, plain?.cpuSeconds, formatSeconds),
    row('… share of a CPU it got (100 % per busy core)', site.cpuPercent, plain?.cpuPercent, (n) => `${n} %`),
    row('warm rebuild, one bulletin/post edited', site.warmSeconds, plain?.warmSeconds, formatSeconds),
    row('peak memory (max RSS of one process)', memory(site), plain && memory(plain), formatBytes),
    row(
      'peak memory (process tree, sampled 1/s)',
      site.treePeakKiB * 1024,
      plain && plain.treePeakKiB * 1024,
      formatBytes,
    ),
    row('pages (HTML files)', site.stats.pages, plain?.stats.pages, String),
    row('bytes of dist/', site.stats.bytes, plain?.stats.bytes, formatBytes),
  ];
  const plainPage = plain?.stats.weights.find((weight) => weight.type === 'page');
  for (const weight of [...site.stats.weights].sort((a, b) => b.pages - a.pages)) {
    const label = `up-front gzip, ${weight.type}: median / max`;
    rows.push([label, weightCell(weight), weight.type === 'village' ? weightCell(plainPage) : '', '']);
  }
  const header = ['', '创星', 'plain Astro + MDX', 'ratio'];
  return [header, header.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

/** A build of the sample: wall seconds, and seconds spent optimizing images (undefined when none were made). */
interface SampleBuild {
  seconds: number;
  images: number | undefined;
}

/** The sample site's table: its cold and warm builds side by side, and its first search query. */
export function sampleTable(sample: {
  pages: number;
  images: { files: number; bytes: number };
  cold: SampleBuild;
  warm: SampleBuild;
  search: string | undefined;
}): string {
  const seconds = (value: number | undefined) => (value === undefined ? '' : formatSeconds(value));
  const { cold, warm } = sample;
  return [
    `Sample site (this repository's content/, ${sample.pages} pages, ${sample.images.files} image files written, ${formatBytes(sample.images.bytes)})`,
    '',
    '|  | cold (empty image cache) | warm (cache kept) |',
    '| --- | --- | --- |',
    `| build + Pagefind (wall) | ${seconds(cold.seconds)} | ${seconds(warm.seconds)} |`,
    `| … of which optimizing images (Astro's log) | ${seconds(cold.images)} | ${seconds(warm.images)} |`,
    ...(sample.search ? [`| search, first query | ${sample.search} |  |`] : []),
  ].join('\n');
}
