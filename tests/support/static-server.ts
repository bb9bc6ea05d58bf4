/** A minimal static file server on 127.0.0.1 for browser tests: serves a built site under its base path. */
import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/** A running server: its origin (`http://127.0.0.1:PORT`) and a way to stop it. */
export interface StaticServer {
  origin: string;
  /** Absolute URL of a site path under the base, e.g. url('/townships/wenliu/'). */
  url: (path: string) => string;
  close: () => Promise<void>;
}

/** Serves `dir` at `base` (e.g. `/` or `/zhuanti/wuxing/`); 404s get the site's 404.html. */
export async function serveStatic(dir: string, base = '/'): Promise<StaticServer> {
  const prefix = base.replace(/\/+$/, '');
  const server: Server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const inside = pathname.startsWith(`${prefix}/`) ? pathname.slice(prefix.length) : undefined;
    let file = inside === undefined ? undefined : join(dir, normalize(inside));
    try {
      if (file && statSync(file).isDirectory()) file = join(file, 'index.html');
      if (!file || !file.startsWith(dir) || !statSync(file).isFile()) throw new Error('not found');
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      createReadStream(file).pipe(response);
    } catch {
      response.writeHead(404, { 'content-type': TYPES['.html']! });
      try {
        createReadStream(join(dir, '404.html'))
          .on('error', () => response.end('404'))
          .pipe(response);
      } catch {
        response.end('404');
      }
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (path) => `${origin}${prefix}/${path.replace(/^\/+/, '')}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
