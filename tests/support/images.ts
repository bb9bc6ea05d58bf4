/** Helpers for image tests: find image files, read an EXIF block's GPS directory, pull tags out of built HTML. */
import { globSync } from 'node:fs';
import { join } from 'node:path';

/** Every raster image below `dir` (absolute paths). */
export function imageFiles(dir: string): string[] {
  return globSync('**/*.{jpg,jpeg,png,webp,avif,gif}', { cwd: dir }).map((file) => join(dir, file));
}

/** Number of entries in the GPS directory of an EXIF block as sharp returns it (`Exif\0\0` + TIFF), or 0. */
export function gpsEntries(exif: Buffer): number {
  const tiff = exif.subarray(exif.indexOf('Exif\0\0') + 6);
  const little = tiff.toString('latin1', 0, 2) === 'II';
  const u16 = (at: number) => (little ? tiff.readUInt16LE(at) : tiff.readUInt16BE(at));
  const u32 = (at: number) => (little ? tiff.readUInt32LE(at) : tiff.readUInt32BE(at));
  const ifd0 = u32(4);
  for (let index = 0; index < u16(ifd0); index++) {
    const entry = ifd0 + 2 + index * 12;
    if (u16(entry) === 0x8825) return u16(u32(entry + 8)); // GPSInfo: offset of the GPS directory
  }
  return 0;
}

/**
 * The attributes of every `<name …>` tag of the page's markup (Astro writes attributes with double quotes);
 * the insides of scripts (client templates) and comments are not markup and are skipped.
 */
export function tags(html: string, name: string): Record<string, string>[] {
  const markup = html.replace(/<script\b[\s\S]*?<\/script>|<!--[\s\S]*?-->/g, '');
  return [...markup.matchAll(new RegExp(`<${name}\\b([^>]*)>`, 'g'))].map((match) =>
    Object.fromEntries([...match[1]!.matchAll(/([\w:-]+)(?:="([^"]*)")?/g)].map((a) => [a[1]!, a[2] ?? ''])),
  );
}
