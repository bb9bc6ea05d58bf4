/** The processed images of a build: how many files astro:assets wrote into `_astro/` and their size. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const IMAGE = /\.(avif|webp|jpe?g|png)$/u;

/** Image files below `<dist>/_astro/` and their total bytes. */
export function imageOutput(dist: string): { files: number; bytes: number } {
  const folder = join(dist, '_astro');
  let files = 0;
  let bytes = 0;
  for (const name of readdirSync(folder, { recursive: true, encoding: 'utf8' })) {
    if (!IMAGE.test(name)) continue;
    files += 1;
    bytes += statSync(join(folder, name)).size;
  }
  return { files, bytes };
}
