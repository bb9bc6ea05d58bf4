/**
 * Search figures for the benchmark: which query to try on a synthetic site, and the bytes a phone fetches for a
 * first query (scripts/search-bytes.ts does the measuring in Chromium).
 */
import type { FirstQueryBytes } from '../search-bytes';
import type { ContentFile } from './places';
import { formatBytes } from './table';

/**
 * A query a resident would type on a synthetic site: the first two characters of the first village's name (part of
 * a name, the case Pagefind's CJK segmentation needs help with), e.g. 王家 for 王家庄村.
 */
export function partialNameQuery(files: Iterable<ContentFile>): string {
  for (const [path, text] of files) {
    if (!path.startsWith('content/villages/')) continue;
    const name = /^name: (.+)$/mu.exec(text)?.[1]?.replace(/^['"]|['"]$/gu, '');
    if (name) return [...name].slice(0, 2).join('');
  }
  throw new Error('no village in the synthetic content');
}

/**
 * One line: `「王家」 12 results · 14 files, 190.2 KB gzip (engine 30.1 KB, wasm 61.0 KB, index 40.0 KB …)`; for a
 * village's own name, whose full text waits for a tap, what the first search fetched and what the tap added.
 */
export function formatFirstQuery(result: FirstQueryBytes): string {
  const parts = Object.entries(result.byKind)
    .filter(([, count]) => count.files > 0)
    .sort(([, a], [, b]) => b.gzip - a.gzip)
    .map(([kind, count]) => `${kind} ${formatBytes(count.gzip)}`);
  const first = result.afterTap ? 'full text offered behind a tap' : `${result.results} results`;
  const tapped = result.afterTap
    ? `; after the tap: ${result.afterTap.results} results · ${result.afterTap.total.files} files, ` +
      `${formatBytes(result.afterTap.total.gzip)} gzip in all`
    : '';
  return (
    `「${result.query}」 ${first} · ${result.total.files} files, ` +
    `${formatBytes(result.total.gzip)} gzip (${parts.join(', ')})${tapped}`
  );
}
