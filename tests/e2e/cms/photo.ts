/** A small JPEG to upload in the CMS test. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';

/** Writes a 640×480 JPEG as `dir/name` and returns its path. */
export async function makeJpeg(dir: string, name: string): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, name);
  await sharp({ create: { width: 640, height: 480, channels: 3, background: { r: 90, g: 140, b: 70 } } })
    .jpeg()
    .toFile(path);
  return path;
}
