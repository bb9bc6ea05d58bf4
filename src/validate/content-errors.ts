/**
 * Errors a publicity officer reads: each names the file and the field, says what is wrong in Chinese first,
 * how to fix it, and repeats it in English for developers.
 */
import { FIELD_LABELS } from '../schema/glossary';

/** One problem in one content file. */
export interface ContentError {
  /** Path of the file relative to the project root, e.g. `content/villages/wenliu/hujiazhuang.mdx`. */
  file: string;
  /** Dotted field path, e.g. `stars[0].level`; empty when the whole file is wrong. */
  field: string;
  /** What is wrong, in Chinese. */
  zh: string;
  /** How to fix it, in Chinese. */
  fix: string;
  /** The same in English. */
  en: string;
}

/** Turns a zod issue path into the dotted form staff see: `stars[0].level`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    return out ? `${out}.${String(key)}` : String(key);
  }, '');
}

/** The Chinese label of a field path's last name: `stars[0].level` → `星级/级别（level）`. */
export function fieldLabel(field: string): string {
  const last = /([A-Za-z]+)(?:\[\d+\])*$/.exec(field)?.[1];
  const label = last ? FIELD_LABELS[last] : undefined;
  return label ? `${field}（${label}）` : field;
}

/** Edit distance, used to suggest the field name someone meant to type. */
function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

/** The closest of `candidates` to `word`, if it is close enough to be a likely typo. */
export function didYouMean(word: string, candidates: readonly string[]): string | undefined {
  let best: { name: string; distance: number } | undefined;
  for (const name of candidates) {
    const distance = editDistance(word.toLowerCase(), name.toLowerCase());
    if (!best || distance < best.distance) best = { name, distance };
  }
  return best && best.distance <= Math.max(2, Math.floor(word.length / 3)) ? best.name : undefined;
}

/** Renders one error as the lines printed by the build and the checker. */
export function formatContentError(error: ContentError): string {
  const where = error.field ? `${error.file} › ${fieldLabel(error.field)}` : error.file;
  return [`✖ ${where}`, `  问题：${error.zh}`, `  修改：${error.fix}`, `  (en) ${error.en}`].join('\n');
}

/** Renders a whole report: a count line saying what happens now (`when`), then every error. */
export function formatContentReport(
  errors: readonly ContentError[],
  when: 'build' | 'dev' | 'check' = 'build',
): string {
  const [zh, en] = {
    build: ['网站未生成', 'the site was not built'],
    dev: ['预览照常运行，改好并保存后会自动重新检查', 'the preview keeps running; saving a fix checks again'],
    check: ['请改好后再发布', 'fix them before publishing'],
  }[when];
  const head = `内容检查发现 ${errors.length} 处问题，${zh}（Content check found ${errors.length} problem(s); ${en}）:`;
  return [head, ...errors.map(formatContentError)].join('\n\n');
}
