/**
 * `npm run bench -- --villages N`: builds a synthetic county (or province) and a plain Astro + MDX site with as
 * many pages, in the same run, and prints one table (see scripts/bench/args.ts for the options).
 */
import { appendFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type BenchArgs, parseBenchArgs, USAGE } from './bench/args';
import { plainPages } from './bench/baseline';
import { loadArea } from './bench/area';
import { asMarkdown, syntheticContent } from './bench/content';
import { fetchDivision } from './roster/fetch';
import { distStats } from './bench/dist-stats';
import { pagefindFromLog } from './bench/pagefind';
import { plainProject } from './bench/plain';
import { imageOutput } from './bench/images';
import { makePlainProject, makeProjectCopy, makeSampleCopy, ROOT } from './bench/project';
import { buildPhases, formatPhases, imagePhase } from './bench/phases';
import { measure, medianRun } from './bench/run';
import { formatFirstQuery, partialNameQuery } from './bench/search';
import { formatBytes, formatSeconds, resultTable, sampleTable, type SiteResult } from './bench/table';
import { launchBrowser } from './lib/browser';
import { type FirstQueryBytes, measureFirstQuery } from './search-bytes';
import { formatPhoneQuery, measurePhone } from './search-quality/browser';

// --area <city or province code>: counties built as shards (scripts/bench/area-run.ts); a county code runs below.
const areaAt = process.argv.indexOf('--area');
if (areaAt >= 0 && /^\d{2}$|^\d{4}$/u.test(process.argv[areaAt + 1] ?? '')) {
  await import('./bench/area-run');
  process.exit(0);
}

