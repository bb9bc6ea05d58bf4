/** Figures of a built site for the benchmark table: pages, bytes, up-front weight by page type. */
import { globSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { distPages, pageType } from '../quality/dist-pages';
import { DistReader } from '../quality/up-front';

/** Up-front weight of one page type, gzip bytes. */
export interface TypeWeight {
  type: string;
  pages: number;
  median: number;
  max: number;
  /** JS counted up front on the heaviest page, gzip bytes. */
  js: number;
  /** JS the heaviest page may load later (a chart library when a chart nears the screen), gzip bytes. */
  later: number;
}

/** What the table needs to know about one build. */
export interface DistStats {
  pages: number;
  bytes: number;
  files: number;
  weights: TypeWeight[];
}

/** The median of a non-empty list. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : Math.round((sorted[middle - 1]! + sorted[middle]!) / 2);
}

/** Groups the up-front weight of every page by type (`typeOf` a site path; this site's page types by default). */
export function weightsByType(dist: string, typeOf: (path: string) => string = pageType): TypeWeight[] {
  const reader = new DistReader(dist, '/');
  const byType = new Map<string, { total: number; js: number; later: number }[]>();
  for (const page of distPages(dist)) {
    const weight = reader.upFront(page.file, page.path);
    const type = typeOf(page.path);
    const list = byType.get(type) ?? [];
    list.push({ total: weight.total, js: weight.js, later: reader.laterBytes(weight) });
    byType.set(type, list);
  }
  return [...byType.entries()].map(([type, list]) => {
    const heaviest = list.reduce((a, b) => (b.total > a.total ? b : a));
    return {
      type,
      pages: list.length,
      median: median(list.map((w) => w.total)),
      max: heaviest.total,
      js: heaviest.js,
      later: heaviest.later,
    };
  });
}

/** Pages, total bytes and per-type weight of the site built into `dist`. */
export function distStats(dist: string, typeOf?: (path: string) => string): DistStats {
  const files = globSync('**/*', { cwd: dist }).filter((file) => statSync(join(dist, file)).isFile());
  return {
    pages: files.filter((file) => file.endsWith('.html')).length,
    files: files.length,
    bytes: files.reduce((sum, file) => sum + statSync(join(dist, file)).size, 0),
    weights: weightsByType(dist, typeOf),
  };
}
