/**
 * Test helper: does to a scaffolded file what a careful editor would do with every optional part: removes the
 * `# ` in front of each commented example, puts the photo the template names in place, and points the
 * placeholder village references at a real village. What remains are 待填写 texts, which are valid values.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ROOT } from '../../support/build-site';

/** A commented example line: `# key: …`, `#   - …` or `#   key: …` (explanations start with Chinese text). */
const EXAMPLE = /^# ((?:\s*-\s+)?[a-zA-Z]+:(?:\s|$)|\s+\S)/u;

/** Switches on every example of `file` (relative to `root`) and supplies what they point to. */
export function fillIn(root: string, file: string): void {
  const path = join(root, file);
  const text = readFileSync(path, 'utf8')
    .split('\n')
    .map((line) => (EXAMPLE.test(line) ? line.slice(2) : line))
    .join('\n')
    .replaceAll('/待填写]', '/hujiazhuang]');
  writeFileSync(path, text);
  for (const match of text.matchAll(/file: (\.\/\S+\.jpg)/gu)) {
    const image = join(dirname(path), match[1]!);
    mkdirSync(dirname(image), { recursive: true });
    copyFileSync(join(ROOT, 'content/townships/wenliu/guanmo.jpg'), image);
  }
}
