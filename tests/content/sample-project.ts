/** Copies the sample content/ into a temp project so a test can break one file and run the checker on it. */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../support/build-site';

/** A throwaway copy of the sample content. */
export interface SampleProject {
  root: string;
  /** Rewrites a file under content/ through `edit`; fails the test if the edit changed nothing. */
  edit: (file: string, edit: (text: string) => string) => void;
  /** Writes a file under content/. */
  write: (file: string, data: string | Buffer) => void;
  /** Creates a folder under content/. */
  mkdir: (folder: string) => void;
  remove: () => void;
}

/** Creates the copy. */
export function sampleProject(): SampleProject {
  const root = mkdtempSync(join(tmpdir(), 'chuangxing-content-'));
  cpSync(join(ROOT, 'content'), join(root, 'content'), { recursive: true });
  return {
    root,
    edit(file, edit) {
      const path = join(root, 'content', file);
      const before = readFileSync(path, 'utf8');
      const after = edit(before);
      if (after === before) throw new Error(`test setup: editing ${file} changed nothing`);
      writeFileSync(path, after);
    },
    write: (file, data) => writeFileSync(join(root, 'content', file), data),
    mkdir: (folder) => mkdirSync(join(root, 'content', folder), { recursive: true }),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}
