/**
 * `npx tsx scripts/chart-weight.ts [--base /sub/] <dist> [page …]`: prints the chart JavaScript each page downloads,
 * gzip (up front, and on scroll when a chart comes into view). Default pages: the home page and every township page.
 */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chartWeight } from './lib/chart-weight';

const USAGE = `用法 (usage): npx tsx scripts/chart-weight.ts [--base /子路径/] <构建目录> [页面路径 …]
统计每个页面下载的图表 JavaScript（gzip 字节）：首屏加载的部分，和图表滚动到屏幕内时才加载的部分。
默认页面：首页和所有乡镇页。例：npx tsx scripts/chart-weight.ts /tmp/site /townships/wenliu/ /villages/wenliu/hujiazhuang/`;

const args = process.argv.slice(2);
if (args.length === 0 || args.includes('--help') || args.includes('-h')) {
  console.log(USAGE);
  process.exit(args.length === 0 ? 2 : 0);
}
const baseIndex = args.indexOf('--base');
const base = baseIndex >= 0 ? (args.splice(baseIndex, 2)[1] ?? '/') : '/';
const [dist, ...pages] = args;
const root = resolve(dist!);
const townships = () => readdirSync(join(root, 'townships'), { withFileTypes: true });
const targets =
  pages.length > 0
    ? pages
    : ['/', ...townships().flatMap((entry) => (entry.isDirectory() ? [`/townships/${entry.name}/`] : []))];
for (const page of targets) {
  const weight = chartWeight(root, page, base);
  console.log(`${page}\tup-front ${weight.upFront} B\ton-scroll ${weight.onScroll} B\ttotal ${weight.total} B (gzip)`);
}
