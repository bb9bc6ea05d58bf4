/**
 * Bodies are content, not code: each refused construct is reported with the file line it is on and the fix; the
 * harmless HTML and links staff do write pass.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkBody } from '../../src/validate/safety/body';

const dir = mkdtempSync(join(tmpdir(), 'chuangxing-body-'));
writeFileSync(join(dir, 'dapeng.jpg'), 'x');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Checks `line` written as the 3rd line of a body that starts on file line 10 (so it is line 12). */
function check(extension: 'md' | 'mdx', line: string) {
  const file = `content/villages/wenliu/test.${extension}`;
  const body = `第一段。\n\n${line}\n`;
  return checkBody({ file, absolutePath: join(dir, `test.${extension}`), body, bodyLine: 10 });
}

/** A refused construct; `at` is the file line reported when it is not 12. */
const REFUSED: { name: string; formats: ('md' | 'mdx')[]; line: string; says: string; fix: string; at?: number }[] = [
  { name: 'import', formats: ['mdx'], line: "import X from './x.js'", says: 'import / export', fix: '删除' },
  { name: 'export', formats: ['mdx'], line: 'export const secret = 1', says: 'import / export', fix: '删除' },
  { name: 'an expression', formats: ['mdx'], line: '{process.env.SECRET}', says: '会被当作代码运行', fix: '\\{' },
  { name: 'a brace meant as text', formats: ['mdx'], line: '实行{积分制}管理', says: '{积分制}', fix: '全角 ｛｝' },
  { name: 'a component', formats: ['mdx'], line: '<Chart data="x" />', says: '不能用组件 <Chart>', fix: '删除' },
  { name: '<script>', formats: ['md', 'mdx'], line: '<script>alert(document.cookie)</script>', says: '<script>', fix: '删除' },
  { name: '<SCRIPT>', formats: ['md', 'mdx'], line: '<SCRIPT>alert(1)</SCRIPT>', says: '<SCRIPT>', fix: '删除' },
  { name: '<script type=module>', formats: ['md'], line: '<script type=module>x()</script>', says: '<script>', fix: '删除' },
  { name: '<style>', formats: ['md'], line: '<style>body { display: none; }</style>', says: '<style>', fix: '删除' },
  { name: '<style> @import', formats: ['mdx'], line: '<style>@import "https://x.cn/a.css";</style>', says: '<style>', fix: '删除' },
  { name: '<iframe>', formats: ['md', 'mdx'], line: '<iframe src="https://v.qq.com/x"></iframe>', says: '<iframe>', fix: '删除' },
  { name: '<object>', formats: ['md'], line: '<object data="x.swf"></object>', says: '<object>', fix: '删除' },
  { name: '<embed>', formats: ['md'], line: '<embed src="x.swf">', says: '<embed>', fix: '删除' },
  { name: '<form>', formats: ['md', 'mdx'], line: '<form action="https://x.cn/">x</form>', says: '<form>', fix: '删除' },
  { name: '<svg>', formats: ['md'], line: '<svg><script>x()</script></svg>', says: '<svg>', fix: '删除' },
  { name: '<meta>', formats: ['md'], line: '<meta http-equiv="refresh" content="0;url=https://x.cn">', says: '<meta>', fix: '删除' },
  { name: '<img onerror>', formats: ['md', 'mdx'], line: '<img src="./dapeng.jpg" onerror="alert(1)" />', says: 'onerror', fix: '删除 onerror' },
  { name: 'onmouseover', formats: ['md'], line: '<strong onmouseover="x()">看</strong>', says: '事件属性', fix: '删除' },
  { name: 'style with url()', formats: ['md'], line: '<p style="background:url(https://x.cn/t.gif)">x</p>', says: 'url()', fix: '删除 style' },
  { name: 'a javascript: link', formats: ['md', 'mdx'], line: '[点这里](javascript:alert(1))', says: '是脚本', fix: 'https://' },
  { name: 'JaVaScRiPt: in <a href>', formats: ['md', 'mdx'], line: '<a href="JaVaScRiPt:alert(1)">x</a>', says: '是脚本', fix: 'https://' },
  { name: 'an entity-hidden scheme', formats: ['md'], line: '<a href="java&#x09;script:alert(1)">x</a>', says: '是脚本', fix: 'https://' },
  { name: 'a data: URL', formats: ['md'], line: '[x](data:text/html;base64,PHNjcmlwdD4=)', says: '是脚本', fix: 'https://' },
  { name: 'a vbscript: reference link', formats: ['md'], line: '[x][1]\n\n[1]: vbscript:msgbox', says: '是脚本', fix: 'https://', at: 14 },
  { name: 'a hot-linked image', formats: ['md', 'mdx'], line: '![](https://mmbiz.qpic.cn/a.jpg)', says: '别的网站', fix: '写进 photos' },
  { name: 'a hot-linked <img>', formats: ['md', 'mdx'], line: '<img src="//cdn.example.com/a.png" />', says: '别的网站', fix: '写进 photos' },
  { name: 'a remote <video>', formats: ['md'], line: '<video src="https://x.cn/v.mp4"></video>', says: '别的网站', fix: '写进 photos' },
  { name: 'a missing body image', formats: ['md', 'mdx'], line: '![大棚](./dapeng2.jpg)', says: '找不到正文图片', fix: '检查文件名' },
  { name: 'a missing <img>', formats: ['md', 'mdx'], line: '<img src="./dapeng2.jpg" alt="大棚" />', says: '找不到正文图片', fix: '检查文件名' },
];

