/**
 * A built site served by Astro's own `preview()` on 127.0.0.1, for the browser tests and the measuring scripts
 * (lighthouse, search-bytes): the same server `npm run preview` runs, 404s answered with the site's 404.html.
 */
import { preview } from 'astro';

/** A running preview: its origin (`http://127.0.0.1:PORT`), URLs under the base, and a way to stop it. */
export interface SitePreview {
  origin: string;
  /** Absolute URL of a site path under the base, e.g. url('/townships/wenliu/'). */
  url: (path: string) => string;
  close: () => Promise<void>;
}

/** Serves the built site in `outDir` (absolute) at `base` (`/` or `/zhuanti/wuxing/`) on a free port. */
export async function previewSite(outDir: string, base = '/'): Promise<SitePreview> {
  process.env['ASTRO_TELEMETRY_DISABLED'] ??= '1';
  // No config file: the built site is all there is to serve, and the project's integrations (content check …)
  // have nothing to do in a preview.
  const server = await preview({
    configFile: false,
    root: process.cwd(),
    outDir,
    base,
    trailingSlash: 'always',
    build: { format: 'directory' },
    server: { host: '127.0.0.1', port: 0 },
    logLevel: 'error',
  });
  const origin = `http://127.0.0.1:${server.port}`;
  const prefix = base.replace(/\/+$/, '');
  return {
    origin,
    url: (path) => `${origin}${prefix}/${path.replace(/^\/+/, '')}`,
    close: () => server.stop(),
  };
}
