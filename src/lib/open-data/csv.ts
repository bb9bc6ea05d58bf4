/** CSV for spreadsheets: UTF-8 with a byte-order mark (Excel then reads Chinese correctly), RFC 4180 quoting. */

/** A value of one cell: text, a number, a flag, a list (joined with 、) or nothing. */
export type Cell = string | number | boolean | null | undefined | readonly string[];

/** The UTF-8 byte-order mark that tells Excel the file is UTF-8. */
export const BOM = '\uFEFF';

/** Separator of several values in one cell (已获得的星: 支部过硬星、产业兴旺星). */
export const LIST_SEPARATOR = '、';

/** One cell as CSV text: quoted when it holds a comma, a quote or a line break; quotes doubled. */
export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  const text = Array.isArray(value) ? value.join(LIST_SEPARATOR) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole CSV file: BOM, header line, one line per row, CRLF line ends (what Excel writes and expects). */
export function toCsv(headers: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return `${BOM}${[headers, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
