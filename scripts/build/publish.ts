/**
 * The file-system side of safe publishing: the sibling folders a build writes into, the swap that puts a checked
 * build in place of the published one, and the clean-up of folders left behind by a build that was killed.
 */
import { existsSync, globSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, sep } from 'node:path';

/** The folders one build uses beside `target`: `<target>-next-<pid>` (new site) and `<target>-old-<pid>`. */
export function siblings(target: string, pid = process.pid): { next: string; old: string } {
  return { next: `${target}-next-${pid}`, old: `${target}-old-${pid}` };
}

/** Every file below `dir`, relative and `/`-separated, sorted. */
export function listBuiltFiles(dir: string): string[] {
  return globSync('**/*', { cwd: dir, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) =>
      join(entry.parentPath, entry.name)
        .slice(dir.length + 1)
        .split(sep)
        .join('/'),
    )
    .sort();
}

/**
 * Puts `next` in place of `target`: `target` → `old`, `next` → `target`, then deletes `old`. Both are renames in
 * one folder, so `target` is only ever the whole old site or the whole new one; if the second rename fails the
 * old site is renamed back before the error is passed on.
 */
export function swapIn(next: string, target: string, old: string): void {
  const hadTarget = existsSync(target);
  if (hadTarget) renameSync(target, old);
  try {
    renameSync(next, target);
  } catch (error) {
    if (hadTarget) renameSync(old, target);
    throw error;
  }
  if (hadTarget) rmSync(old, { recursive: true, force: true });
}

/** Whether a process with this id is running (signal 0 only checks). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes `<target>-next-<pid>` and `<target>-old-<pid>` folders of builds that are no longer running. If such a
 * build was killed between its two renames, `target` is missing and its `-old-` folder is the published site:
 * that one is renamed back instead. Returns what it did, for the log.
 */
export function cleanUpStale(target: string): string[] {
  const name = basename(target);
  const pattern = new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}-(next|old)-(\\d+)$`, 'u');
  const done: string[] = [];
  let entries: string[];
  try {
    entries = readdirSync(dirname(target));
  } catch {
    return done;
  }
  for (const entry of entries.sort((a, b) => (a.includes('-old-') ? -1 : 0) - (b.includes('-old-') ? -1 : 0))) {
    const match = pattern.exec(entry);
    if (!match || isRunning(Number(match[2]))) continue;
    const path = join(dirname(target), entry);
    if (match[1] === 'old' && !existsSync(target)) {
      renameSync(path, target);
      done.push(`恢复 ${entry} → ${name}（上次发布中断）`);
    } else {
      rmSync(path, { recursive: true, force: true });
      done.push(`删除残留的 ${entry}`);
    }
  }
  return done;
}
