/**
 * The work of `npm run roster` (scripts/roster.ts), callable in-process by tests: reads the list and content/,
 * plans with the pure parts of this folder, writes the roster files and new township files, and reports.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseRosterArgs, USAGE } from './args';
import { readExisting } from './existing';
import { fetchDivision } from './fetch';
import { planImport } from './plan';
import { renderRoster, renderTownship } from './render';
import { formatReport, type Written } from './report';
import { checkCode, loadList, RosterError } from './source';
import { TableFormatError } from './table';

/** What a run printed and its exit code. */
export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** The project folder (for --fetch's cache). */
const PROJECT = resolve(import.meta.dirname, '../..');

/** Runs the import; throws RosterError for mistakes in the input. */
function main(argv: readonly string[], log: (line: string) => void): string {
  const args = parseRosterArgs(argv);
  if (args.help) return USAGE;
  const code = checkCode(args.code!);
  const contentDir = resolve(args.content);
  if (!existsSync(contentDir)) {
    throw new RosterError(`找不到内容目录 ${contentDir}：在项目目录里运行，或用 --content 指定（no content folder）`);
  }
  const list = loadList(args.from ?? fetchDivision(PROJECT, log), code);
  const existing = readExisting(contentDir);
  const other = existing.rosters.find((roster) => !roster.code.startsWith(code.slice(0, 6)));
  if (other) {
    throw new RosterError(
      `content/roster/${other.slug}.yaml 是另一个县（${other.code.slice(0, 6)}）的名册：一个网站只放一个县的名册。` +
        `要换成 ${code.slice(0, 6)}，先删除 content/roster/ 里的旧名册（roster of another county present）`,
    );
  }
  const plan = planImport(list, existing, {
    countyNames: existing.countyName ? [existing.countyName] : [],
    prune: args.prune,
    wholeCounty: code.length === 6,
  });
  const shown = (path: string) => relative(process.cwd(), path) || path;
  const written: Written = { rosters: [], unchanged: [], removed: [], townships: [] };
  for (const roster of plan.rosters) {
    const path = join(contentDir, 'roster', `${roster.slug}.yaml`);
    const text = renderRoster(roster);
    if (existsSync(path) && readFileSync(path, 'utf8') === text) written.unchanged.push(shown(path));
    else {
      written.rosters.push(shown(path));
      if (!args.dryRun) {
        mkdirSync(join(contentDir, 'roster'), { recursive: true });
        writeFileSync(path, text, 'utf8');
      }
    }
    // The same township under an older slug: the tool owns content/roster/, so the stale file goes.
    for (const old of existing.rosters.filter((other) => other.code === roster.code && other.slug !== roster.slug)) {
      const stale = join(contentDir, 'roster', `${old.slug}.yaml`);
      written.removed.push(shown(stale));
      if (!args.dryRun) rmSync(stale, { force: true });
    }
  }
  for (const township of plan.newTownships) {
    const path = join(contentDir, 'townships', `${township.slug}.yaml`);
    written.townships.push(shown(path));
    if (args.dryRun) continue;
    mkdirSync(join(contentDir, 'townships'), { recursive: true });
    writeFileSync(path, renderTownship(township.name, township.villageCount, code.slice(0, 6)), {
      encoding: 'utf8',
      flag: 'wx',
    });
  }
  return formatReport(list, plan, written, args.dryRun);
}

/** Runs `npm run roster` with these arguments (progress lines go to `log`); never throws for a user's mistake. */
export function runRoster(argv: readonly string[], log: (line: string) => void = () => {}): RunResult {
  try {
    return { code: 0, stdout: main(argv, log), stderr: '' };
  } catch (error) {
    if (!(error instanceof RosterError || error instanceof TableFormatError)) throw error;
    return { code: 2, stdout: '', stderr: `错误：${error.message}\n` };
  }
}
