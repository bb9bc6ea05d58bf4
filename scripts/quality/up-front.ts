/**
 * The up-front weight of a built page: the HTML, the stylesheets it links (and their @imports), the scripts it
 * loads (and their static imports, recursively) and modulepreloads, each counted gzip-compressed, images aside.
 * Code loaded later by a dynamic `import()` (a chart when it scrolls into view) is reported, not counted.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { cssRefs, dynamicImports, htmlRefs, inlineBlocks, staticImports } from './refs';

/** Gzip size, in bytes, of a file's content. */
export const gzipBytes = (data: string | Buffer) => gzipSync(data, { level: 9 }).length;

/** The weight of one page, gzip bytes. */
export interface UpFront {
  html: number;
  css: number;
  js: number;
  total: number;
  /** Site-relative asset files counted (CSS and JS). */
  assets: string[];
  /** JS modules the page may load later through dynamic import(), not counted in `total`. */
  deferred: string[];
  /** Inline `<script>` blocks (raw bytes each; JSON data blocks excluded). */
  inlineScripts: string[];
}

/** Reads built files relative to a dist folder, with a gzip size cache shared by every page. */
export class DistReader {
  private readonly sizes = new Map<string, number>();

  constructor(
    readonly dist: string,
    readonly base: string,
  ) {}

  /** The dist file (relative) for a URL on `pagePath`, or undefined for external or unknown URLs. */
  fileOf(url: string, pagePath: string): string | undefined {
    const resolved = new URL(url, `http://site${this.base.replace(/\/$/u, '')}${pagePath}`);
    if (resolved.host !== 'site') return undefined;
    const prefix = this.base.replace(/\/$/u, '');
    if (!resolved.pathname.startsWith(`${prefix}/`)) return undefined;
    const inside = decodeURIComponent(resolved.pathname.slice(prefix.length + 1));
    const file = inside === '' || inside.endsWith('/') ? `${inside}index.html` : inside;
    // A missing file is the crawl's to report (broken link); here it weighs nothing.
    return existsSync(join(this.dist, file)) ? file : undefined;
  }

  /** The text of a dist file. */
  read(file: string): string {
    return readFileSync(join(this.dist, file), 'utf8');
  }

  /** Gzip size of a dist file (cached). */
  size(file: string): number {
    let size = this.sizes.get(file);
    if (size === undefined) this.sizes.set(file, (size = gzipBytes(readFileSync(join(this.dist, file)))));
    return size;
  }

  /** The up-front weight of the page in `file` at `pagePath`. */
  upFront(file: string, pagePath: string): UpFront {
    const html = this.read(file);
    const result: UpFront = {
      html: this.size(file),
      css: 0,
      js: 0,
      total: 0,
      assets: [],
      deferred: [],
      inlineScripts: [],
    };
    const visit = (asset: string | undefined, kind: 'css' | 'js') => {
      if (!asset || result.assets.includes(asset)) return;
      result.assets.push(asset);
      result[kind] += this.size(asset);
      const text = this.read(asset);
      const assetPath = `/${asset}`;
      if (kind === 'css')
        for (const url of cssRefs(text).filter((u) => /\.css($|\?)/u.test(u)))
          visit(this.fileOf(url, assetPath), 'css');
      else {
        for (const url of staticImports(text)) visit(this.fileOf(url, assetPath), 'js');
        for (const url of dynamicImports(text)) {
          const later = this.fileOf(url, assetPath);
          if (later && !result.deferred.includes(later)) result.deferred.push(later);
        }
      }
    };
    for (const ref of htmlRefs(html)) {
      if (ref.tag === 'link' && /\bstylesheet\b/u.test(ref.role) && ref.attr === 'href')
        visit(this.fileOf(ref.url, pagePath), 'css');
      if (ref.tag === 'link' && /\bmodulepreload\b/u.test(ref.role) && ref.attr === 'href')
        visit(this.fileOf(ref.url, pagePath), 'js');
      if (ref.tag === 'script' && ref.attr === 'src') visit(this.fileOf(ref.url, pagePath), 'js');
    }
    for (const block of inlineBlocks(html, 'script')) {
      const type = block.attrs.get('type') ?? '';
      if (/json/u.test(type) || block.attrs.has('src')) continue;
      result.inlineScripts.push(block.text);
      if (type === 'module') for (const url of staticImports(block.text)) visit(this.fileOf(url, pagePath), 'js');
    }
    result.deferred = result.deferred.filter((asset) => !result.assets.includes(asset));
    result.total = result.html + result.css + result.js;
    return result;
  }

  /** Gzip bytes of the JS a page may load later: its dynamic imports and all they import, not counted up front. */
  laterBytes(weight: UpFront): number {
    const seen = new Set(weight.assets);
    const queue = [...weight.deferred];
    let bytes = 0;
    for (let asset = queue.pop(); asset !== undefined; asset = queue.pop()) {
      if (seen.has(asset)) continue;
      seen.add(asset);
      bytes += this.size(asset);
      const text = this.read(asset);
      for (const url of [...staticImports(text), ...dynamicImports(text)]) {
        const file = this.fileOf(url, `/${asset}`);
        if (file) queue.push(file);
      }
    }
    return bytes;
  }
}
