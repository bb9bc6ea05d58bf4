/**
 * `npm run roster` end to end on a temporary content/ folder, with real rows (fixtures/dist): what it writes, that
 * staff's files stay as they are, that a re-run changes nothing, profile slugs, renames, units gone, errors.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { beforeEach, describe, expect, it } from 'vitest';
import { rosterSchema } from '../../../src/schema/collections';
import { checkContent } from '../../../src/validate';
import { runRoster } from '../../../scripts/roster/run';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const DIST = join(FIXTURES, 'dist');
const WENLIU = 'name: 文留镇\nvillageCount: 62\nsecretary: 刘树月\n';

let content: string;

/** Writes a file below the temporary content/ folder. */
function put(path: string, text: string): void {
  mkdirSync(join(content, path, '..'), { recursive: true });
  writeFileSync(join(content, path), text);
}

/** Every file below content/ with its text, to compare two runs. */
function snapshot(dir = content): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => [join(entry.parentPath, entry.name), readFileSync(join(entry.parentPath, entry.name), 'utf8')]),
  );
}

const roster = (slug: string) => yaml.load(readFileSync(join(content, 'roster', `${slug}.yaml`), 'utf8'));
const run = (...args: string[]) => runRoster(['--content', content, ...args]);

beforeEach(() => {
  content = join(mkdtempSync(join(tmpdir(), 'roster-')), 'content');
  put('county.yaml', 'name: 濮阳县\n');
  put('townships/wenliu.yaml', WENLIU);
  put('villages/wenliu/hujiazhuang.mdx', '---\nname: 胡家庄村\ntownship: wenliu\n---\n');
  put('villages/qingzu/panjia.mdx', '---\nname: 潘家\ntownship: qingzu\n---\n');
  put('villages/qingzu/taiping.mdx', '---\nname: 太平\nprintedName: 太平渔业\ntownship: qingzu\n---\n');
});

