/**
 * `npm run import` end to end: the script runs under the pinned Node (the one running vitest) with tsx, in a
 * temporary copy of the project's content, so the drafts it writes can be checked by the real content checker.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/validate';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const SCRIPT = join(REPO, 'scripts', 'import.ts');
const TSX = pathToFileURL(join(REPO, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;
const FIXTURE = fileURLToPath(new URL('../../../../shared/fixtures/newspaper/wenliu-2023.txt', import.meta.url));

let root: string;
let bulletins: string;

/** Runs the importer in the temporary project; `--root` points at it unless the test passes its own. */
function run(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', TSX, SCRIPT, ...args], { cwd: root, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The files in the temporary bulletins folder, hidden temporary files included. */
const listing = () => readdirSync(bulletins).sort();

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'chuangxing-import-'));
  cpSync(join(REPO, 'content'), join(root, 'content'), { recursive: true });
  bulletins = join(root, 'content', 'bulletins');
  writeFileSync(join(root, 'no-township.txt'), '某地召开会议。\n\n会议要求抓好落实。\n');
  writeFileSync(join(root, 'gbk.txt'), Buffer.from([0xce, 0xc4, 0xc1, 0xf4, 0xd5, 0xf2, 0x0a]));
  writeFileSync(join(root, 'empty.txt'), '\n \n');
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('npm run import', () => {
  it('prints usage in Chinese and English with --help, writing nothing', () => {
    const before = listing();
    const { code, stdout } = run('--help');
    expect(code).toBe(0);
    expect(stdout).toContain('用法：npm run import -- <文件.txt>');
    expect(stdout).toContain('Usage: npm run import -- <file.txt>');
    expect(listing()).toEqual(before);
  });

  it('writes a draft the content checker accepts, and prints what it changed', async () => {
    const { code, stdout, stderr } = run(FIXTURE, '--root', root, '--date', '2023-06-01');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const file = join(bulletins, '2023-06-01-wenliu-dangjian-yinling-ningju-heli.mdx');
    expect(stdout).toContain(
      '已写入草稿 Draft written: content/bulletins/2023-06-01-wenliu-dangjian-yinling-ningju-heli.mdx',
    );
    expect(stdout).toMatch(/ 8 {2}合并重复字形/u);
    expect(stdout).toMatch(/ 3 {2}识别小标题/u);
    expect(stdout).toMatch(/ 2 {2}收集图片说明/u);
    expect(stdout).toMatch(/\d+ {2}删除多余空格/u);
    expect(stdout).toMatch(/\d+ {2}合并断行/u);
    expect(stdout).toMatch(/title +推断 inferred/u);
    expect(stdout).toMatch(/date +已指定 given/u);
    expect(stdout).toMatch(/source +待填写/u);
    expect(stdout).toContain('督导问效');
    expect(readFileSync(file, 'utf8')).toContain('title: "党建引领凝聚合力下活“一盘棋”"');
    const { errors, content } = await checkContent(root);
    expect(errors.filter((error) => error.file.includes('dangjian-yinling'))).toEqual([]);
    expect(content.bulletins.some((entry) => entry.id === '2023-06-01-wenliu-dangjian-yinling-ningju-heli')).toBe(true);
    expect(listing().filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses to overwrite an existing file, naming it, and leaves it as it was', () => {
    const file = join(bulletins, '2023-06-01-wenliu-dangjian-yinling-ningju-heli.mdx');
    const before = readFileSync(file, 'utf8');
    const { code, stderr } = run(FIXTURE, '--root', root, '--date', '2023-06-01');
    expect(code).not.toBe(0);
    expect(stderr).toContain(
      '文件已存在，不会覆盖：content/bulletins/2023-06-01-wenliu-dangjian-yinling-ningju-heli.mdx',
    );
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect(listing().filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('uses --township and --out, creating folders, and notes the other township the text names', () => {
    const { code, stdout } = run(FIXTURE, '--root', root, '--township', 'qingzu', '--out', 'drafts/new/a.mdx');
    expect(code).toBe(0);
    const text = readFileSync(join(root, 'drafts', 'new', 'a.mdx'), 'utf8');
    expect(text).toContain('townships:\n  - "qingzu"\n');
    expect(text).toContain('# 请核对：未指定 --date，暂用今天的日期');
    expect(stdout).toMatch(/townships +已指定 given/u);
    expect(stdout).toMatch(/date +默认 default/u);
    expect(stdout).toContain('正文还提到其他乡镇：wenliu');
  });

  it("names the draft with today's date when --date is left out", () => {
    const today = new Date();
    const date = [today.getFullYear(), today.getMonth() + 1, today.getDate()]
      .map((part) => String(part).padStart(2, '0'))
      .join('-');
    const { code } = run(FIXTURE, '--root', root);
    expect(code).toBe(0);
    expect(listing()).toContain(`${date}-wenliu-dangjian-yinling-ningju-heli.mdx`);
  });

  const mistakes: Array<[string, string[], RegExp]> = [
    ['no file', ['--root', '.'], /缺少要导入的文字文件/u],
    ['a missing file', ['nope.txt', '--root', '.'], /找不到或无法读取文件：nope\.txt/u],
    ['two files', ['a.txt', 'b.txt'], /一次只能导入一个文件/u],
    ['an unknown option', [FIXTURE, '--towship', 'wenliu'], /未知选项 --towship/u],
    ['an option without value', [FIXTURE, '--date'], /选项 --date 后面缺少值/u],
    [
      'an impossible date',
      [FIXTURE, '--root', '.', '--date', '2023-02-30'],
      /--date 的日期“2023-02-30”不存在或格式不对/u,
    ],
    ['a badly written date', [FIXTURE, '--root', '.', '--date', '2023/6/1'], /YYYY-MM-DD/u],
    [
      'an unknown township',
      [FIXTURE, '--root', '.', '--township', 'beijing'],
      /未知乡镇“beijing”.*已登记的乡镇：.*wenliu（文留镇）/u,
    ],
    [
      'a township that is not a slug',
      [FIXTURE, '--root', '.', '--township', '文留镇'],
      /--township 应是乡镇的拼音文件名/u,
    ],
    ['an --out that is not .mdx', [FIXTURE, '--root', '.', '--out', 'a.md'], /--out 的文件名应以 \.mdx 结尾/u],
    ['a file that is not UTF-8', ['gbk.txt', '--root', '.'], /文件不是 UTF-8 编码：gbk\.txt/u],
    ['a file without text', ['empty.txt', '--root', '.'], /文件里没有正文/u],
    [
      'text naming no registered township',
      ['no-township.txt', '--root', '.'],
      /没能从正文认出乡镇，请用 --township 指定/u,
    ],
  ];

  it.each(mistakes)('explains %s in Chinese first, exits non-zero and writes nothing', (_, args, message) => {
    const before = listing();
    const { code, stdout, stderr } = run(...args);
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/^错误：/u);
    expect(stderr).toMatch(message);
    expect(stdout).toBe('');
    expect(listing()).toEqual(before);
  });
});
