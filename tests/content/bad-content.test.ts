/**
 * The mistakes publicity staff make, one per case: each must be reported with the file and the field named,
 * in Chinese first, and nothing else in the sample may be reported.
 */
import { renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatContentReport } from '../../src/validate/content-errors';
import { checkContent } from '../../src/validate';
import { type SampleProject, sampleProject } from './sample-project';

const VILLAGE = 'villages/wenliu/hujiazhuang.mdx';
const TOWNSHIP = 'townships/wenliu.yaml';
const BULLETIN = 'bulletins/2023-wenliu-chuangxing-malasong.mdx';

interface Case {
  /** The mistake, as a person would describe it. */
  mistake: string;
  /** Breaks the sample copy. */
  breakIt: (project: SampleProject) => void;
  /** File (under content/) and field the message must name, and a word it must contain. */
  file: string;
  field: string;
  says: string;
}

const CASES: Case[] = [
  {
    mistake: 'star level above 5',
    breakIt: (p) => p.edit(VILLAGE, (s) => s.replace('level: 4', 'level: 6')),
    file: VILLAGE,
    field: 'stars[1].level',
    says: '最高是 5',
  },
  {
    mistake: 'level inconsistent with stars held',
    breakIt: (p) => p.edit(VILLAGE, (s) => s.replace('level: 4', 'level: 3')),
    file: VILLAGE,
    field: 'stars[1].level',
    says: 'held 列出了 4 颗星',
  },
  {
    mistake: 'unknown star name',
    breakIt: (p) => p.edit(VILLAGE, (s) => s.replace('held: [支部过硬星, 产业兴旺星, 平安法治星]', 'held: [支部过硬, 产业兴旺星, 平安法治星]')),
    file: VILLAGE,
    field: 'stars[0].held[0]',
    says: '星的名称只能是',
  },
  {
    mistake: 'unknown township',
    breakIt: (p) => p.edit(VILLAGE, (s) => s.replace('township: wenliu', 'township: wenlu')),
    file: VILLAGE,
    field: 'township',
    says: '是不是想写“wenliu”',
  },
  {
    mistake: 'misspelt field name',
    breakIt: (p) => p.edit(VILLAGE, (s) => s.replace('secretary: 胡庆民', 'secretry: 胡庆民')),
    file: VILLAGE,
    field: 'secretry',
    says: '是不是想写“secretary”',
  },
  {
    mistake: 'missing required field',
    breakIt: (p) => p.edit(TOWNSHIP, (s) => s.replace(/^villageCount: \d+\n/mu, '')),
    file: TOWNSHIP,
    field: 'villageCount',
    says: '缺少必填字段',
  },
  {
    mistake: 'negative count',
    breakIt: (p) => p.edit(TOWNSHIP, (s) => s.replace('fourStar: 11', 'fourStar: -11')),
    file: TOWNSHIP,
    field: 'targets[0].fourStar',
    says: '不能是负数',
  },
  {
    mistake: 'share written as a percentage (above 1)',
    breakIt: (p) => p.edit(TOWNSHIP, (s) => s.replace('threeStarOrAboveShare: 0.75', 'threeStarOrAboveShare: 75')),
    file: TOWNSHIP,
    field: 'targets[0].threeStarOrAboveShare',
    says: '不能大于 1',
  },
  {
    mistake: 'target count above the number of villages',
    breakIt: (p) => p.edit(TOWNSHIP, (s) => s.replace('fourStar: 11', 'fourStar: 70')),
    file: TOWNSHIP,
    field: 'targets[0]',
    says: '超过了行政村总数 62',
  },
  {
    mistake: 'impossible date',
    breakIt: (p) => p.edit(BULLETIN, (s) => s.replace('date: 2023-06-01', 'date: 2023-02-30')),
    file: BULLETIN,
    field: 'date',
    says: '不存在',
  },
  {
    mistake: 'unknown bulletin kind',
    breakIt: (p) => p.edit(BULLETIN, (s) => s.replace('kind: 典型案例', 'kind: 通知')),
    file: BULLETIN,
    field: 'kind',
    says: '通报类型只能是',
  },
  {
    mistake: 'reference to a village that does not exist',
    breakIt: (p) => p.edit(BULLETIN, (s) => s.replace('wenliu/qizhuang]', 'wenliu/qizhuangcun]')),
    file: BULLETIN,
    field: 'villages[1]',
    says: '找不到村',
  },
  {
    mistake: 'MDX syntax error in the body',
    breakIt: (p) => p.edit(BULLETIN, (s) => s.replace('## 每周一的书记大论坛', '## 每周一的书记大论坛 <b>')),
    file: BULLETIN,
    field: '正文',
    says: '第 14 行',
  },
  {
    mistake: 'malformed YAML (tab indentation, unclosed quote)',
    breakIt: (p) => p.edit(TOWNSHIP, (s) => s.replace('secretary: 刘树月', 'secretary: "刘树月')),
    file: TOWNSHIP,
    field: '',
    says: 'YAML 格式错误',
  },
  {
    mistake: 'malformed JSON',
    breakIt: (p) => p.write('honors/test-json.json', '{ "title": "全国文明村", "level": "国家级", }'),
    file: 'honors/test-json.json',
    field: '',
    says: 'JSON 格式错误',
  },
  {
    mistake: 'missing image',
    breakIt: (p) => p.edit(TOWNSHIP, (s) => s.replace('./wenliu/guanmo.jpg', './wenliu/guanmo2.jpg')),
    file: TOWNSHIP,
    field: 'photos[1].file',
    says: '找不到图片文件',
  },
  {
    mistake: 'a text file named .jpg',
    breakIt: (p) => p.write('townships/wenliu/guanmo.jpg', 'not really a picture'),
    file: TOWNSHIP,
    field: 'photos[1].file',
    says: '不是有效的图片文件',
  },
  {
    mistake: 'photo without a caption',
    breakIt: (p) => p.edit(TOWNSHIP, (s) => s.replace('    caption: “五星”支部创建观摩学习\n', '')),
    file: TOWNSHIP,
    field: 'photos[1].caption',
    says: '缺少必填字段',
  },
  {
    mistake: '"more than" figure written in words',
    breakIt: (p) => p.edit('metrics/wenliu-2023.yaml', (s) => s.replace('value: 6000+', 'value: 6000多')),
    file: 'metrics/wenliu-2023.yaml',
    field: 'series[3].items[1].value',
    says: '6000+',
  },
  {
    mistake: 'star both held and targeted',
    breakIt: (p) => p.edit(VILLAGE, (s) => s.replace('targeted: [文明幸福星]', 'targeted: [支部过硬星]')),
    file: VILLAGE,
    field: 'stars[1].targeted',
    says: '已经获得',
  },
  {
    mistake: 'unknown tier',
    breakIt: (p) => p.edit('villages/qingzu/changzhai.mdx', (s) => s.replace('tier: 领航村', 'tier: 示范村')),
    file: 'villages/qingzu/changzhai.mdx',
    field: 'tier',
    says: '村级分类只能是',
  },
  {
    mistake: 'honor with two recipients',
    breakIt: (p) => p.edit('honors/yicun-yipin-qizhuang.yaml', (s) => s.replace('recipient:\n', 'recipient:\n  township: wenliu\n')),
    file: 'honors/yicun-yipin-qizhuang.yaml',
    field: 'recipient',
    says: '只能填一个',
  },
  {
    mistake: 'star record for a year after the current year',
    breakIt: (p) => p.edit(VILLAGE, (s) => s.replace('year: 2023', 'year: 2025')),
    file: VILLAGE,
    field: 'stars[1].year',
    says: '晚于网站当前年度',
  },
];

