/** Images in a body (`![说明](./照片.jpg)`, `<img src>`) must be files beside the page; each missing one is named. */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Problem } from './html';

/** Where a body is, for messages: its file, its path on disk, and the file line its first line is on. */
export interface BodySource {
  file: string;
  absolutePath: string;
  body: string;
  bodyLine: number;
}

/** The problem with a body image that is not a file beside the page, if any. */
export function localImageProblem(source: BodySource, url: string): Problem | undefined {
  const path = url.split(/[?#]/u)[0]!;
  if (path.startsWith('/')) {
    return {
      zh: `正文图片“${url}”用了以 / 开头的路径`,
      fix: '把图片放在本文件旁边，写成 ![说明](./照片.jpg)',
      en: `body image ${url} uses an absolute path`,
    };
  }
  let decoded = path;
  try {
    decoded = decodeURI(path);
  } catch {
    // Keep the path as written.
  }
  if (existsSync(resolve(dirname(source.absolutePath), decoded))) return undefined;
  return {
    zh: `找不到正文图片文件“${url}”`,
    fix: '检查文件名（包括大小写和扩展名）；路径相对于本文件所在的文件夹，如 ./照片.jpg',
    en: `body image not found: ${url}`,
  };
}

/** An allowed `<img>` whose local `src` is not a file beside the page. */
export function htmlImageProblems(
  source: BodySource,
  tag: string,
  attributes: readonly (readonly [string, string | undefined])[],
): Problem[] {
  const src = attributes.find(([name]) => name.toLowerCase() === 'src')?.[1];
  if (tag.toLowerCase() !== 'img' || src === undefined) return [];
  const missing = localImageProblem(source, src);
  return missing ? [missing] : [];
}
