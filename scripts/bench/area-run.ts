/**
 * `npm run bench -- --area <code> [--jobs N] [--dir DIR] [--no-single]`: generates the content of a real area of the
 * official list (area.ts: a county, a city or a province, every village with a generated profile, marked as sample),
 * builds it with `npm run build` (a city or province as county shards, --jobs N at once), edits one village and
 * builds again, and prints one table: wall and CPU time, the largest process seen (sampled each second), pages,
 * bytes. For a city or province it then builds the same villages as one county in one process, where the machine's
 * memory allows it, and reports that build beside the shards'.
 */
import { spawn } from 'node:child_process';
import { appendFileSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { sampleTree } from '../build/province/memory';
import { fetchDivision } from '../roster/fetch';
import { totalmem } from 'node:os';
import { launchBrowser } from '../lib/browser';
import { measureFirstQuery } from '../search-bytes';
import { type Area, asOneCounty, loadArea } from './area';
import { weightsByType } from './dist-stats';
import { syntheticContent } from './content';
import { type ContentFile, toYaml } from './places';
import { makeProjectCopy, ROOT } from './project';
import { formatFirstQuery } from './search';
import { siteFigures } from './site-figures';
import { formatBytes } from './table';

/** Every content file of the area. */
function* areaContent(area: Area): Generator<ContentFile> {
  const county = (real: Area['counties'][number], index: number) => {
    const villages = real.townships.reduce((sum, township) => sum + township.villages.length, 0);
    return syntheticContent({
      villages,
      townships: real.townships.length,
      bulletins: Math.ceil(villages / 5),
      seed: 2023 + index,
      real,
    });
  };
  if (area.level === 'county') {
    yield* county(area.counties[0]!, 0);
    return;
  }
  yield [
    'content/site.yaml',
    toYaml({
      level: area.level,
      name: area.name,
      code: area.code,
      description: `${area.name}“五星”支部创建：基准测试用的示例网站，地名和区划代码来自国家统计局的区划代码表，星级、文章为生成的示例数据。`,
      cities: area.cities,
    }),
  ];
  for (const [index, real] of area.counties.entries()) {
    for (const [path, text] of county(real, index))
      yield [path.replace(/^content\//u, `content/counties/${real.slug}/`), text];
  }
}

/** The bench's projects run `npm run build` (scripts/build.ts) themselves: the copy holds scripts/ and the lockfile. */
const benchProject = (dir: string, files: Iterable<ContentFile>) =>
  makeProjectCopy(dir, files, ['scripts', 'package-lock.json']);

/**
 * Resident memory a single-process build of `villages` villages is expected to reach, in MB: the 45,000-village
 * synthetic county peaked at 17 GB (README › Province (45,000 villages)); the 1 GB is what a small county needs.
 */
const singleEstimateMB = (villages: number) => 1024 + Math.ceil(villages * 0.4);

/** Runs `npm run build` in `dir`; resolves with its wall time, exit code and the largest process it had. */
function timedBuild(dir: string, args: readonly string[], log: string, env: NodeJS.ProcessEnv = {}) {
  const started = performance.now();
  const child = spawn(join(ROOT, 'node_modules/.bin/tsx'), ['scripts/build.ts', ...args], {
    cwd: dir,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (chunk: Buffer) => appendFileSync(log, chunk));
  child.stderr.on('data', (chunk: Buffer) => appendFileSync(log, chunk));
  const memory = sampleTree(child.pid!);
  return new Promise<{ seconds: number; status: number | null; peakKiB: number; csv: string }>((done) =>
    child.on('close', (status) => done({ seconds: (performance.now() - started) / 1000, status, ...memory.stop() })),
  );
}

/** Edits the summary of the first village of the first county; returns the file. */
function editOneVillage(dir: string): string {
  const villages = readdirSync(join(dir, 'content'), { recursive: true, encoding: 'utf8' }).filter((path) =>
    /villages\/[^/]+\/[^/]+\.mdx$/u.test(path),
  );
  const file = join(dir, 'content', villages.sort()[0]!);
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^summary: (.*)$/mu, 'summary: $1（已更新）'));
  return file;
}

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: {
    area: { type: 'string' },
    jobs: { type: 'string', default: '2' },
    dir: { type: 'string' },
    'no-single': { type: 'boolean', default: false },
  },
});
const code = values.area!;
const jobs = values.jobs!;
const dir = values.dir ?? `/tmp/bench-area-${code}`;
const say = (line: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}`);
const area = loadArea(fetchDivision(ROOT, say), code);
const villages = area.counties.reduce((sum, c) => sum + c.townships.reduce((s, t) => s + t.villages.length, 0), 0);
say(`${area.name}（${code}）：${area.counties.length} counties, ${villages} villages → ${dir}`);
const written = benchProject(dir, areaContent(area));
say(`wrote ${written.count} content files (${(written.bytes / 1e6).toFixed(0)} MB); building with --jobs ${jobs}`);
const treeArgs = area.level === 'county' ? [] : ['--jobs', jobs];
const cold = await timedBuild(dir, treeArgs, join(dir, 'build-cold.log'));
writeFileSync(join(dir, 'memory-cold.csv'), cold.csv);
say(
  `cold build: exit ${cold.status}, ${cold.seconds.toFixed(0)} s, largest process ${(cold.peakKiB / 1024).toFixed(0)} MB`,
);
const edited = editOneVillage(dir);
const warm = await timedBuild(dir, treeArgs, join(dir, 'build-edit.log'));
writeFileSync(join(dir, 'memory-edit.csv'), warm.csv);
say(`one village edited (${edited.slice(dir.length + 1)}): exit ${warm.status}, ${warm.seconds.toFixed(0)} s`);
const pages = existsSync(join(dir, 'dist'))
  ? readdirSync(join(dir, 'dist'), { recursive: true, encoding: 'utf8' }).filter((p) => p.endsWith('.html')).length
  : 0;
const result: string[] = [
  `npm run bench -- --area ${code} --jobs ${jobs} (${new Date().toISOString().slice(0, 10)})`,
  '',
  `| ${area.name} | |`,
  '| --- | --- |',
  `| counties / villages | ${area.counties.length} / ${villages} |`,
  `| content files | ${written.count} (${(written.bytes / 1e6).toFixed(0)} MB) |`,
  `| cold build (wall) | ${cold.seconds.toFixed(0)} s (exit ${cold.status}) |`,
  `| largest process at any time (sampled 1/s) | ${(cold.peakKiB / 1024).toFixed(0)} MB |`,
  `| one village edited, rebuilt and published (wall) | ${warm.seconds.toFixed(0)} s (exit ${warm.status}) |`,
  `| pages (HTML files) | ${pages} |`,
];
if (area.level !== 'county' && warm.status === 0) {
  // The site as residents get it: the heaviest page of each type, and a first search for a real village's name.
  const first = area.counties[0]!;
  const village = first.townships[0]!.villages[0]!;
  const city = area.cities.find((c) => c.name === first.city) ?? area.cities[0]!;
  say(`measuring pages and a first search for ${village.name}`);
  const figures = await siteFigures({
    dist: join(dir, 'dist'),
    counties: area.counties.map((county) => county.slug),
    county: first.slug,
    city: city.code,
    query: village.name,
  });
  const heaviest = figures.weights.reduce((a, b) => (b.max > a.max ? b : a));
  result.push(`| heaviest page up front (gzip: HTML, CSS, JS) | ${formatBytes(heaviest.max)} (${heaviest.type}) |`);
  for (const search of figures.searches)
    result.push(`| first search, ${search.where} | ${formatFirstQuery(search.result)} |`);
  result.push('', '| page type | pages | median / heaviest up front (gzip) |', '| --- | --- | --- |');
  for (const weight of [...figures.weights].sort((a, b) => b.max - a.max))
    result.push(`| ${weight.type} | ${weight.pages} | ${formatBytes(weight.median)} / ${formatBytes(weight.max)} |`);
}
if (area.level !== 'county') result.push('', ...(await singleProcess()));
writeFileSync(join(dir, 'result.md'), `${result.join('\n')}\n`);
console.log(`\n${result.join('\n')}\n\nlogs and memory curves in ${dir}`);

/**
 * The same villages built by one process (the area as one county, asOneCounty), where this machine's memory allows
 * it, beside the shard build: its wall time cold and after one village's edit, largest process, heaviest page and
 * first search. Its folder is removed afterwards (its logs stay in the bench folder).
 */
async function singleProcess(): Promise<string[]> {
  const estimate = singleEstimateMB(villages);
  const allowed = Math.floor((totalmem() / 1024 / 1024) * 0.6);
  const head = [`| 单一进程对照（同样 ${villages} 个村作为一个县，一次 astro build） | |`, '| --- | --- |'];
  if (values['no-single']) return [...head, '| 未运行 | --no-single |'];
  if (estimate > allowed)
    return [
      ...head,
      `| 未运行 | 预计需要约 ${(estimate / 1024).toFixed(1)} GB 内存，超过本机可用的 ${(allowed / 1024).toFixed(1)} GB（not run: estimated ${estimate} MB over ${allowed} MB） |`,
    ];
  const single = `${dir}-single`;
  say(`single-process build of the same ${villages} villages in ${single}`);
  const real = asOneCounty(area);
  const townships = real.townships.length;
  benchProject(single, syntheticContent({ villages, townships, bulletins: Math.ceil(villages / 5), real }));
  const heap = { NODE_OPTIONS: `--max-old-space-size=${Math.max(4096, estimate * 2)}` };
  const run = await timedBuild(single, [], join(dir, 'build-single.log'), heap);
  writeFileSync(join(dir, 'memory-single.csv'), run.csv);
  say(
    `single-process build: exit ${run.status}, ${run.seconds.toFixed(0)} s, largest process ${(run.peakKiB / 1024).toFixed(0)} MB`,
  );
  const rows = [
    ...head,
    `| build (wall) | ${run.seconds.toFixed(0)} s (exit ${run.status}); shards: ${cold.seconds.toFixed(0)} s (single ÷ shards ${(run.seconds / cold.seconds).toFixed(2)}) |`,
    `| largest process at any time (sampled 1/s) | ${(run.peakKiB / 1024).toFixed(0)} MB; shards: ${(cold.peakKiB / 1024).toFixed(0)} MB |`,
  ];
  if (run.status === 0) {
    editOneVillage(single);
    const again = await timedBuild(single, [], join(dir, 'build-single-edit.log'), heap);
    rows.push(
      `| one village edited, rebuilt and published (wall) | ${again.seconds.toFixed(0)} s (exit ${again.status}); shards: ${warm.seconds.toFixed(0)} s |`,
    );
  }
  const dist = join(single, 'dist');
  if (run.status === 0 && existsSync(dist)) {
    const weights = weightsByType(dist);
    const heaviest = weights.reduce((a, b) => (b.max > a.max ? b : a));
    rows.push(`| heaviest page up front (gzip) | ${formatBytes(heaviest.max)} (${heaviest.type}) |`);
    const browser = await launchBrowser();
    try {
      const query = area.counties[0]!.townships[0]!.villages[0]!.name;
      const first = await measureFirstQuery({ dir: dist, query, page: '/search/', browser });
      rows.push(`| first search, 搜索页 | ${formatFirstQuery(first)} |`);
    } finally {
      await browser.close();
    }
  }
  rmSync(single, { recursive: true, force: true });
  return rows;
}
