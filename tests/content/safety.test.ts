/**
 * Safe content through the whole checker (issue 13): each unsafe thing staff may paste into a copy of the sample is
 * reported in that file alone, with the field or line; the harmless variants keep the sample passing.
 */
import { mkdirSync, readFileSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatContentReport } from '../../src/validate/content-errors';
import { checkContent } from '../../src/validate';
import { type SampleProject, sampleProject } from './sample-project';

const VILLAGE = 'villages/wenliu/hujiazhuang.mdx';
const TOWNSHIP = 'townships/wenliu.yaml';
const BULLETIN = 'bulletins/2023-wenliu-chuangxing-malasong.mdx';

/** Appends a paragraph to a page's body; returns the file line it is on. */
function append(project: SampleProject, file: string, text: string): number {
  project.edit(file, (source) => `${source.trimEnd()}\n\n${text}\n`);
  const lines = readFileSync(join(project.root, 'content', file), 'utf8').split('\n');
  return lines.indexOf(text.split('\n')[0]!) + 1;
}

interface Case {
  mistake: string;
  /** Breaks the copy; returns the line the message must name, if any. */
  breakIt: (project: SampleProject) => number | void;
  file: string;
  field: string;
  says: string;
}

const body = (text: string, file = VILLAGE) => (project: SampleProject) => append(project, file, text);

const CASES: Case[] = [
  { mistake: 'a secret in an expression', breakIt: body('{process.env.SECRET}'), file: VILLAGE, field: '正文', says: '当作代码' },
  { mistake: 'a brace meant as text', breakIt: body('实行{积分制}管理'), file: VILLAGE, field: '正文', says: '｛｝' },
  { mistake: 'an import', breakIt: body("import Map from './map.astro'"), file: VILLAGE, field: '正文', says: 'import' },
  { mistake: 'a tracker script', breakIt: body('<script src="https://hm.baidu.com/hm.js"></script>', BULLETIN), file: BULLETIN, field: '正文', says: '<script>' },
  { mistake: '<SCRIPT>', breakIt: body('<SCRIPT>alert(document.cookie)</SCRIPT>', BULLETIN), file: BULLETIN, field: '正文', says: '<SCRIPT>' },
  { mistake: 'an <iframe> video', breakIt: body('<iframe src="https://v.qq.com/txp/iframe/player.html"></iframe>'), file: VILLAGE, field: '正文', says: '<iframe>' },
  { mistake: '<img onerror>', breakIt: body('<img src="x" onerror="alert(1)" />'), file: VILLAGE, field: '正文', says: 'onerror' },
  { mistake: 'onmouseover', breakIt: body('<strong onmouseover="alert(1)">看这里</strong>'), file: VILLAGE, field: '正文', says: '事件属性' },
  { mistake: '[x](javascript:…)', breakIt: body('[点击](javascript:alert(1))'), file: VILLAGE, field: '正文', says: '是脚本' },
  { mistake: '<a href="JaVaScRiPt:…">', breakIt: body('<a href="JaVaScRiPt:alert(1)">点击</a>'), file: VILLAGE, field: '正文', says: '是脚本' },
  { mistake: 'a WeChat image', breakIt: body('![](https://mmbiz.qpic.cn/mmbiz_jpg/abc/640)'), file: VILLAGE, field: '正文', says: '别的网站' },
  { mistake: 'a CDN <img>', breakIt: body('<img src="https://cdn.example.com/a.png" alt="a" />'), file: VILLAGE, field: '正文', says: '别的网站' },
  { mistake: 'a missing body image', breakIt: body('![大棚](./hujiazhuang/dapeng.jpg)'), file: VILLAGE, field: '正文', says: '找不到正文图片' },
  {
    mistake: 'an ID number in a field',
    breakIt: (p) => p.edit(TOWNSHIP, (s) => s.replace('text: “五星”', 'text: 身份证 410928199001011039，“五星”')),
    file: TOWNSHIP,
    field: 'quote.text',
    says: '4109**********1039',
  },
  { mistake: 'an ID number ending in X in a body', breakIt: body('户主身份证号 41092819900101108X。'), file: VILLAGE, field: '正文', says: '4109**********108X' },
  {
    mistake: 'a mobile with spaces in a caption',
    breakIt: (p) => p.edit(TOWNSHIP, (s) => s.replace('caption: “五星”支部创建观摩学习', 'caption: 观摩学习（联系人 138 1234 5678）')),
    file: TOWNSHIP,
    field: 'photos[1].caption',
    says: '138****5678',
  },
  { mistake: 'a bank card in a body', breakIt: body('补贴打入 6222 0212 3456 7890 128。', BULLETIN), file: BULLETIN, field: '正文', says: '6222***********0128' },
  {
    mistake: 'a bulletin dated in the future',
    breakIt: (p) => p.edit(BULLETIN, (s) => s.replace('date: 2023-06-01', 'date: 2093-06-01')),
    file: BULLETIN,
    field: 'date',
    says: '在未来',
  },
  {
    mistake: 'an industry village outside its townships',
    breakIt: (p) => p.edit('industries/sigua.mdx', (s) => s.replace('villages: [wenliu/qizhuang]', 'villages: [wenliu/qizhuang, qingzu/changzhai]')),
    file: 'industries/sigua.mdx',
    field: 'villages[1]',
    says: 'townships 里没有“qingzu”',
  },
  { mistake: 'a body over 50,000 characters', breakIt: (p) => void append(p, VILLAGE, '字'.repeat(50_001)), file: VILLAGE, field: '正文', says: '个字符，超过了上限' },
  {
    mistake: 'a GBK-encoded file',
    breakIt: (p) => p.write(TOWNSHIP, Buffer.concat([Buffer.from('name: '), Buffer.from([0xce, 0xc4, 0xc1, 0xf4, 0xd5, 0xf2])])),
    file: TOWNSHIP,
    field: '',
    says: 'GBK 编码',
  },
];

