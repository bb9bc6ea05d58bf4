/** Translates zod validation issues into ContentErrors that name the file and field, Chinese first. */
import type { z } from 'astro/zod';
import { type ContentError, didYouMean, fieldLabel, fieldPath } from './content-errors';

/** Zod 4 issue, narrowed to what this module reads. */
type Issue = z.core.$ZodIssue;

/** The object keys a strict schema at `path` accepts, for "did you mean" hints. */
export type KnownKeys = (path: readonly PropertyKey[]) => readonly string[];

/** English wording of an issue, independent of the Chinese message set on the schema. */
function englishOf(issue: Issue, field: string): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? `${field}: required field is missing`
        : `${field}: expected ${issue.expected}, got ${typeof issue.input}`;
    case 'too_big':
      return `${field}: must be at most ${String(issue.maximum)}`;
    case 'too_small':
      return `${field}: must be at least ${String(issue.minimum)}`;
    case 'unrecognized_keys':
      return `unknown field(s): ${issue.keys.join(', ')}`;
    case 'invalid_value':
      return `${field}: must be one of ${issue.values.map(String).join(', ')}`;
    case 'invalid_format':
      return `${field}: wrong format (${issue.format})`;
    default:
      return `${field}: ${issue.code}`;
  }
}

/** A Chinese fix hint for an issue whose message does not already say how to fix it. */
function fixOf(issue: Issue, field: string): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? `在文件开头的字段区加上“${field}: …”`
        : '按说明改成正确的类型（数字不加引号，列表用 [ ] 或 - ）';
    case 'too_big':
      return `改成不大于 ${String(issue.maximum)} 的值`;
    case 'too_small':
      return issue.origin === 'array'
        ? `至少填写 ${String(issue.minimum)} 项`
        : `改成不小于 ${String(issue.minimum)} 的值`;
    case 'invalid_value':
      return `从以下值中选一个：${issue.values.map(String).join('、')}`;
    default:
      return '按问题说明修改后重新生成';
  }
}

/** Converts the issues of one file's failed parse into ContentErrors. */
export function issuesToErrors(file: string, issues: readonly Issue[], knownKeys: KnownKeys): ContentError[] {
  return issues.flatMap((issue): ContentError[] => {
    if (issue.code === 'unrecognized_keys') {
      const known = knownKeys(issue.path);
      return issue.keys.map((key) => {
        const field = fieldPath([...issue.path, key]);
        const guess = didYouMean(key, known);
        return {
          file,
          field,
          zh: `未知字段“${key}”${guess ? `，是不是想写“${guess}”？` : ''}`,
          fix: guess ? `把“${key}”改成“${guess}”` : `删除该字段，或改成以下之一：${known.join('、')}`,
          en: `unknown field "${key}"${guess ? ` (did you mean "${guess}"?)` : ''}`,
        };
      });
    }
    const field = fieldPath(issue.path);
    const missing = issue.code === 'invalid_type' && issue.input === undefined;
    return [
      {
        file,
        field,
        zh: missing ? `缺少必填字段 ${fieldLabel(field)}` : issue.message,
        fix: fixOf(issue, field),
        en: englishOf(issue, field),
      },
    ];
  });
}