describe('bad content', () => {
  let project: SampleProject | undefined;
  afterEach(() => project?.remove());

  it('the sample content passes', async () => {
    project = sampleProject();
    expect((await checkContent(project.root)).errors).toEqual([]);
  });

  it.each(CASES)('$mistake → names $file and $field', async ({ breakIt, file, field, says }) => {
    project = sampleProject();
    breakIt(project);
    const { errors } = await checkContent(project.root);
    const report = formatContentReport(errors);
    expect(errors.map((e) => `${e.file} › ${e.field}`)).toContain(`content/${file} › ${field}`);
    expect(errors.every((error) => error.file === `content/${file}`), report).toBe(true);
    expect(report).toContain(`content/${file}`);
    expect(report).toContain(says);
  });

  it('duplicate slug (same file name with another extension)', async () => {
    project = sampleProject();
    const dir = join(project.root, 'content/townships');
    project.write('townships/wenliu.yml', 'name: 文留镇\nvillageCount: 62\nsecretary: 刘树月\nsummary: 重复\n');
    const { errors } = await checkContent(project.root);
    expect(errors.map((e) => `${e.file} › ${e.field}`)).toContain('content/townships/wenliu.yml › 文件名');
    expect(formatContentReport(errors)).toContain('与 content/townships/wenliu.yaml 重复');
    rmSync(join(dir, 'wenliu.yml'));
  });

  it('file name that is not a pinyin slug', async () => {
    project = sampleProject();
    const dir = join(project.root, 'content/villages/wenliu');
    renameSync(join(dir, 'renzhuang.mdx'), join(dir, '任庄村.mdx'));
    const { errors } = await checkContent(project.root);
    expect(errors.map((e) => `${e.file} › ${e.field}`)).toContain('content/villages/wenliu/任庄村.mdx › 文件名');
  });

  it('two villages with the same name in different townships both work', async () => {
    project = sampleProject();
    // 刘庄村 is in the rosters of 郎中乡 and 文留镇 (and two more townships): each gets its own profile.
    project.mkdir('villages/langzhong');
    project.write(
      'villages/langzhong/liuzhuang.mdx',
      '---\nname: 刘庄村\ntownship: langzhong\nsummary: 同名村测试。\n---\n\n正文。\n',
    );
    const { errors, content } = await checkContent(project.root);
    expect(errors).toEqual([]);
    expect(content.villages.filter((v) => v.data.name === '刘庄村').map((v) => v.id)).toEqual([
      'langzhong/liuzhuang',
      'wenliu/liuzhuang',
    ]);
  });

  it('a village profile that is not in its township\'s roster is named, with the closest slug', async () => {
    project = sampleProject();
    project.write('villages/wenliu/hujiazhuan.mdx', '---\nname: 胡家砖村\ntownship: wenliu\nsummary: 测试。\n---\n\n正文。\n');
    const { errors } = await checkContent(project.root);
    expect(errors).toEqual([
      expect.objectContaining({
        file: 'content/villages/wenliu/hujiazhuan.mdx',
        field: '文件名',
        zh: expect.stringContaining('不在 content/roster/wenliu.yaml 的名册里'),
        fix: expect.stringContaining('是不是“hujiazhuang”'),
      }),
    ]);
  });
});