let args: BenchArgs;
try {
  args = parseBenchArgs(process.argv.slice(2));
} catch (error) {
  console.error(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
  process.exit(2);
}
if (args.help) {
  console.log(USAGE);
  process.exit(0);
}
// A real county of the official list: its names, codes and rosters; stars, stories and bulletins generated.
const real = args.area ? loadArea(fetchDivision(ROOT, console.log), args.area).counties[0] : undefined;
if (real) {
  args.villages = real.townships.reduce((sum, township) => sum + township.villages.length, 0);
  args.townships = real.townships.length;
  args.bulletins = Math.round(args.villages / 5);
  if (!process.argv.includes('--dir')) args.dir = `/tmp/bench-area-${args.area}`;
}
const { dir } = args;
const say = (text: string) => console.log(`[bench ${new Date().toTimeString().slice(0, 8)}] ${text}`);
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const NODE_OPTIONS = `--max-old-space-size=${args.heapMiB}`;
const env = (outDir: string) => ({
  ...process.env,
  OUT_DIR: outDir,
  BASE_PATH: '/',
  ASTRO_TELEMETRY_DISABLED: '1',
  NODE_OPTIONS,
});
const options = { villages: args.villages, townships: args.townships, bulletins: args.bulletins, real };

/** Chromium for the search measurements, started once (not with --no-search). */
const browser = args.search ? await launchBrowser() : undefined;

/** Builds the project in `root` into root/dist; `name` names the log files. Exits with the log tail on failure. */
async function build(root: string, name: string) {
  const logFile = join(dir, `${name}.log`);
  const memoryFile = join(dir, `${name}.memory.csv`);
  writeFileSync(memoryFile, 'seconds,tree_rss_mib\n');
  const result = await measure(process.execPath, [ASTRO, 'build', '--root', root], {
    cwd: root,
    env: env(join(root, 'dist')),
    logFile,
    timeFile: join(dir, `${name}.time.txt`),
    onSample: ([seconds, kib]) => appendFileSync(memoryFile, `${seconds},${Math.round(kib / 1024)}\n`),
    maxTreeKiB: args.maxMemoryMiB * 1024,
  });
  say(
    `${name}: ${result.status === 0 ? 'ok' : result.overMemory ? `STOPPED over --max-memory ${args.maxMemoryMiB} MiB` : `FAILED (${result.status})`} in ${formatSeconds(result.seconds)}, peak ${formatBytes((result.peakKiB ?? result.treePeakKiB) * 1024)}; log ${logFile}`,
  );
  if (result.status !== 0) {
    console.error(result.log.split('\n').slice(-40).join('\n'));
    await browser?.close();
    process.exit(1);
  }
  return result;
}

/** Empties a project's build output and caches, so that its next build is cold again. */
function clearCaches(root: string): void {
  for (const cache of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite']) {
    rmSync(join(root, cache), { recursive: true, force: true });
  }
}

/** Log name of cold build `run` (numbered only when there are several). */
const runName = (name: string, run: number) => (args.runs > 1 ? `${name}-${run}` : name);

mkdirSync(dir, { recursive: true });
/** Bytes of a first query on the site built in `dist`, or undefined with --no-search. */
const firstQuery = async (dist: string, query: string): Promise<FirstQueryBytes | undefined> => {
  if (!browser) return undefined;
  const result = await measureFirstQuery({ dir: dist, query, browser });
  say(`first search query: ${formatFirstQuery(result)}`);
  return result;
};

// The sample content with its photos: the cold build starts with an empty image cache, the warm one reuses it.
let sampleReport = '';
if (args.sample) {
  const sampleRoot = join(dir, 'sample');
  makeSampleCopy(sampleRoot);
  say(`sample content/ with its photos: building cold (empty image cache), then warm`);
  const cold = await build(sampleRoot, 'sample-cold');
  const warm = await build(sampleRoot, 'sample-warm');
  const search = await firstQuery(join(sampleRoot, 'dist'), '胡家');
  sampleReport = sampleTable({
    pages: distStats(join(sampleRoot, 'dist')).pages,
    images: imageOutput(join(sampleRoot, 'dist')),
    cold: { seconds: cold.seconds, images: imagePhase(cold.log) },
    warm: { seconds: warm.seconds, images: imagePhase(warm.log) },
    search: search && formatFirstQuery(search),
  });
  if (!args.keep) rmSync(sampleRoot, { recursive: true, force: true });
}

const site = join(dir, 'site');
say(`generating ${args.villages} villages in ${args.townships} townships, ${args.bulletins} bulletins into ${site}`);
const content = () => (args.markdown ? asMarkdown(syntheticContent(options)) : syntheticContent(options));
const written = makeProjectCopy(site, content());
say(`wrote ${written.count} content files (${formatBytes(written.bytes)}); building (heap ${args.heapMiB} MiB)`);
// Cold builds: ours first (the baseline's page count follows it), then ours and the baseline in turns, so that a
// machine whose speed drifts (a shared VM) slows both alike; the median run of each is reported.
const siteRuns = [await build(site, runName('site-cold', 1))];
const stats = distStats(join(site, 'dist'));
say(`${stats.pages} pages, ${formatBytes(stats.bytes)}`);
const plainRoot = join(dir, 'plain');
if (args.plain) {
  const made = makePlainProject(plainRoot, plainProject(plainPages(content, stats.pages - 1)));
  say(`plain Astro + MDX baseline: ${made.count} files`);
}
const plainRuns: Awaited<ReturnType<typeof build>>[] = [];
for (let run = 1; run <= args.runs; run += 1) {
  if (run > 1) {
    clearCaches(site);
    siteRuns.push(await build(site, runName('site-cold', run)));
  }
  if (args.plain) {
    if (run > 1) clearCaches(plainRoot);
    plainRuns.push(await build(plainRoot, runName('plain-cold', run)));
  }
}
const cold = medianRun(siteRuns);
const check = /^\[([\d.]+)\].*内容检查通过/mu.exec(cold.log);
let pagefind = pagefindFromLog(cold.log);
const pagefindInBuild = pagefind !== undefined;
if (!pagefind) {
  say('no Pagefind in the build log: timing a separate `pagefind --site dist` run');
  const run = await measure(join(ROOT, 'node_modules/.bin/pagefind'), ['--site', join(site, 'dist')], {
    cwd: site,
    logFile: join(dir, 'pagefind.log'),
    timeFile: join(dir, 'pagefind.time.txt'),
  });
  pagefind = {
    seconds: run.seconds,
    how: run.status === 0 ? 'separate `pagefind --site` run' : `separate run FAILED (${run.status})`,
  };
}
const siteSearch = await firstQuery(join(site, 'dist'), partialNameQuery(content()));
// The name directory on a phone (CPU ×4): bytes of the first name query and keystroke → names (README › Search).
const siteNames = browser
  ? (await measurePhone(browser, join(site, 'dist'), undefined, [partialNameQuery(content())], 3))[0]
  : undefined;
if (siteNames) say(`name directory: ${formatPhoneQuery(siteNames)}`);
await browser?.close();
const edited = args.warm ? editOneMdx(join(site, 'content/bulletins')) : 'nothing (--no-warm)';
const warm = args.warm ? await build(site, 'site-warm') : undefined;
const ours: SiteResult = {
  buildSeconds: cold.seconds,
  checkSeconds: check ? Number(check[1]) : undefined,
  pagefind,
  pagefindInBuild,
  warmSeconds: warm?.seconds,
  cpuSeconds: cold.cpuSeconds,
  cpuPercent: cold.cpuPercent,
  peakKiB: cold.peakKiB,
  treePeakKiB: cold.treePeakKiB,
  stats,
};
say(`warm rebuild: edited ${edited}`);

let plain: SiteResult | undefined;
const phases = [`创星 cold build phases: ${formatPhases(buildPhases(cold.log))}`];
if (args.plain) {
  const plainCold = medianRun(plainRuns);
  phases.push(`plain cold build phases: ${formatPhases(buildPhases(plainCold.log))}`);
  const plainStats = distStats(join(plainRoot, 'dist'), (path) => (path === '/' ? 'home' : 'page'));
  const plainWarm = args.warm
    ? (editOneMdx(join(plainRoot, 'content/posts')), await build(plainRoot, 'plain-warm'))
    : undefined;
  const plainPagefind = pagefindFromLog(plainCold.log);
  plain = {
    buildSeconds: plainCold.seconds,
    pagefind: plainPagefind,
    pagefindInBuild: plainPagefind !== undefined,
    warmSeconds: plainWarm?.seconds,
    cpuSeconds: plainCold.cpuSeconds,
    cpuPercent: plainCold.cpuPercent,
    peakKiB: plainCold.peakKiB,
    treePeakKiB: plainCold.treePeakKiB,
    stats: plainStats,
  };
}

const heading = `npm run bench -- ${args.area ? `--area ${args.area} (${real?.name}: ` : ''}--villages ${args.villages} --townships ${args.townships} --bulletins ${args.bulletins} (heap ${args.heapMiB} MiB, ${args.runs > 1 ? `cold builds: median of ${args.runs}, taken in turns, ` : ''}${new Date().toISOString().slice(0, 10)})`;
const searchLine = [
  siteSearch ? `Search, first query on this site: ${formatFirstQuery(siteSearch)}` : '',
  siteNames ? `Name directory on this site: ${formatPhoneQuery(siteNames)}` : '',
]
  .filter(Boolean)
  .join('\n');
const sections = [resultTable(ours, plain), phases.join('\n'), searchLine, sampleReport];
const table = `${heading}\n\n${sections.filter(Boolean).join('\n\n')}\n\nUp-front gzip = HTML + CSS + JS the page loads before any interaction (images aside); JS = up-front JS of the heaviest page of the type; later = JS it may load afterwards by import() (chart.js when a chart nears the screen).`;
writeFileSync(join(dir, 'result.md'), `${table}\n`);
console.log(`\n${table}\n`);
if (!args.keep) {
  for (const name of ['site', 'plain', 'sample']) rmSync(join(dir, name), { recursive: true, force: true });
  say(`removed the projects; logs and result.md are in ${dir}`);
}

/** Appends a paragraph to the first MDX file in `folder` (an editor's small change); returns its name. */
function editOneMdx(folder: string): string {
  const name = readdirSync(folder)
    .sort()
    .find((file) => /\.mdx?$/u.test(file));
  if (!name) throw new Error(`no MDX file in ${folder}`);
  const path = join(folder, name);
  writeFileSync(path, `${readFileSync(path, 'utf8')}\n编辑部补充：本文于今日更新，增加了一段说明。\n`);
  return name;
}
