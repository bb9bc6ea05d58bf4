/**
 * `npm run lighthouse [-- --dir <built site>] [--base /sub/]`: Lighthouse (mobile preset, Debian's Chromium) on
 * the home, township, village, bulletin and search pages of a built site served locally; prints the four scores
 * of each page. A command for people, not a CI gate. Needs a build first (`npm run build` makes dist/).
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { previewSite } from './lib/preview';
import { distPages } from './quality/dist-pages';

const USAGE = `用法：npm run lighthouse [-- --dir <已构建的网站目录，默认 dist>] [--base </子路径/>]
用 Lighthouse（移动端预设，Debian 的 Chromium）给首页、乡镇、村、通报和搜索页打分。先运行 npm run build。
Usage: npm run lighthouse [-- --dir <built site, default dist>] [--base </sub-path/>]`;

const TYPES = ['home', 'township', 'village', 'bulletin', 'search'] as const;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const CHROME_FLAGS =
  '--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run --disable-quic';
const ROOT = resolve(import.meta.dirname, '..');

const { values } = parseArgs({
  options: { dir: { type: 'string' }, base: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const dist = resolve(values.dir ?? join(ROOT, 'dist'));
const base = values.base ?? '/';
if (!existsSync(join(dist, 'index.html'))) {
  console.error(
    `找不到已构建的网站：${dist}/index.html。请先运行 npm run build，或用 --dir 指定目录（no built site in ${dist}）\n\n${USAGE}`,
  );
  process.exit(2);
}
const chrome = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const execFileAsync = promisify(execFile);

/** The parts of a Lighthouse JSON report read here. */
interface Report {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { score: number | null; title: string; displayValue?: string }>;
}

/** The weighted audits scoring under 0.9 in categories under 100, as `category › title (value)`. */
function weakAudits(report: Report): string[] {
  return Object.entries(report.categories).flatMap(([name, category]) =>
    (category.score ?? 0) >= 1
      ? []
      : category.auditRefs
          .map((ref) => ({ ref, audit: report.audits[ref.id] }))
          .filter(({ ref, audit }) => ref.weight > 0 && audit && audit.score !== null && audit.score < 0.9)
          .map(({ audit }) => `${name} › ${audit!.title}${audit!.displayValue ? ` (${audit!.displayValue})` : ''}`),
  );
}

/** Runs the Lighthouse CLI; returns the last lines of its output when it fails. */
async function run(args: string[]): Promise<string | undefined> {
  try {
    await execFileAsync(process.execPath, args, { env: { ...process.env, CHROME_PATH: chrome }, timeout: 300_000 });
    return undefined;
  } catch (error) {
    const { stderr = '', message = String(error) } = error as { stderr?: string; message?: string };
    return (stderr || message).trim().split('\n').slice(-3).join(' ');
  }
}
const pages = distPages(dist);
const server = await previewSite(dist, base);
const work = mkdtempSync(join(tmpdir(), 'chuangxing-lighthouse-'));
const rows: string[][] = [];
const notes: string[] = [];
let failed = false;
try {
  for (const type of TYPES) {
    const page = pages.find((candidate) => candidate.type === type);
    if (!page) {
      rows.push([type, '(no such page)', '', '', '', '']);
      continue;
    }
    const report = join(work, `${type}.json`);
    // Asynchronous: the static server answers Lighthouse from this same process.
    const error = await run([
      join(ROOT, 'node_modules/lighthouse/cli/index.js'),
      server.url(page.path),
      '--quiet',
      '--output=json',
      `--output-path=${report}`,
      `--only-categories=${CATEGORIES.join(',')}`,
      `--chrome-flags=${CHROME_FLAGS}`,
    ]);
    if (error || !existsSync(report)) {
      failed = true;
      rows.push([type, page.path, `failed: ${error ?? 'no report'}`, '', '', '']);
      continue;
    }
    const result = JSON.parse(readFileSync(report, 'utf8')) as Report;
    notes.push(...weakAudits(result).map((audit) => `${type}: ${audit}`));
    rows.push([
      type,
      page.path,
      ...CATEGORIES.map((c) => String(Math.round((result.categories[c]?.score ?? 0) * 100))),
    ]);
  }
} finally {
  await server.close();
  rmSync(work, { recursive: true, force: true });
}
const header = ['page', 'path', ...CATEGORIES];
console.log([header, header.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n'));
if (notes.length > 0)
  console.log(`\nWhat costs points (audits scoring under 90):\n${notes.map((n) => `- ${n}`).join('\n')}`);
console.log(
  `\nLighthouse ${JSON.parse(readFileSync(join(ROOT, 'node_modules/lighthouse/package.json'), 'utf8')).version}, mobile preset (simulated slow 4G, mid-tier phone), ${chrome}`,
);
process.exit(failed ? 1 : 0);
