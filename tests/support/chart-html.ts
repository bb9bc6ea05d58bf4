/** Reads chart figures and open-data CSV out of built files, for the build tests (no DOM needed). */
import type { ChartSpec } from '../../src/lib/charts/types';

/** One figure of a built page: its title, table rows (header cell first) and, for a canvas chart, its JSON. */
export interface BuiltFigure {
  title: string;
  /** Column headers of the table. */
  columns: string[];
  rows: string[][];
  spec: ChartSpec | undefined;
  html: string;
}

/** Text of an HTML fragment: tags removed, the few entities Astro writes decoded, whitespace trimmed. */
export function text(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Every `<figure>` of a page with its title (the figcaption's `<strong>`), table body rows and chart JSON. */
export function builtFigures(html: string): BuiltFigure[] {
  return [...html.matchAll(/<figure\b[\s\S]*?<\/figure>/g)].map(([figure]) => {
    const json = /<script type="application\/json"[^>]*>([\s\S]*?)<\/script>/.exec(figure)?.[1];
    const body = /<tbody[^>]*>([\s\S]*?)<\/tbody>/.exec(figure)?.[1] ?? '';
    const head = /<thead[^>]*>([\s\S]*?)<\/thead>/.exec(figure)?.[1] ?? '';
    return {
      title: text(/<strong[^>]*>([\s\S]*?)<\/strong>/.exec(figure)?.[1] ?? ''),
      columns: [...head.matchAll(/<th[^>]*>([\s\S]*?)<\/th>/g)].map(([, cell]) => text(cell!)),
      rows: [...body.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map(([, row]) =>
        [...row!.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map(([, cell]) => text(cell!)),
      ),
      spec: json ? (JSON.parse(json) as ChartSpec) : undefined,
      html: figure,
    };
  });
}

/** The figure in a cell or label, without unit or separators: `≥ 6,000 次` → `≥6000`, `—` stays. */
export function figureOf(cell: string): string {
  return cell.replace(/[^\d.≥—]/g, '');
}

/** Parses CSV as RFC 4180 writes it (quoted fields, doubled quotes, CRLF), after the BOM. */
export function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endRow = () => {
    rows.push([...row, field]);
    row = [];
    field = '';
  };
  for (let index = 0; index < csv.length; index += 1) {
    const char = csv[index]!;
    if (quoted && char === '"' && csv[index + 1] === '"') {
      field += '"';
      index += 1;
    } else if (char === '"') {
      quoted = !quoted;
    } else if (quoted) {
      field += char;
    } else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || (char === '\r' && csv[index + 1] === '\n')) {
      if (char === '\r') index += 1;
      endRow();
    } else {
      field += char;
    }
  }
  if (field !== '' || row.length > 0) endRow();
  return rows;
}
