/**
 * Image privacy, run after every build (src/integrations/index.ts): guarantees no published image carries EXIF (GPS position, phone model, time), XMP or
 * IPTC. Images made by astro:assets never do; an image that bypassed it (an original published because a page
 * read its `.src`, an unused content image that Vite emitted as is, a file in public/) is re-encoded without
 * metadata after the build, and named in a warning so that the page can be fixed.
 */
import { readFile, writeFile } from 'node:fs/promises';
import sharp, { type Metadata } from 'sharp';
import { listFiles } from '../validate/read-files';

/** Raster formats sharp can rewrite; SVG is text and carries no EXIF. */
const RASTER = /\.(jpe?g|png|webp|avif|gif|tiff?)$/i;

/** Whether sharp finds a metadata block in the image. */
function carriesMetadata(meta: Metadata): boolean {
  return Boolean(meta.exif || meta.xmp || meta.iptc);
}

/**
 * Rewrites, in place, every image below `dir` that carries metadata: turned upright as its EXIF orientation said,
 * re-encoded in its own format at high quality, with nothing but pixels. Returns the rewritten files.
 */
export async function stripImageMetadata(dir: string): Promise<string[]> {
  const stripped: string[] = [];
  for (const file of listFiles(dir).filter((path) => RASTER.test(path))) {
    const input = await readFile(file);
    const meta = await sharp(input).metadata();
    if (!carriesMetadata(meta)) continue;
    const output = await sharp(input, { animated: true }).rotate().toFormat(meta.format, { quality: 90 }).toBuffer();
    await writeFile(file, output);
    stripped.push(file);
  }
  return stripped;
}

/** The warning for an image published without astro:assets, whose metadata was stripped. */
export const strippedWarning = (file: string) =>
  `已去除 ${file} 中的 EXIF/GPS 等元数据：这张图片没有经过图片处理就被发布了（原图），` +
  `请用 <Picture> 或 getImage() 引用它，不要直接用 .src (published without astro:assets; metadata stripped)`;
