/**
 * The assembly of a province site from its parts (scripts/build/province/assemble.ts) and the part-by-part swap
 * (publish.ts › swapEntries), on small folders made here: no Astro build.
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  assemble,
  type Assembly,
  type PublishedRecord,
  readRecord,
  recordAfterSwap,
  sitemapLocs,
} from '../../../scripts/build/province/assemble';
import { cleanUpStale, listBuiltFiles, siblings, swapEntries, swapIn } from '../../../scripts/build/publish';

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'chuangxing-assemble-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Writes `files` (path → text) below `root`. */
function write(root: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

const sitemap = (...locs: string[]) =>
  `<sitemapindex>${locs.map((loc) => `<sitemap><loc>${loc}</loc></sitemap>`).join('')}</sitemapindex>`;

/** A shell and two counties, as their builds leave them in .shards/. */
function parts(version: { shell: string; a: string; b: string }) {
  const shell = join(dir, 'shards/_shell');
  rmSync(shell, { recursive: true, force: true });
  write(shell, {
    'index.html': `shell ${version.shell}`,
    // The second version of the shell has no city pages but a name directory.
    ...(version.shell === '1' ? { 'cities/41/index.html': 'city' } : { 'names/0.json': '[]' }),
    'sitemap-index.xml': sitemap('https://x/sitemap-0.xml'),
    '_shard/build.json': '{}',
  });
  for (const slug of ['a', 'b'] as const) {
    write(join(dir, 'shards', slug), {
      'index.html': `${slug} ${version[slug]}`,
      'villages/v/index.html': 'village',
      'sitemap-index.xml': sitemap(`https://x/${slug}/sitemap-0.xml`),
      'rss.xml': `<rss><item><title>${slug}</title><pubDate>Mon, 0${slug === 'a' ? 1 : 2} Jan 2024 00:00:00 GMT</pubDate></item></rss>`,
      '_shard/links.json': '[]',
    });
  }
  return {
    shell: { dir: shell, hash: version.shell },
    shards: (['a', 'b'] as const).map((slug) => ({ slug, dir: join(dir, 'shards', slug), hash: version[slug] })),
  };
}

const channel = { title: '河南', description: '示例', link: 'https://x/' };

/** Assembles into the target and swaps the result in, as run.ts does; returns the assembly and the new record. */
function publish(version: { shell: string; a: string; b: string }, last?: PublishedRecord) {
  const target = join(dir, 'dist');
  const { next, old } = siblings(target);
  const assembly: Assembly = assemble({ ...parts(version), next, target, last, channel });
  if (assembly.entries) swapEntries(next, target, old, assembly.entries);
  else swapIn(next, target, old);
  return { assembly, record: recordAfterSwap(assembly), target };
}

describe('assembling a province site', () => {
  it('puts the shell at the root and each county below its slug, with one sitemap index and one feed', () => {
    const { assembly, target } = publish({ shell: '1', a: '1', b: '1' });
    expect(assembly.entries).toBeUndefined();
    expect(listBuiltFiles(target)).toEqual(assembly.files);
    expect(assembly.files).toEqual([
      'a/index.html',
      'a/rss.xml',
      'a/sitemap-index.xml',
      'a/villages/v/index.html',
      'b/index.html',
      'b/rss.xml',
      'b/sitemap-index.xml',
      'b/villages/v/index.html',
      'cities/41/index.html',
      'index.html',
      'rss.xml',
      'sitemap-index.xml',
    ]);
    expect(sitemapLocs(readFileSync(join(target, 'sitemap-index.xml'), 'utf8'))).toEqual([
      'https://x/sitemap-0.xml',
      'https://x/a/sitemap-0.xml',
      'https://x/b/sitemap-0.xml',
    ]);
    const feed = readFileSync(join(target, 'rss.xml'), 'utf8');
    expect(feed.indexOf('<title>b</title>')).toBeLessThan(feed.indexOf('<title>a</title>'));
    expect(readFileSync(assembly.pathOf('a/index.html'), 'utf8')).toBe('a 1');
  });

  it('never writes into a part through its hard links: the shell keeps its own sitemap index', () => {
    const { record } = publish({ shell: '1', a: '1', b: '1' });
    publish({ shell: '1', a: '2', b: '1' }, record);
    const shellIndex = readFileSync(join(dir, 'shards/_shell/sitemap-index.xml'), 'utf8');
    expect(sitemapLocs(shellIndex)).toEqual(['https://x/sitemap-0.xml']);
    expect(sitemapLocs(readFileSync(join(dir, 'dist/sitemap-index.xml'), 'utf8'))).toHaveLength(3);
  });

  it('after a publish, replaces only the county that changed, and leaves the others’ folders as they were', () => {
    const first = publish({ shell: '1', a: '1', b: '1' });
    const untouched = statSync(join(first.target, 'b')).ino;
    const second = publish({ shell: '1', a: '2', b: '1' }, first.record);
    expect(second.assembly.entries).toEqual(['a', 'sitemap-index.xml', 'rss.xml']);
    expect(second.assembly.changed).toEqual(['a']);
    expect(second.assembly.shellChanged).toBe(false);
    expect(readFileSync(join(second.target, 'a/index.html'), 'utf8')).toBe('a 2');
    expect(statSync(join(second.target, 'b')).ino).toBe(untouched);
    expect(listBuiltFiles(second.target)).toEqual(second.assembly.files);
    expect(readdirSync(dir).sort()).toEqual(['dist', 'shards']);
  });

  it('replaces the shell’s entries when the shell changed, removing those it no longer has', () => {
    const first = publish({ shell: '1', a: '1', b: '1' });
    const second = publish({ shell: '2', a: '1', b: '1' }, first.record);
    expect(second.assembly.entries).toEqual(expect.arrayContaining(['cities', 'index.html', 'names']));
    expect(second.assembly.shellChanged).toBe(true);
    expect(readdirSync(second.target).sort()).toEqual([
      'a',
      'b',
      'index.html',
      'names',
      'rss.xml',
      'sitemap-index.xml',
    ]);
    expect(readFileSync(join(second.target, 'index.html'), 'utf8')).toBe('shell 2');
  });

  it('assembles the whole site again when the target is not what the record says', () => {
    const first = publish({ shell: '1', a: '1', b: '1' });
    rmSync(join(first.target, 'b'), { recursive: true });
    write(first.target, { 'b/index.html': 'put there by hand' });
    const second = publish({ shell: '1', a: '1', b: '1' }, first.record);
    expect(second.assembly.entries).toBeUndefined();
    expect(readFileSync(join(second.target, 'b/index.html'), 'utf8')).toBe('b 1');
  });
});

describe('the site’s bundled assets', () => {
  it('merges the shell’s _astro/ and those the counties’ batches left in _shard/_astro/ into one, updated in place', () => {
    const first = parts({ shell: '1', a: '1', b: '1' });
    write(first.shell.dir, { '_astro/shell.1.css': 'shell css' });
    write(join(dir, 'shards/a'), { '_shard/_astro/page.1.js': 'a js', '_shard/_astro/shared.1.css': 'css' });
    write(join(dir, 'shards/b'), { '_shard/_astro/shared.1.css': 'css' });
    const target = join(dir, 'dist');
    const { next, old } = siblings(target);
    const one = assemble({ ...first, next, target, last: undefined, channel });
    swapIn(next, target, old);
    expect(readdirSync(join(target, '_astro')).sort()).toEqual(['page.1.js', 'shared.1.css', 'shell.1.css']);
    expect(one.files.filter((file) => file.startsWith('_astro/'))).toEqual([
      '_astro/page.1.js',
      '_astro/shared.1.css',
      '_astro/shell.1.css',
    ]);
    expect(existsSync(join(target, 'a/_shard'))).toBe(false);
    // County a rebuilt with a new bundle: only a, the assets and the merged files are swapped.
    const second = parts({ shell: '1', a: '2', b: '1' });
    write(second.shell.dir, { '_astro/shell.1.css': 'shell css' });
    rmSync(join(dir, 'shards/a/_shard/_astro'), { recursive: true, force: true });
    write(join(dir, 'shards/a'), { '_shard/_astro/page.2.js': 'a js 2' });
    const two = assemble({ ...second, next, target, last: recordAfterSwap(one), channel });
    expect(two.entries).toEqual(['a', '_astro', 'sitemap-index.xml', 'rss.xml']);
    expect(readFileSync(two.pathOf('_astro/page.2.js'), 'utf8')).toBe('a js 2');
    swapEntries(next, target, old, two.entries!);
    expect(readdirSync(join(target, '_astro')).sort()).toEqual(['page.2.js', 'shared.1.css', 'shell.1.css']);
    expect(listBuiltFiles(target)).toEqual(two.files);
  });
});

describe('the published record', () => {
  it('reads back what was written, and takes a missing, broken or older record for none', () => {
    const { record } = publish({ shell: '1', a: '1', b: '1' });
    const file = join(dir, 'published.json');
    writeFileSync(file, JSON.stringify(record));
    expect(readRecord(file)).toEqual(record);
    expect(readRecord(join(dir, 'missing.json'))).toBeUndefined();
    writeFileSync(file, '{"target":');
    expect(readRecord(file)).toBeUndefined();
    // The shape of an earlier version (inodes, no folders): assembled in full, not updated in place.
    writeFileSync(file, JSON.stringify({ target: record.target, parts: record.parts, inodes: {}, shellEntries: [] }));
    expect(readRecord(file)).toBeUndefined();
  });
});

describe('swapping part by part', () => {
  it('puts every entry back when a rename fails half-way', () => {
    const target = join(dir, 'dist');
    const { next, old } = siblings(target);
    write(target, { 'a/x': 'old a', 'b/x': 'old b' });
    write(next, { 'a/x': 'new a', 'b/x': 'new b', 'c/d/x': 'new' });
    // The third entry cannot be moved in: its parent folder is not in the target.
    expect(() => swapEntries(next, target, old, ['a', 'b', 'c/d'])).toThrow();
    expect(readFileSync(join(target, 'a/x'), 'utf8')).toBe('old a');
    expect(readFileSync(join(target, 'b/x'), 'utf8')).toBe('old b');
    expect(readFileSync(join(next, 'a/x'), 'utf8')).toBe('new a');
  });

  it('a build killed inside the swap: the next run puts back what it had moved out', () => {
    const target = join(dir, 'dist');
    write(target, { 'b/x': 'b' });
    write(join(dir, 'dist-old-4194305'), { 'a/x': 'old a', 'b/x': 'older b' });
    cleanUpStale(target);
    expect(readFileSync(join(target, 'a/x'), 'utf8')).toBe('old a');
    expect(readFileSync(join(target, 'b/x'), 'utf8')).toBe('b');
    expect(readdirSync(dir)).toEqual(['dist']);
  });
});
