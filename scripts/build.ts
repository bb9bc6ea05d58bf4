/**
 * `npm run build`: publishes safely. Builds the site into a folder beside the published one (`dist-next-<pid>/`),
 * checks the result, and only then swaps it in for `dist/`. If anything fails, `dist/` is left exactly as it was
 * and the command exits non-zero with a Chinese-first message. `npm run build:astro` is the plain `astro build`.
 * Honors OUT_DIR (the published folder, default dist) and BASE_PATH (the sub-path the site is served under).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { formatPlaceholders } from '../src/schema/placeholders';
import { checkBuiltSite, formatSiteProblems } from './build/site-checks';
import { checkContent } from '../src/validate';
import { formatContentError, formatContentReport } from '../src/validate/content-errors';
import { contentPlaceholders } from '../src/validate/placeholders';
import { cleanUpStale, listBuiltFiles, siblings, swapIn } from './build/publish';
import { buildTree } from './build/province/run';
import { isTree } from './build/province/tree';

const USAGE = `用法：npm run build

生成网站并安全发布：先在 dist/ 旁边的新文件夹里生成，检查通过（首页存在、每页声明中文、搜索索引已生成、
站内链接都能打开、内容里没有“待填写”）后才替换 dist/。任何一步失败，原来的 dist/ 原样保留。
环境变量 BASE_PATH 设置网站所在的子路径（如 /zhuanti/wuxing/），OUT_DIR 设置发布文件夹（默认 dist）。
只想生成、不做检查和替换时（排查问题用）：npm run build:astro

Usage: npm run build
Builds the site beside the published one and replaces dist/ only when the build and its checks pass (home page,
<html lang="zh-CN"> on every page, search index, no broken internal links, no 待填写 placeholders left).
On any failure dist/ is left untouched and the exit code is non-zero. BASE_PATH and OUT_DIR as for astro build.
`;

/** Printed whenever nothing was published. */
const UNCHANGED = (shown: string) =>
  `原来的 ${shown}/ 没有改动，网站仍是上一次成功发布的版本（${shown}/ left unchanged）。`;

/** Runs `astro build` into `outDir`; resolves with its exit code (signals count as failure). */
function astroBuild(root: string, outDir: string, started: (child: ChildProcess) => void): Promise<number> {
  const astro = join(root, 'node_modules/astro/bin/astro.mjs');
  // A BASE_URL variable (vitest sets one) overrides the base from BASE_PATH: every link would miss the sub-path.
  const env = { ...process.env };
  delete env['BASE_URL'];
  const child = spawn(process.execPath, [astro, 'build', '--root', root], {
    cwd: root,
    stdio: 'inherit',
    env: { ...env, OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  started(child);
  return new Promise((done) => {
    child.on('error', () => done(1));
    child.on('close', (code) => done(code ?? 1));
  });
}

/** Builds, checks and swaps; returns the exit code. */
async function main(argv: readonly string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(USAGE);
    return 0;
  }
  const root = resolve(import.meta.dirname, '..');
  // A province or city tree (content/site.yaml): counties built as shards, then one assembled site.
  if (isTree(root)) return buildTree(root, argv, UNCHANGED);
  if (argv.length > 0) {
    process.stderr.write(`错误：npm run build 不接受参数“${argv.join(' ')}”（unexpected arguments）\n\n${USAGE}`);
    return 2;
  }
  const target = resolve(root, process.env.OUT_DIR ?? 'dist');
  const shown = relative(root, target) || target;
  const base = process.env.BASE_PATH ?? '/';
  for (const line of cleanUpStale(target)) console.log(line);

  // The content report comes first, before Astro prints anything (the build's own check would say the same).
  const checked = await checkContent(root);
  for (const warning of checked.warnings) process.stderr.write(`${formatContentError(warning)}\n\n`);
  if (checked.errors.length > 0) {
    process.stderr.write(`${formatContentReport(checked.errors, 'build')}\n\n${UNCHANGED(shown)}\n`);
    return 1;
  }

  const placeholders = contentPlaceholders(root);
  if (placeholders.length > 0) {
    process.stderr.write(
      `✖ 内容里还有 ${placeholders.length} 处“待填写”，网站未发布（placeholders left; not published）：\n` +
        `${formatPlaceholders(placeholders)}\n请把这些地方换成真实内容（可选字段可整行删除），再重新发布。\n` +
        `${UNCHANGED(shown)}\n`,
    );
    return 1;
  }

  const { next, old } = siblings(target);
  rmSync(next, { recursive: true, force: true });
  let child: ChildProcess | undefined;
  let interrupted = false;
  const stop = (signal: NodeJS.Signals) => {
    interrupted = true;
    child?.kill(signal);
  };
  process.once('SIGINT', stop).once('SIGTERM', stop);
  const status = await astroBuild(root, next, (started) => (child = started));
  if (status !== 0 || interrupted) {
    rmSync(next, { recursive: true, force: true });
    const why = interrupted ? '网站生成被中断' : '网站生成失败，原因见上面的提示';
    process.stderr.write(`\n✖ ${why}（build ${interrupted ? 'interrupted' : 'failed'}）。${UNCHANGED(shown)}\n`);
    return interrupted ? 130 : 1;
  }

  const files = listBuiltFiles(next);
  const problems = checkBuiltSite(files, (file) => readFileSync(join(next, file), 'utf8'), base);
  if (problems.length > 0) {
    rmSync(next, { recursive: true, force: true });
    process.stderr.write(`\n${formatSiteProblems(problems)}\n${UNCHANGED(shown)}\n`);
    return 1;
  }
  swapIn(next, target, old);
  const pages = files.filter((file) => file.endsWith('.html')).length;
  console.log(
    `\n✔ 检查通过，已发布到 ${shown}/：${pages} 个页面、${files.length} 个文件，网站路径 ${base}` +
      `（published ${pages} pages to ${shown}/）`,
  );
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
