/**
 * The work of `npm run new` (scripts/new.ts), callable in-process by tests: reads what is registered under
 * content/, plans the file with the pure functions in src/lib/scaffold-*.ts, checks it and writes it.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { findPlaceholders } from '../../src/schema/placeholders';
import { planScaffold, type ScaffoldPlan } from './scaffold/plan';
import type { Registry } from './scaffold/request';
import type { Named } from './scaffold/text';
import { date as dateSchema } from '../../src/schema/fields';
import type { CollectionName } from '../../src/schema/table';
import { readCollection } from '../../src/validate/read-files';
import { selfCheck } from './self-check';
import { nextSteps, USAGE } from './messages';

/** A refusal: printed after 错误：, exit code 2 for bad arguments, 1 for an existing file. */
class Refusal extends Error {
  constructor(
    message: string,
    readonly code: number,
  ) {
    super(message);
  }
}

/** Today's local date as `YYYY-MM-DD`. */
function today(): string {
  const now = new Date();
  return [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
}

/** The registered entries of a collection, by id and Chinese name (unreadable files are skipped). */
function registered(root: string, collection: CollectionName): Named[] {
  return readCollection(root, collection).entries.map((entry) => {
    const data = (entry.data ?? {}) as Record<string, unknown>;
    return { id: entry.id, name: typeof data['name'] === 'string' ? data['name'] : entry.id };
  });
}

/** The villages of each township's roster (content/roster/<township>.yaml), as written; unreadable files skipped. */
function rosterOf(root: string): Map<string, { name: string; slug: string }[]> {
  return new Map(
    readCollection(root, 'roster').entries.map((entry) => {
      const villages = ((entry.data ?? {}) as { villages?: unknown }).villages;
      const units = (Array.isArray(villages) ? villages : []).filter(
        (unit): unit is { name: string; slug: string } =>
          typeof unit?.name === 'string' && typeof unit?.slug === 'string',
      );
      return [entry.id, units];
    }),
  );
}

/** The campaign year from content/county.yaml, or this year when it cannot be read. */
function currentYear(root: string): number {
  const county = readCollection(root, 'county').entries.find((entry) => entry.id === 'county');
  const year = (county?.data as Record<string, unknown> | undefined)?.['currentYear'];
  return typeof year === 'number' ? year : new Date().getFullYear();
}

/** Parses the command line; throws a Refusal for unknown options. */
function parse(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        township: { type: 'string' },
        village: { type: 'string' },
        date: { type: 'string' },
        slug: { type: 'string' },
        root: { type: 'string' },
        md: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const option = /'(-[^']*)'/u.exec(String(error))?.[1] ?? '';
    const detail =
      code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION'
        ? `不认识的选项 ${option}`
        : code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE'
          ? `选项 ${option} 后面要写一个值，如 --township wenliu`
          : String(error);
    throw new Refusal(`命令行参数有误：${detail}。可用的选项见 npm run new -- --help（bad arguments）`, 2);
  }
}

/** Writes the planned file, refusing when it exists; returns the path shown to the user. */
function write(root: string, plan: ScaffoldPlan): string {
  const path = join(root, plan.file);
  const shown = relative(process.cwd(), path) || path;
  // hujiazhuang.md next to hujiazhuang.mdx would be two entries with one id.
  const twin = /\.mdx?$/u.test(path) ? path.replace(/\.mdx?$/u, path.endsWith('.md') ? '.mdx' : '.md') : undefined;
  if (twin && existsSync(twin)) {
    const other = relative(process.cwd(), twin) || twin;
    throw new Refusal(
      `已有同名文件 ${other}，不会再建 ${shown}：请改那个文件，或用 --slug 换个文件名（${other} exists）`,
      1,
    );
  }
  mkdirSync(dirname(path), { recursive: true });
  try {
    writeFileSync(path, plan.text, { encoding: 'utf8', flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    throw new Refusal(
      `文件已存在，不会覆盖：${shown}。要新建另一个，请换个名称或用 --slug 指定文件名（refusing to overwrite ${shown}）`,
      1,
    );
  }
  return shown;
}

/** What a run printed and its exit code. */
export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Plans and writes the file; returns the text for stdout, or throws a Refusal. */
function main(argv: string[]): { code: number; stdout: string } {
  const { values, positionals } = parse(argv);
  if (values.help || argv.length === 0) {
    return { code: argv.length === 0 ? 2 : 0, stdout: USAGE };
  }
  const [kind = '', name, ...extra] = positionals;
  if (extra.length > 0) {
    throw new Refusal(
      `多余的参数“${extra.join(' ')}”：名称里有空格时请加引号，如 "文留镇 创星推进会"（extra arguments）`,
      2,
    );
  }
  if (values.date !== undefined && !dateSchema.safeParse(values.date).success) {
    throw new Refusal(`--date 的日期“${values.date}”不存在或格式不对，应写成 YYYY-MM-DD，如 2023-06-01（bad date）`, 2);
  }
  const root = resolve(values.root ?? join(import.meta.dirname, '../..'));
  if (!existsSync(join(root, 'content'))) {
    throw new Refusal(
      `在 ${root} 里找不到 content/ 文件夹：请在项目目录里运行，或用 --root 指定（no content/ folder）`,
      2,
    );
  }
  const roster = rosterOf(root);
  const profiles = registered(root, 'villages');
  const profiled = new Set(profiles.map((village) => village.id));
  const unprofiled = [...roster].flatMap(([township, units]) =>
    units.map((unit) => ({ id: `${township}/${unit.slug}`, name: unit.name })).filter((unit) => !profiled.has(unit.id)),
  );
  const registry: Registry = {
    townships: registered(root, 'townships'),
    villages: [...profiles, ...unprofiled],
    industries: registered(root, 'industries'),
    roster,
  };
  const { md, ...options } = values;
  const request = { ...options, markdown: md, kind, name, date: values.date ?? today(), year: currentYear(root) };
  const plan = planScaffold(request, registry);
  if ('error' in plan) throw new Refusal(plan.error, 2);
  selfCheck(plan);
  const shown = write(root, plan);
  return { code: 0, stdout: nextSteps(plan, shown, findPlaceholders(plan.file, plan.text)) };
}

/** Runs `npm run new` with the arguments after `--`; never exits the process. */
export function runNew(argv: string[]): RunResult {
  try {
    return { ...main(argv), stderr: '' };
  } catch (error) {
    if (!(error instanceof Refusal)) throw error;
    const help = error.code === 2 ? '运行 npm run new -- --help 查看用法。\n' : '';
    return { code: error.code, stdout: '', stderr: `错误：${error.message}\n${help}` };
  }
}
