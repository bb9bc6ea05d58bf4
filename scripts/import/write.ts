/**
 * Writing the draft: atomically (a temporary file beside the target, then a hard link or rename onto it) and
 * never over an existing file, so an interrupted import leaves either no draft or a whole one.
 */
import { existsSync, linkSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** The target exists already; the message names it. */
export class ExistsError extends Error {
  override name = 'ExistsError';
}

/**
 * Writes `text` to `path` unless a file is there already (then throws `ExistsError`). The temporary file is
 * hard-linked onto the target, which fails when the target exists even if it appeared a moment ago; where the
 * file system has no hard links, it is renamed after a last check.
 */
export function writeNewFile(path: string, text: string, shown = path): void {
  if (existsSync(path)) throw new ExistsError(existsMessage(shown));
  mkdirSync(dirname(path), { recursive: true });
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  writeFileSync(temporary, text, { encoding: 'utf8', flag: 'wx' });
  try {
    linkSync(temporary, path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new ExistsError(existsMessage(shown));
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw error;
    if (existsSync(path)) throw new ExistsError(existsMessage(shown));
    renameSync(temporary, path);
  } finally {
    rmSync(temporary, { force: true });
  }
}

/** The message for a target that exists. */
function existsMessage(shown: string): string {
  return `文件已存在，不会覆盖：${shown}。请用 --out 换一个文件名，或先把原文件改名（refusing to overwrite ${shown}）`;
}
