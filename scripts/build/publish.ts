/**
 * The file-system side of safe publishing: the sibling folders a build writes into, the swap that puts a checked
 * build in place of the published one, and the clean-up of folders left behind by a build that was killed.
 */
import { existsSync, globSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
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

/**
 * Puts the top-level `entries` of `next` in place of those of `target` (a province site updated part by part:
 * only the counties rebuilt, the shell if it changed): each entry of `target` → `old`, then that of `next` →
 * `target`; an entry missing in `next` is removed from `target`. Every step is a rename, so each part is either
 * the whole old one or the whole new one; if a rename fails, every entry already moved is put back.
 */
export function swapEntries(next: string, target: string, old: string, entries: readonly string[]): void {
  rmSync(old, { recursive: true, force: true });
  mkdirSync(old, { recursive: true });
  const done: { entry: string; out: boolean; in: boolean }[] = [];
  try {
    for (const entry of entries) {
      const step = { entry, out: false, in: false };
      done.push(step);
      if (existsSync(join(target, entry))) {
        renameSync(join(target, entry), join(old, entry));
        step.out = true;
      }
      if (existsSync(join(next, entry))) {
        renameSync(join(next, entry), join(target, entry));
        step.in = true;
      }
    }
  } catch (error) {
    for (const step of done.reverse()) {
      if (step.in) renameSync(join(target, step.entry), join(next, step.entry));
      if (step.out) renameSync(join(old, step.entry), join(target, step.entry));
    }
    throw error;
  }
  rmSync(old, { recursive: true, force: true });
  rmSync(next, { recursive: true, force: true });
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
 * that one is renamed back instead; if it was killed inside a part-by-part swap (swapEntries), the entries it had
 * moved out and not yet replaced go back. Returns what it did, for the log.
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
    } else if (match[1] === 'old') {
      for (const part of readdirSync(path).filter((part) => !existsSync(join(target, part)))) {
        renameSync(join(path, part), join(target, part));
        done.push(`恢复 ${entry}/${part} → ${name}/${part}（上次发布中断）`);
      }
      rmSync(path, { recursive: true, force: true });
      done.push(`删除残留的 ${entry}`);
    } else {
      rmSync(path, { recursive: true, force: true });
      done.push(`删除残留的 ${entry}`);
    }
  }
  return done;
}
