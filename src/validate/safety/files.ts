/**
 * Files as staff save them on Windows and phones: a UTF-8 byte order mark is accepted (and removed before parsing),
 * a GBK/GB18030 file gets one message saying how to re-save it as UTF-8 instead of bogus field errors, and a
 * symbolic link anywhere under content/ is refused, so nothing outside the repository is read or published.
 */
import { lstatSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { ContentError } from '../content-errors';
import { contentFolder } from '../../schema/table';

/** The text of a content file, or the error that says why it cannot be read as UTF-8. */
export type Decoded = { text: string; error?: undefined } | { text?: undefined; error: ContentError };

/** True when `bytes` decode as GB18030 (which GBK is a part of). */
function isGb18030(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Decodes a content file as UTF-8 without its byte order mark; names GBK and other encodings. */
export function decodeContent(file: string, bytes: Uint8Array): Decoded {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch {
    const gbk = isGb18030(bytes);
    return {
      error: {
        file,
        field: '',
        zh: gbk ? '文件是 GBK 编码，网站只能读 UTF-8 编码的文件' : '文件不是 UTF-8 编码的文字文件',
        fix: gbk
          ? '用记事本打开，“另存为”时把“编码”选为 UTF-8，再保存'
          : '确认这是文字文件；用记事本打开，“另存为”时把“编码”选为 UTF-8，再保存',
        en: gbk ? 'file is GBK/GB18030-encoded; save it as UTF-8' : 'file is not valid UTF-8 text',
      },
    };
  }
}

/** True when `path` itself is a symbolic link (it is not followed). */
export function isSymlink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/** An error for every symbolic link below root/content (links to folders are named, not entered). */
export function symlinkErrors(root: string): ContentError[] {
  const errors: ContentError[] = [];
  const visit = (dir: string): void => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, entry.name);
      if (entry.isSymbolicLink()) {
        errors.push({
          file: relative(root, path).split(sep).join('/'),
          field: '',
          zh: '这是一个快捷方式（符号链接），指向 content 文件夹以外的文件或文件夹；网站不读取、也不发布它',
          fix: '删除这个链接，把真正的文件复制到这里',
          en: 'symbolic links under content/ are refused and not followed',
        });
      } else if (entry.isDirectory()) visit(path);
    }
  };
  visit(join(root, contentFolder()));
  return errors;
}
