/**
 * `npm run new` end to end, in a throwaway copy of content/: each kind writes a file that passes the content
 * checker, with its 待填写 places listed; an existing file is never overwritten; bad arguments write nothing.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listFiles } from '../../../src/validate/read-files';
import { checkContent } from '../../../src/validate';
import { sampleProject, type SampleProject } from '../../content/sample-project';
import { ROOT } from '../../support/build-site';
import { runNew } from '../../../scripts/new/run';
import { fillIn } from './fill-in';

/** Runs `npm run new -- <args>` against `root`, in this process. */
function runNewIn(root: string, ...args: string[]) {
  const result = runNew([...args, '--root', root]);
  return { status: result.code, stdout: result.stdout, stderr: result.stderr };
}

/** Runs the real command in a child process, for what only a process shows: output streams and exit code. */
function spawnNew(...args: string[]) {
  const cli = [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'scripts/new.ts')];
  return spawnSync(process.execPath, [...cli, ...args], { encoding: 'utf8' });
}

let project: SampleProject;
beforeAll(() => {
  project = sampleProject();
});
afterAll(() => project.remove());

const KINDS: [kind: string, args: string[], file: string][] = [
  // A village of 文留镇's roster without a profile yet: the profile takes the roster's slug.
  ['village', ['盛庄村', '--township', 'wenliu'], 'content/villages/wenliu/shengzhuang.mdx'],
  ['township', ['新习镇'], 'content/townships/xinxi.yaml'],
  [
    'bulletin',
    ['文留镇：召开创星推进会', '--township', 'wenliu', '--date', '2023-06-05'],
    'content/bulletins/2023-06-05-wenliu-zhaokai-chuangxing-tuijinhui.mdx',
  ],
  ['industry', ['蚂蚱养殖', '--township', 'wenliu'], 'content/industries/mazha-yangzhi.mdx'],
  ['honor', ['全国文明村', '--village', 'wenliu/qizhuang'], 'content/honors/quanguo-wenmingcun-qizhuang.yaml'],
];

describe.each(KINDS)('npm run new -- %s', (kind, args, file) => {
  let result: ReturnType<typeof runNewIn>;
  beforeAll(() => {
    result = runNewIn(project.root, kind, ...args);
  });

  it('writes a template that passes the content checker and says what to fill in', async () => {
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`${file}（wrote`);
    expect(result.stdout).toMatch(/把 \d+ 处“待填写”换成真实内容/u);
    expect((await checkContent(project.root)).errors).toEqual([]);
  });

  it('still passes once every optional example is switched on and every placeholder filled in', async () => {
    const path = join(project.root, file);
    const before = readFileSync(path, 'utf8');
    fillIn(project.root, file);
    const comments = (text: string) => text.split('\n').filter((line) => line.startsWith('# ')).length;
    expect(comments(readFileSync(path, 'utf8'))).toBeLessThanOrEqual(comments(before) - 3);
    expect((await checkContent(project.root)).errors).toEqual([]);
    project.write(file.replace(/^content\//u, ''), before);
  });

  it('refuses to overwrite the file, naming it, and leaves it as it was', () => {
    const before = readFileSync(join(project.root, file), 'utf8');
    const again = runNewIn(project.root, kind, ...args);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/^错误：文件已存在，不会覆盖：.*/u);
    expect(again.stderr).toContain(file);
    expect(readFileSync(join(project.root, file), 'utf8')).toBe(before);
  });
});

describe('npm run new -- village, in a township with a roster', () => {
  it('refuses a village that is not in the roster, naming the roster and the closest names, and writes nothing', () => {
    const before = listFiles(join(project.root, 'content'));
    const result = runNewIn(project.root, 'village', '胡各庄村', '--township', 'wenliu');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('“胡各庄村”不在文留镇的名册里（content/roster/wenliu.yaml）');
    expect(result.stderr).toContain('胡家庄村');
    expect(result.stderr).toContain('npm run roster');
    expect(listFiles(join(project.root, 'content'))).toEqual(before);
  });
});

describe('npm run new -- --md (plain Markdown)', () => {
  it('writes a .md village that passes the checker, and never a second file with the same id', async () => {
    const written = runNewIn(project.root, 'village', '安庄村', '--township', 'wenliu', '--md');
    expect(written.stderr).toBe('');
    expect(written.stdout).toContain('content/villages/wenliu/anzhuang.md（wrote');
    expect((await checkContent(project.root)).errors).toEqual([]);
    const before = listFiles(join(project.root, 'content'));
    // The same village again as MDX is refused: one id, two files.
    const twin = runNewIn(project.root, 'village', '安庄村', '--township', 'wenliu');
    expect(twin.status).toBe(1);
    expect(twin.stderr).toMatch(/^错误：已有同名文件 .*content\/villages\/wenliu\/anzhuang\.md/u);
    expect(listFiles(join(project.root, 'content'))).toEqual(before);
  });
});

describe('bad arguments', () => {
  it.each([
    [['villag', '胡家庄村'], '不认识的类型“villag”'],
    [['village'], '村的名称有问题：名称不能为空'],
    [['village', 'hujiazhuang', '--township', 'wenliu'], '里没有汉字'],
    [['village', '@@##', '--township', 'wenliu'], '里没有汉字'],
    [['village', '胡庄村'], '新建村要用 --township'],
    [['village', '胡庄村', '--township', 'wenlu'], '找不到乡镇“wenlu”。是不是想写 wenliu？'],
    [['bulletin', '标题', '--township', 'wenliu', '--date', '2023-02-30'], '--date 的日期“2023-02-30”不存在'],
    [['honor', '全国文明村', '--village', 'wenliu/nope'], '找不到村“wenliu/nope”'],
    [['township', '新城镇', '--township', 'wenliu'], '新建乡镇不需要 --township'],
    [['village', '胡庄村', '--township', 'wenliu', '--color'], '不认识的选项 --color'],
    [['village', '胡庄村', '--township', 'wenliu', '--slug', 'Hu_Zhuang'], '--slug 只能用小写拼音字母'],
    [['village', '胡', '庄村', '--township', 'wenliu'], '多余的参数“庄村”'],
  ])('%j → a Chinese message, exit 2, nothing written', (args, message) => {
    const before = listFiles(join(project.root, 'content'));
    const result = runNewIn(project.root, ...args);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^错误：/u);
    expect(result.stderr).toContain(message);
    expect(result.stderr).toContain('npm run new -- --help');
    expect(listFiles(join(project.root, 'content'))).toEqual(before);
  });

  it('--help explains the command in Chinese and in English', () => {
    const result = runNewIn(project.root, '--help');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^用法：npm run new -- <类型> <中文名>/u);
    expect(result.stdout).toContain('Usage: npm run new -- <village|bulletin|industry|honor|township>');
  });
});

describe('as a command', () => {
  it('exits 0 with the usage on stdout for --help, and 2 with the message on stderr for a bad kind', () => {
    const help = spawnNew('--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('用法：npm run new');
    const bad = spawnNew('villag', '胡家庄村', '--root', project.root);
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/^错误：不认识的类型“villag”/u);
  });
});
