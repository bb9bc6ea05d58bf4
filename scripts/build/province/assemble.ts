/**
 * Assembles one site from the shell's output and every county's shard: the shell at the root, each county below
 * `<slug>/` (hard links, so a province's gigabyte is not copied), one sitemap index over all of them and one RSS
 * feed with the newest bulletins of every county. The shards' own bookkeeping (`_shard/`) is not published.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SHARD_META } from './shard';

/** Items kept in the merged feed. */
const FEED_ITEMS = 50;

/** Copies `from` into `to` as hard links (GNU cp -al), failing loudly. */
function linkTree(from: string, to: string): void {
  const result = spawnSync('cp', ['-al', from, to], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`cp -al ${from} ${to} failed: ${result.stderr}`);
}

/** The `<loc>`s of a sitemap index file, or [] when there is none. */
export function sitemapLocs(xml: string): string[] {
  return [...xml.matchAll(/<sitemap>\s*<loc>([^<]+)<\/loc>/gu)].map((match) => match[1]!);
}

/** A sitemap index listing `locs`. */
export function sitemapIndex(locs: readonly string[]): string {
  const entries = locs.map((loc) => `<sitemap><loc>${loc}</loc></sitemap>`).join('');
  return `<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${entries}</sitemapindex>`;
}

/** The `<item>` blocks of an RSS feed with their dates. */
export function feedItems(xml: string): { xml: string; date: number }[] {
  return [...xml.matchAll(/<item>[\s\S]*?<\/item>/gu)].map((match) => ({
    xml: match[0],
    date: Date.parse(/<pubDate>([^<]+)<\/pubDate>/u.exec(match[0])?.[1] ?? '') || 0,
  }));
}

/** One feed with the newest items of all `feeds`, under the channel of the first (the shell's title and link). */
export function mergeFeeds(channel: { title: string; description: string; link: string }, feeds: readonly string[]) {
  const items = feeds
    .flatMap(feedItems)
    .sort((a, b) => b.date - a.date)
    .slice(0, FEED_ITEMS)
    .map((item) => item.xml)
    .join('');
  const escape = (text: string) => text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;');
  return (
    `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>${escape(channel.title)}</title>` +
    `<description>${escape(channel.description)}</description><link>${channel.link}</link>${items}</channel></rss>`
  );
}

/** Reads a file, or '' when it does not exist. */
const readIf = (path: string) => (existsSync(path) ? readFileSync(path, 'utf8') : '');

/** Builds `next` from the shell output and the county shards; returns how many counties went in. */
export function assemble(options: {
  shell: string;
  shards: readonly { slug: string; dir: string }[];
  next: string;
  channel: { title: string; description: string; link: string };
}): void {
  const { shell, shards, next } = options;
  rmSync(next, { recursive: true, force: true });
  linkTree(shell, next);
  rmSync(join(next, SHARD_META), { recursive: true, force: true });
  const locs = sitemapLocs(readIf(join(shell, 'sitemap-index.xml')));
  const feeds: string[] = [];
  for (const { slug, dir } of shards) {
    if (existsSync(join(next, slug))) throw new Error(`shell output already has a folder ${slug}/ (county slug clash)`);
    linkTree(dir, join(next, slug));
    rmSync(join(next, slug, SHARD_META), { recursive: true, force: true });
    locs.push(...sitemapLocs(readIf(join(dir, 'sitemap-index.xml'))));
    feeds.push(readIf(join(dir, 'rss.xml')));
  }
  writeFileSync(join(next, 'sitemap-index.xml'), sitemapIndex(locs));
  writeFileSync(join(next, 'rss.xml'), mergeFeeds(options.channel, feeds));
}

/** The county folders present in `.shards/` that have a finished build. */
export function builtShards(shardsDir: string): string[] {
  if (!existsSync(shardsDir)) return [];
  return readdirSync(shardsDir)
    .filter((name) => !name.startsWith('_') && !name.endsWith('.next'))
    .filter((name) => existsSync(join(shardsDir, name, SHARD_META, 'build.json')))
    .sort();
}
