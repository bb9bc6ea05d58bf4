/**
 * The large versions of a photo, made by astro:assets (never the original upload): a JPEG that the thumbnail links
 * to, which every browser opens without JavaScript, and WebP sizes for the lightbox.
 */
import type { ImageMetadata } from 'astro';
import { getImage } from 'astro:assets';

/** Longest side, in pixels, of the full-size image; larger uploads are scaled down. */
const FULL_WIDTH = 1600;
/** Widths of the WebP versions the lightbox chooses from. */
const LIGHTBOX_WIDTHS = [960, FULL_WIDTH];

/** A photo's full-size JPEG (URL and size) and the lightbox's WebP `srcset`. */
export interface FullSize {
  href: string;
  width: number;
  height: number;
  webpSrcset: string;
}

/** Makes the full-size images of `file`; widths above the original's are capped to it by astro:assets. */
export async function fullSize(file: ImageMetadata): Promise<FullSize> {
  // Only srcset entries are used: the plain `src` of getImage() would be the original size, and is never emitted.
  const [jpeg, webp] = await Promise.all([
    getImage({ src: file, widths: [FULL_WIDTH], format: 'jpg' }),
    getImage({ src: file, widths: LIGHTBOX_WIDTHS, format: 'webp' }),
  ]);
  const largest = jpeg.srcSet.values.at(-1)!;
  return {
    href: largest.url,
    width: Number(largest.transform.width),
    height: Number(largest.transform.height),
    webpSrcset: webp.srcSet.attribute,
  };
}
