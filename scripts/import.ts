/**
 * `npm run import -- <file.txt> [--township <slug>] [--date YYYY-MM-DD] [--out <path.mdx>] [--root <dir>]`:
 * turns newspaper text as PDF extraction delivers it into a bulletin MDX draft. The work is done by the pure
 * functions in scripts/import/newspaper/; this file reads, checks and writes. See `--help`.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';
import { importArticle, type ImportResult } from './import/newspaper/draft';
import { formatSummary } from './import/newspaper/report';
import { bulletinSchema } from '../src/schema/collections';
import { date as dateSchema, slug as slugSchema } from '../src/schema/fields';
import { parseImportArgs, UsageError, USAGE } from './import/args';
import { loadKnownPlaces } from './import/places';
import { ExistsError, writeNewFile } from './import/write';

/** Today's local date as `YYYY-MM-DD`. */
function today(): string {
  const now = new Date();
  return [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
}

/** Reads the input as UTF-8 text; throws a `UsageError` naming the file when it cannot. */
function readText(file: string): string {
  let bytes: Buffer;
  try {
    if (statSync(file).isDirectory()) throw new UsageError(`${file} 是文件夹，不是文字文件（not a file）`);
    bytes = readFileSync(file);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`找不到或无法读取文件：${file}。请检查路径和文件名（cannot read ${file}）`);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UsageError(`文件不是 UTF-8 编码：${file}。请在记事本等编辑器里“另存为”UTF-8 后再导入（not UTF-8）`);
  }
}

/** Checks the draft's frontmatter with the bulletin schema itself, so a draft that would fail is never written. */
function checkDraft(result: ImportResult): void {
  const frontmatter = /^---\n([\s\S]*?)\n---\n/u.exec(result.mdx)?.[1] ?? '';
  const parsed = bulletinSchema(() => z.string()).safeParse(parseYaml(frontmatter));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('；');
    throw new Error(`生成的草稿没有通过字段检查（${problems}）。这是导入工具的问题，请报告（draft failed validation）`);
  }
}

/** Runs the importer; returns the exit code. */
function main(argv: readonly string[]): number {
  const args = parseImportArgs(argv);
  if (args.help || args.file === undefined) {
    process.stdout.write(USAGE);
    return 0;
  }
  const root = resolve(args.root ?? join(import.meta.dirname, '..'));
  if (args.date !== undefined && !dateSchema.safeParse(args.date).success) {
    throw new UsageError(`--date 的日期“${args.date}”不存在或格式不对，应写成 YYYY-MM-DD，如 2023-06-01（bad date）`);
  }
  if (args.out !== undefined && !args.out.endsWith('.mdx')) {
    throw new UsageError(`--out 的文件名应以 .mdx 结尾：${args.out}（the draft must be an .mdx file）`);
  }
  const raw = readText(args.file);
  const known = loadKnownPlaces(root);
  const registered = known.townships.map((place) => `${place.id}（${place.names.join('、')}）`).join('、') || '（无）';
  if (args.township !== undefined && !slugSchema.safeParse(args.township).success) {
    throw new UsageError(`--township 应是乡镇的拼音文件名，如 wenliu，收到“${args.township}”（bad township slug）`);
  }
  const isKnown = (id: string): boolean =>
    known.townships.length === 0 || known.townships.some((place) => place.id === id);
  if (args.township !== undefined && !isKnown(args.township)) {
    throw new UsageError(
      `未知乡镇“${args.township}”：content/townships/ 里没有 ${args.township}.yaml。已登记的乡镇：${registered}（unknown township）`,
    );
  }
  const result = importArticle(raw, {
    sourceFile: basename(args.file),
    date: args.date ?? today(),
    dateGiven: args.date !== undefined,
    township: args.township,
    knownTownships: known.townships,
    knownVillages: known.villages,
  });
  if (result.blocks.length === 0) throw new UsageError(`文件里没有正文：${args.file}（the file has no text）`);
  if (result.fields.townships.length === 0) {
    throw new UsageError(
      `没能从正文认出乡镇，请用 --township 指定，如 --township wenliu。已登记的乡镇：${registered}（no township found）`,
    );
  }
  checkDraft(result);
  const out = resolve(args.out ?? join(root, 'content', 'bulletins', result.fileName));
  const inside = relative(process.cwd(), out);
  const shown = inside === '' || inside.startsWith('..') ? out : inside;
  writeNewFile(out, result.mdx, shown);
  process.stdout.write(formatSummary(result, shown));
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError || error instanceof ExistsError) {
    process.stderr.write(
      `错误：${error.message}\n${error instanceof UsageError ? '运行 npm run import -- --help 查看用法。\n' : ''}`,
    );
    process.exitCode = error instanceof UsageError ? 2 : 1;
  } else {
    process.stderr.write(`导入失败（import failed）：${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}