describe('refused in bodies', () => {
  for (const { name, formats, line, says, fix, at = 12 } of REFUSED) {
    for (const format of formats) {
      it(`${name} (.${format})`, () => {
        const errors = check(format, line);
        expect(errors.length, JSON.stringify(errors)).toBeGreaterThan(0);
        const error = errors.find((found) => found.zh.toLowerCase().includes(says.toLowerCase()));
        expect(error, JSON.stringify(errors)).toBeDefined();
        expect(error!.file).toBe(`content/villages/wenliu/test.${format}`);
        expect(error!.field).toBe('正文');
        expect(error!.zh).toMatch(new RegExp(`^第 ${at} 行：`, 'u'));
        expect(error!.fix).toContain(fix);
      });
    }
  }
});

const ACCEPTED: { name: string; formats: ('md' | 'mdx')[]; line: string }[] = [
  { name: 'an external <a href>', formats: ['md', 'mdx'], line: '<a href="https://www.puyang.gov.cn/" title="政府网">县政府</a>' },
  { name: 'an external Markdown link', formats: ['md', 'mdx'], line: '[人民网](https://www.people.com.cn/)' },
  { name: 'a comment in .md', formats: ['md'], line: '<!-- 待补充：村委会提供的数据 -->' },
  { name: 'harmless inline HTML', formats: ['md', 'mdx'], line: '亩产 1<sup>2</sup> <mark>增收</mark> <br /> H<sub>2</sub>O' },
  { name: 'a table', formats: ['md'], line: '<table><tr><th colspan="2">产量</th></tr><tr><td>1</td><td>2</td></tr></table>' },
  { name: 'a local body image', formats: ['md', 'mdx'], line: '![大棚](./dapeng.jpg)' },
  { name: 'a local <img>', formats: ['md', 'mdx'], line: '<img src="./dapeng.jpg" alt="大棚" />' },
  { name: 'an escaped brace', formats: ['mdx'], line: '实行\\{积分制\\}管理，全角｛也行｝' },
  { name: 'braces in .md', formats: ['md'], line: '实行{积分制}管理' },
  { name: 'a mailto link', formats: ['md'], line: '[来信](mailto:xcb@example.gov.cn)' },
];

describe('accepted in bodies', () => {
  for (const { name, formats, line } of ACCEPTED) {
    for (const format of formats) {
      it(`${name} (.${format})`, () => expect(check(format, line)).toEqual([]));
    }
  }
});