describe('unsafe content', () => {
  let project: SampleProject | undefined;
  afterEach(() => project?.remove());

  it.each(CASES)('$mistake → names $file and $field', async ({ breakIt, file, field, says }) => {
    project = sampleProject();
    const line = breakIt(project);
    const { errors } = await checkContent(project.root);
    const report = formatContentReport(errors);
    expect(errors.map((e) => `${e.file} › ${e.field}`)).toContain(`content/${file} › ${field}`);
    expect(errors.every((error) => error.file === `content/${file}`), report).toBe(true);
    expect(report).toContain(says);
    if (typeof line === 'number') expect(report).toContain(`第 ${line} 行`);
  });

  it('a symbolic link to a file or a folder is refused and not followed', async () => {
    project = sampleProject();
    mkdirSync(join(project.root, 'outside'));
    writeFileSync(join(project.root, 'outside/secret.mdx'), '---\nname: 秘密\n---\n');
    symlinkSync(join(project.root, 'outside/secret.mdx'), join(project.root, 'content/villages/wenliu/secret.mdx'));
    symlinkSync(join(project.root, 'outside'), join(project.root, 'content/villages/outside'));
    const { errors } = await checkContent(project.root);
    expect(errors.map((error) => error.file)).toEqual(['content/villages/outside', 'content/villages/wenliu/secret.mdx']);
    expect(formatContentReport(errors)).toContain('符号链接');
  });

  it('a YAML error names the right line in a CRLF file with a BOM', async () => {
    project = sampleProject();
    project.edit(TOWNSHIP, (s) => `\uFEFF${s.replace('secretary: 刘树月', '\tsecretary: 刘树月').replaceAll('\n', '\r\n')}`);
    const { errors } = await checkContent(project.root);
    expect(errors).toMatchObject([{ file: `content/${TOWNSHIP}` }]);
    expect(errors[0]!.zh).toContain('第 4 行');
  });

  it('stray extensions are named in warnings', async () => {
    project = sampleProject();
    project.write('villages/wenliu/test.mdx.txt', 'x');
    project.write('villages/wenliu/test2.MDX', 'x');
    project.write('townships/test.Yaml', 'x');
    const { warnings } = await checkContent(project.root);
    expect(warnings.map((warning) => warning.file)).toEqual([
      'content/townships/test.Yaml',
      'content/villages/wenliu/test.mdx.txt',
      'content/villages/wenliu/test2.MDX',
    ]);
  });
});

describe('safe content that must keep passing', () => {
  let project: SampleProject | undefined;
  afterEach(() => project?.remove());

  const passes = async (breakIt: (project: SampleProject) => void) => {
    project = sampleProject();
    breakIt(project);
    const { errors } = await checkContent(project.root);
    expect(errors, formatContentReport(errors)).toEqual([]);
  };

  it('a BOM in .mdx and .yaml', () =>
    passes((p) => {
      p.edit(VILLAGE, (s) => `\uFEFF${s}`);
      p.edit(TOWNSHIP, (s) => `\uFEFF${s}`);
    }));
  it('CRLF line ends in .mdx and .yaml', () =>
    passes((p) => {
      p.edit(VILLAGE, (s) => s.replaceAll('\n', '\r\n'));
      p.edit(TOWNSHIP, (s) => s.replaceAll('\n', '\r\n'));
    }));
  it('a public landline and a hotline', () => passes(body('咨询电话 0393-8123456，市民热线 12345。')));
  it('an external <a href>', () => passes(body('<a href="https://www.puyang.gov.cn/">濮阳县人民政府</a>')));
  it('harmless HTML', () => passes(body('亩产提高 3<sup>2</sup> 倍<br />')));
  it('a <!-- comment --> in a .md body', () =>
    passes((p) => {
      const dir = join(p.root, 'content/villages/wenliu');
      renameSync(join(dir, 'hujiazhuang.mdx'), join(dir, 'hujiazhuang.md'));
      append(p, 'villages/wenliu/hujiazhuang.md', '<!-- 待补充：村委会的数据 -->');
    }));
  it('a mobile declared in publicContacts, used in a body', () =>
    passes((p) => {
      p.edit(TOWNSHIP, (s) => `${s}publicContacts:\n  - name: 便民服务中心\n    phone: 138-1234-5678\n    reason: 夜间值班手机\n`);
      append(p, VILLAGE, '夜间值班电话 138 1234 5678。');
    }));
});
