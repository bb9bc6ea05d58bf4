/** Checks every image a content file points to: present, really an image, within the size limits. */
import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import sharp, { type Metadata } from 'sharp';
import type { ContentError } from './content-errors';

/** Largest accepted upload, in bytes (phones give 5–10 MB). */
export const MAX_IMAGE_BYTES = 20 * 1024 * 1024;
/** Largest accepted image, in pixels (40 megapixels). */
export const MAX_IMAGE_PIXELS = 40_000_000;
/** Formats astro:assets can process. */
const IMAGE_EXTENSIONS = /\.(jpe?g|png|webp|avif)$/i;

/** A reference from a content file's field to an image path written relative to that file. */
export interface ImageReference {
  file: string;
  absolutePath: string;
  field: string;
  path: string;
}

/** Validates one image reference; returns the problems found. */
export async function checkImage(ref: ImageReference): Promise<ContentError[]> {
  const target = resolve(dirname(ref.absolutePath), ref.path);
  const problem = (zh: string, fix: string, en: string): ContentError[] => [
    { file: ref.file, field: ref.field, zh, fix, en },
  ];
  if (!IMAGE_EXTENSIONS.test(ref.path)) {
    const heic = /\.hei[cf]$/i.test(ref.path);
    return problem(
      `图片“${ref.path}”的格式不支持`,
      heic
        ? 'HEIC 是苹果手机的照片格式，请导出为 .jpg 再提交（或在手机“设置 › 相机 › 格式”中选“兼容性最佳”）'
        : '请使用 .jpg、.png、.webp 或 .avif 格式的图片',
      `unsupported image type: ${ref.path}`,
    );
  }
  let size: number;
  try {
    size = statSync(target).size;
  } catch {
    return problem(
      `找不到图片文件“${ref.path}”`,
      '把图片放到内容文件旁边，并检查文件名（含大小写和扩展名）与这里写的一致，路径以 ./ 开头',
      `image not found: ${ref.path}`,
    );
  }
  if (size > MAX_IMAGE_BYTES) {
    return problem(
      `图片“${ref.path}”太大（${(size / 1048576).toFixed(1)} MB，上限 20 MB）`,
      '请先压缩或缩小图片再提交（手机“原图”可改为“高清”发送）',
      `image too large: ${size} bytes > ${MAX_IMAGE_BYTES}`,
    );
  }
  let meta: Metadata;
  try {
    meta = await sharp(target).metadata();
  } catch {
    return problem(
      `“${ref.path}”不是有效的图片文件（可能已损坏，或只是改了扩展名）`,
      '请重新导出或重新拍摄，确认能在电脑上正常打开后再提交',
      `not a valid image: ${ref.path}`,
    );
  }
  if ((meta.width ?? 0) * (meta.height ?? 0) > MAX_IMAGE_PIXELS) {
    return problem(
      `图片“${ref.path}”像素过多（${meta.width}×${meta.height}，上限 4000 万像素）`,
      '请把图片缩小到 4000 万像素以内再提交',
      `image too large: ${meta.width}x${meta.height} pixels`,
    );
  }
  return (await decodes(target))
    ? []
    : problem(
        `图片“${ref.path}”不完整或已损坏（文件可能没有传完）`,
        '请重新从手机或电脑导出这张图片，确认能完整打开后再提交',
        `truncated or corrupt image: ${ref.path}`,
      );
}

/**
 * Whether the whole image decodes. The header alone (metadata) passes for a half-uploaded file, which astro:assets
 * would then publish with a grey lower half; decoding at a small size is cheap (JPEG shrinks on load).
 */
async function decodes(path: string): Promise<boolean> {
  try {
    await sharp(path, { failOn: 'truncated' }).resize(64).raw().toBuffer();
    return true;
  } catch {
    return false;
  }
}
