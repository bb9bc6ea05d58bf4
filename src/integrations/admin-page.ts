/**
 * The CMS page after the build (src/pages/admin/): it carries its own Content-Security-Policy (what Decap needs,
 * marked `data-cms`), so the site-wide policy Astro adds to every page (`security.csp`: style hashes, under which
 * the editor's inline `<style>` blocks would not apply) is taken out of that one page. In a county built as a shard
 * of a province the page is left out: its folders would name the county's build root, not the repository.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The CSP `<meta>` elements of a page, with whether each is the CMS page's own. */
const CSP_META = /<meta\b[^>]*http-equiv\s*=\s*["']content-security-policy["'][^>]*>/giu;

/** The page's HTML without the site-wide CSP `<meta>` (every CSP meta but the one marked `data-cms`). */
export function ownPolicyOnly(html: string): string {
  return html.replace(CSP_META, (meta) => (/\sdata-cms\b/iu.test(meta) ? meta : ''));
}

/** Applies the rule to `outDir/admin/index.html`; in a shard build removes `admin/`. */
export function finishAdminPage(outDir: string, shard: boolean): void {
  const dir = join(outDir, 'admin');
  if (!existsSync(dir)) return;
  if (shard) {
    rmSync(dir, { recursive: true, force: true });
    return;
  }
  const page = join(dir, 'index.html');
  if (existsSync(page)) writeFileSync(page, ownPolicyOnly(readFileSync(page, 'utf8')));
}
