/**
 * The CMS pages after the build (src/components/cms/CmsPage.astro): each carries its own Content-Security-Policy
 * (what Decap needs, marked `data-cms`), so the site-wide policy Astro adds to every page (`security.csp`: style
 * hashes, under which the editor's inline `<style>` blocks would not apply) is taken out of those pages. In a county built as a shard of
 * a province the page is left out: the province's shell has one CMS page per county (src/shell/pages/admin/).
 */
import { existsSync, globSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The CSP `<meta>` elements of a page, with whether each is the CMS page's own. */
const CSP_META = /<meta\b[^>]*http-equiv\s*=\s*["']content-security-policy["'][^>]*>/giu;

/** The page's HTML without the site-wide CSP `<meta>` (every CSP meta but the one marked `data-cms`). */
export function ownPolicyOnly(html: string): string {
  return html.replace(CSP_META, (meta) => (/\sdata-cms\b/iu.test(meta) ? meta : ''));
}

/**
 * Applies the rule to the CMS pages below `outDir/admin/` (a county site's `admin/index.html`; a province site's
 * `admin/<slug>/index.html`, one per county); in a shard build removes `admin/`.
 */
export function finishAdminPage(outDir: string, shard: boolean): void {
  const dir = join(outDir, 'admin');
  if (!existsSync(dir)) return;
  if (shard) {
    rmSync(dir, { recursive: true, force: true });
    return;
  }
  for (const file of globSync('**/index.html', { cwd: dir })) {
    const page = join(dir, file);
    const html = readFileSync(page, 'utf8');
    // Only pages that carry their own policy: the province's county list keeps the site-wide one.
    if (/\sdata-cms\b/iu.test(html)) writeFileSync(page, ownPolicyOnly(html));
  }
}
