/**
 * Assembles one site from the shell's output and every county's shard: the shell at the root, each county below
 * `<slug>/` (hard links, so a province's gigabyte is not copied), one sitemap index over all of them and one RSS
 * feed with the newest bulletins of every county. The shards' own bookkeeping (`_shard/`) is not published.
 *
 * After a first publish, the next one only prepares the parts whose build changed (a county, the shell): the
 * published record (`.shards/_published.json`) says which build of each part the target holds, and the swap
 * replaces those top-level folders only (publish.ts › swapEntries), instead of linking a province's 270,000 files
 * again.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { listBuiltFiles } from '../publish';
import { ASSETS, FILES, SHARD_META, SHELL } from './shard';

/** Items kept in the merged feed. */
const FEED_ITEMS = 50;
/**
 * The files the assembly writes at the root (merged from every part; never linked, a link would write through). The
 * `_astro/` folder is merged too (mergeAssets), of links: its files are never written to.
 */
const MERGED = ['sitemap-index.xml', 'rss.xml'];
const isMerged = (name: string) => MERGED.includes(name);

/** Links `sources` into the folder `into` (GNU cp -al: each source keeps its name), failing loudly. */
function linkInto(sources: readonly string[], into: string): void {
  if (sources.length === 0) return;
  const result = spawnSync('cp', ['-al', ...sources, `${into}/`], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`cp -al … ${into}/ failed: ${result.stderr}`);
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

/**
 * The site's `_astro/` folder, made in `next` from the shell's and every county's (a batch's bundled assets, kept in
 * its counties' `_shard/_astro/`): names carry a hash of their content, so the first of a name is taken. Returns its
 * files as site paths.
 */
function mergeAssets(folders: readonly string[], next: string): string[] {
  const taken = new Set<string>();
  for (const folder of folders) {
    if (!existsSync(folder)) continue;
    for (const file of listBuiltFiles(folder)) {
      if (taken.has(file)) continue;
      taken.add(file);
      const to = join(next, ASSETS, file);
      mkdirSync(dirname(to), { recursive: true });
      linkSync(join(folder, file), to);
    }
  }
  return [...taken].map((file) => `${ASSETS}/${file}`);
}

/** Reads a file, or '' when it does not exist. */
const readIf = (path: string) => (existsSync(path) ? readFileSync(path, 'utf8') : '');

/** The files of a built part, without its `_shard/` (from its list when it has one). */
export function partFiles(dir: string): string[] {
  try {
    return JSON.parse(readFileSync(join(dir, SHARD_META, FILES), 'utf8')) as string[];
  } catch {
    return listBuiltFiles(dir).filter((file) => !file.startsWith(`${SHARD_META}/`));
  }
}

/** What a publish put into its target: the build of each part (county slug or `_shell`), and where it went. */
export interface PublishedRecord {
  target: string;
  /** Part → the hash of its build (its `_shard/build.json`). */
  parts: Record<string, string>;
  /**
   * Part → inode and change time of its top-level folder in the target: a folder replaced or changed another way
   * since (by hand, by another build) makes the next publish assemble the whole site.
   */
  folders: Record<string, string>;
  /** The shell's top-level entries in the target. */
  shellEntries: string[];
}

/** A built part: its output folder and the hash of that build. */
export interface BuiltPart {
  dir: string;
  hash: string;
}

/** What `assemble` prepared: where the new parts are, what the swap moves, and every file of the new site. */
export interface Assembly {
  next: string;
  /** Top-level entries of the target to replace from `next`; undefined: `next` is the whole site. */
  entries: string[] | undefined;
  /** Every file of the site as published after the swap, `/`-separated, sorted. */
  files: string[];
  /** Where a file of the site is now (in a part's output or in `next`), for the checks. */
  pathOf: (file: string) => string;
  /** The counties whose files are new in `next` (all in a full assembly). */
  changed: string[];
  /** Whether the shell's entries are new in `next`. */
  shellChanged: boolean;
  /** The record to save once the swap has happened (`recordAfterSwap`). */
  record: Omit<PublishedRecord, 'folders'>;
}

/** Inode and change time of a path ('' when it is missing). */
const stampOf = (path: string) => {
  try {
    const stat = statSync(path);
    return `${stat.ino}:${stat.ctimeMs}`;
  } catch {
    return '';
  }
};

/** Whether `record` describes what `target` holds now (same counties, same folders), so it can be updated in place. */
function holds(record: PublishedRecord | undefined, target: string, slugs: readonly string[]): boolean {
  if (!record || record.target !== target || !existsSync(target)) return false;
  const recorded = Object.keys(record.parts).filter((part) => part !== SHELL);
  if (recorded.length !== slugs.length || !slugs.every((slug) => slug in record.parts)) return false;
  return slugs.every((slug) => record.folders[slug] === stampOf(join(target, slug)));
}

/**
 * Prepares the new site in `next`: the whole site when there is no usable record of `target`, otherwise only the
 * parts whose build changed and the merged files. Nothing in `target` is touched.
 */
export function assemble(options: {
  shell: BuiltPart;
  shards: readonly (BuiltPart & { slug: string })[];
  next: string;
  target: string;
  last: PublishedRecord | undefined;
  channel: { title: string; description: string; link: string };
}): Assembly {
  const { shell, shards, next, target, last } = options;
  const slugs = shards.map((shard) => shard.slug);
  const inPlace = holds(last, target, slugs);
  const shellEntries = readdirSync(shell.dir)
    .filter((name) => name !== SHARD_META && name !== ASSETS && !isMerged(name))
    .sort();
  const clash = shellEntries.find((name) => slugs.includes(name));
  if (clash) throw new Error(`shell output already has a folder ${clash}/ (county slug clash)`);
  const shellChanged = !inPlace || last!.parts[SHELL] !== shell.hash;
  const changed = shards.filter((shard) => !inPlace || last!.parts[shard.slug] !== shard.hash);

  rmSync(next, { recursive: true, force: true });
  mkdirSync(next, { recursive: true });
  if (shellChanged)
    linkInto(
      shellEntries.map((name) => join(shell.dir, name)),
      next,
    );
  linkInto(
    changed.map((shard) => shard.dir),
    next,
  );
  for (const shard of changed) rmSync(join(next, shard.slug, SHARD_META), { recursive: true, force: true });
  const assets = mergeAssets(
    [join(shell.dir, ASSETS), ...shards.map((shard) => join(shard.dir, SHARD_META, ASSETS))],
    next,
  );
  const locs = sitemapLocs(readIf(join(shell.dir, 'sitemap-index.xml')));
  const feeds: string[] = [];
  for (const shard of shards) {
    locs.push(...sitemapLocs(readIf(join(shard.dir, 'sitemap-index.xml'))));
    feeds.push(readIf(join(shard.dir, 'rss.xml')));
  }
  writeFileSync(join(next, 'sitemap-index.xml'), sitemapIndex(locs));
  writeFileSync(join(next, 'rss.xml'), mergeFeeds(options.channel, feeds));

  const shellFiles = partFiles(shell.dir).filter((file) => !isMerged(file) && !file.startsWith(`${ASSETS}/`));
  const files = [...shellFiles, ...MERGED, ...assets];
  const dirOf = new Map(shards.map((shard) => [shard.slug, shard.dir]));
  for (const shard of shards) files.push(...partFiles(shard.dir).map((file) => `${shard.slug}/${file}`));
  files.sort();
  const pathOf = (file: string) => {
    if (isMerged(file) || file.startsWith(`${ASSETS}/`)) return join(next, file);
    const slash = file.indexOf('/');
    const dir = slash > 0 ? dirOf.get(file.slice(0, slash)) : undefined;
    return dir ? join(dir, file.slice(slash + 1)) : join(shell.dir, file);
  };
  const entries = inPlace
    ? [
        ...new Set([
          ...changed.map((shard) => shard.slug),
          ...(shellChanged ? [...last!.shellEntries, ...shellEntries] : []),
          ...(assets.length > 0 || existsSync(join(target, ASSETS)) ? [ASSETS] : []),
          ...MERGED,
        ]),
      ]
    : undefined;
  const parts = Object.fromEntries([[SHELL, shell.hash], ...shards.map((shard) => [shard.slug, shard.hash])]);
  return {
    next,
    entries,
    files,
    pathOf,
    changed: changed.map((shard) => shard.slug),
    shellChanged,
    record: { target, parts, shellEntries },
  };
}

/** The record of what the target holds after the swap (with the stamps of its county folders). */
export function recordAfterSwap(assembly: Assembly): PublishedRecord {
  const { record } = assembly;
  const slugs = Object.keys(record.parts).filter((part) => part !== SHELL);
  return { ...record, folders: Object.fromEntries(slugs.map((slug) => [slug, stampOf(join(record.target, slug))])) };
}

/** The published record in `file`, if it is there and has this version's shape (an older one counts as none). */
export function readRecord(file: string): PublishedRecord | undefined {
  try {
    const record = JSON.parse(readFileSync(file, 'utf8')) as Partial<PublishedRecord> | null;
    const isMap = (value: unknown) => typeof value === 'object' && value !== null && !Array.isArray(value);
    if (!record || typeof record.target !== 'string' || !isMap(record.parts) || !isMap(record.folders))
      return undefined;
    if (!Array.isArray(record.shellEntries)) return undefined;
    return record as PublishedRecord;
  } catch {
    return undefined;
  }
}

/** The county folders present in `.shards/` that have a finished build. */
export function builtShards(shardsDir: string): string[] {
  if (!existsSync(shardsDir)) return [];
  return readdirSync(shardsDir)
    .filter((name) => !name.startsWith('_') && !name.endsWith('.next'))
    .filter((name) => existsSync(join(shardsDir, name, SHARD_META, 'build.json')))
    .sort();
}