describe('npm run roster', () => {
  it('writes a valid roster per township and creates missing township files, leaving staff files alone', () => {
    const result = run('--from', DIST, '--code', '410928');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(readdirSync(join(content, 'roster')).sort()).toEqual(
      ['bagongqiao', 'baigang', 'chengguan', 'qingzu', 'wenliu'].map((slug) => `${slug}.yaml`),
    );
    for (const slug of ['bagongqiao', 'baigang', 'chengguan', 'qingzu', 'wenliu']) {
      expect(rosterSchema.safeParse(roster(slug)).success).toBe(true);
    }
    expect(readFileSync(join(content, 'roster/wenliu.yaml'), 'utf8')).toMatch(
      /^# 文留镇的村级单位名册：由 npm run roster/u,
    );
    expect(readFileSync(join(content, 'roster/wenliu.yaml'), 'utf8')).toContain("code: '410928102'\n");
    expect(readFileSync(join(content, 'townships/wenliu.yaml'), 'utf8')).toBe(WENLIU);
    expect(yaml.load(readFileSync(join(content, 'townships/qingzu.yaml'), 'utf8'))).toEqual({
      name: '庆祖镇',
      villageCount: 13,
    });
    expect(result.stdout).toContain(
      'content/townships/wenliu.yaml 写的 villageCount 是 62，区划代码表里有 11 个村级单位（9 个村、2 个社区）',
    );
  });

  it('takes the file names of existing profiles as slugs, with or without 村 in their names', () => {
    run('--from', DIST, '--code', '410928');
    const slugOf = (township: string, name: string) =>
      (roster(township) as { villages: { name: string; slug: string }[] }).villages.find((v) => v.name === name)?.slug;
    expect(slugOf('wenliu', '胡家庄村')).toBe('hujiazhuang');
    expect(slugOf('qingzu', '潘家村')).toBe('panjia');
    expect(slugOf('qingzu', '太平村')).toBe('taiping');
    expect(slugOf('chengguan', '御井居委会')).toBe('yujingjuweihui');
    expect(slugOf('bagongqiao', '燕寨村')).toBe('yanzhai-259');
  });

  it('changes nothing when run again', () => {
    run('--from', DIST, '--code', '410928');
    const before = snapshot();
    const again = run('--from', DIST, '--code', '410928');
    expect(snapshot()).toEqual(before);
    expect(again.stdout).toContain('已写名册 0 个，已新建乡镇文件 0 个，名册无变化 5 个');
    expect(again.stdout).not.toContain('新增');
  });

  it('reports a renamed unit and keeps a unit gone from the list, unless --prune', () => {
    run('--from', DIST, '--code', '410928102');
    const path = join(content, 'roster/wenliu.yaml');
    const edited = readFileSync(path, 'utf8')
      .replace('officialName: 盛庄村委会', 'officialName: 盛家庄村委会')
      .replace('officialName: 濮阳县文留镇', 'officialName: 文留镇')
      .replace(/(villages:\n)/u, "$1  - { code: '410928102199', officialName: 旧村委会, name: 旧村, slug: jiu }\n");
    writeFileSync(path, edited);
    const result = run('--from', DIST, '--code', '410928102');
    expect(result.stdout).toContain('改名 410928102202：盛家庄村委会 → 盛庄村委会');
    expect(result.stdout).toContain('乡镇改名 410928102：文留镇 → 濮阳县文留镇');
    expect(result.stdout).toContain('旧村（410928102199）区划代码表里已没有');
    expect(readFileSync(path, 'utf8')).toMatch(/slug: jiu \} # 区划代码表里已没有这个单位/u);
    const pruned = run('--from', DIST, '--code', '410928102', '--prune');
    expect(pruned.stdout).toContain('从名册删除 旧村');
    expect(readFileSync(path, 'utf8')).not.toContain('410928102199');
  });

  it('imports the plain table staff copy', () => {
    const result = run('--from', join(FIXTURES, 'plain-baigang.csv'), '--code', '410928206');
    expect(result.code).toBe(0);
    expect(roster('baigang')).toMatchObject({
      code: '410928206',
      officialName: '濮阳县白堽乡',
      source: '统计用区划代码表（plain-baigang.csv）',
    });
    expect(yaml.load(readFileSync(join(content, 'townships/baigang.yaml'), 'utf8'))).toEqual({
      name: '白堽乡',
      villageCount: 4,
    });
  });

  it('imports a second county (清丰县), whose township names carry no county prefix', () => {
    put('county.yaml', 'name: 清丰县\n');
    expect(run('--from', DIST, '--code', '410922').code).toBe(0);
    expect(roster('wawutou')).toMatchObject({ officialName: '瓦屋头镇' });
    const names = (roster('wawutou') as { villages: { name: string }[] }).villages.map((village) => village.name);
    expect(names).toEqual(['瓦南街村', '大张村', '卫城社区']);
  });

  it('refuses a table whose village has no township row', () => {
    const file = join(content, '..', 'villages-only.csv');
    writeFileSync(file, '410928206000,濮阳县白堽乡\n410928206207,石楼村委会\n410928207201,后梨园村委会\n');
    expect(run('--from', file, '--code', '410928').stderr).toContain(
      '第 3 行的 后梨园村委会（410928207201）所属的乡镇 410928207 不在表里',
    );
  });

  it('writes nothing with --dry-run', () => {
    const before = snapshot();
    expect(run('--from', DIST, '--code', '410928', '--dry-run').stdout).toContain('（--dry-run：没有写任何文件）');
    expect(snapshot()).toEqual(before);
  });

  it('refuses a wrong code, a code not in the list and a file in the wrong format, in Chinese', () => {
    expect(run('--from', DIST, '--code', '4109281').stderr).toMatch(/^错误：区划代码“4109281”不对/u);
    expect(run('--from', DIST, '--code', '410999').stderr).toContain('里没有代码为 410999 的县（区）');
    const bad = join(content, '..', 'bad.csv');
    writeFileSync(bad, '410928206000,濮阳县白堽乡\n410928206207;石楼村委会\n');
    const result = run('--from', bad, '--code', '410928206');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('bad.csv 第 2 行格式不对');
    expect(run('--code', '410928').stderr).toContain('缺少 --from');
    expect(run('--from', DIST, '--code', '410928').code).toBe(0);
    expect(run('--from', DIST, '--code', '410922').stderr).toContain(
      'content/roster/bagongqiao.yaml 是另一个县（410928）的名册',
    );
  });
});

describe('the project with a roster', () => {
  it('passes the content checker after importing the fixture county into a copy of content/', async () => {
    const root = mkdtempSync(join(tmpdir(), 'roster-project-'));
    cpSync(join(import.meta.dirname, '../../../content'), join(root, 'content'), { recursive: true });
    content = join(root, 'content');
    expect(run('--from', DIST, '--code', '410928').code).toBe(0);
    const { errors } = await checkContent(root);
    expect(errors).toEqual([]);
  });
});
