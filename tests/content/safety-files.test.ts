/**
 * Files as staff save them (BOM, GBK, symbolic links) and the budgets the model lacks (body size, future dates,
 * industries' villages), as pure checks.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  checkBodySize,
  checkFutureDates,
  checkIndustryTownships,
  MAX_BODY_CHARACTERS,
} from '../../src/validate/safety/budgets';
import { decodeContent, symlinkErrors } from '../../src/validate/safety/files';

const FILE = 'content/townships/wenliu.yaml';

describe('decoding', () => {
  it('removes a UTF-8 byte order mark', () => {
    expect(decodeContent(FILE, Buffer.from('\uFEFFname: 文留镇\r\n'))).toEqual({ text: 'name: 文留镇\r\n' });
  });

  it('names a GBK file and says how to re-save it', () => {
    const gbk = Buffer.from([0x6e, 0x61, 0x6d, 0x65, 0x3a, 0x20, 0xce, 0xc4, 0xc1, 0xf4, 0xd5, 0xf2]); // name: 文留镇
    const { error } = decodeContent(FILE, gbk);
    expect(error).toMatchObject({ file: FILE, field: '' });
    expect(error!.zh).toContain('GBK 编码');
    expect(error!.fix).toContain('另存为');
    expect(error!.fix).toContain('UTF-8');
  });

  it('names other bytes that are not UTF-8', () => {
    expect(decodeContent(FILE, Buffer.from([0xff, 0xfe, 0xff]))?.error?.zh).toContain('不是 UTF-8');
  });
});

describe('symbolic links', () => {
  const root = mkdtempSync(join(tmpdir(), 'chuangxing-links-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('refuses a linked file and a linked folder without entering it', () => {
    mkdirSync(join(root, 'outside/deep'), { recursive: true });
    writeFileSync(join(root, 'outside/secret.mdx'), 'x');
    mkdirSync(join(root, 'content/villages/wenliu'), { recursive: true });
    writeFileSync(join(root, 'content/villages/wenliu/real.mdx'), 'x');
    symlinkSync(join(root, 'outside/secret.mdx'), join(root, 'content/villages/wenliu/link.mdx'));
    symlinkSync(join(root, 'outside'), join(root, 'content/villages/qingzu'));
    expect(symlinkErrors(root).map((error) => error.file)).toEqual([
      'content/villages/qingzu',
      'content/villages/wenliu/link.mdx',
    ]);
    expect(symlinkErrors(root)[0]!.zh).toContain('符号链接');
  });
});

describe('budgets', () => {
  it('refuses a body over the size budget, with the number', () => {
    expect(checkBodySize('a.mdx', '字'.repeat(MAX_BODY_CHARACTERS))).toEqual([]);
    const [error] = checkBodySize('a.mdx', '字'.repeat(MAX_BODY_CHARACTERS + 1));
    expect(error).toMatchObject({ file: 'a.mdx', field: '正文' });
    expect(error!.zh).toContain(`${MAX_BODY_CHARACTERS + 1} 个字符`);
  });

  const today = new Date('2024-03-10T08:00:00Z');
  it('refuses a bulletin date and a photo date in the future', () => {
    const data = { date: new Date('2034-03-01'), photos: [{ date: new Date('2024-03-20') }, { date: new Date('2023-01-01') }] };
    const errors = checkFutureDates('b.mdx', data, today);
    expect(errors.map((error) => error.field)).toEqual(['date', 'photos[0].date']);
    expect(errors[0]!.zh).toContain('2034-03-01');
  });

  it('allows today and the next two days', () => {
    expect(checkFutureDates('b.mdx', { date: new Date('2024-03-12') }, today)).toEqual([]);
  });

  it('refuses an industry village whose township the industry does not list', () => {
    const industry = {
      id: 'sigua',
      file: 'content/industries/sigua.mdx',
      data: { townships: ['wenliu'], villages: ['wenliu/hujiazhuang', 'qingzu/changzhai'] },
    };
    const errors = checkIndustryTownships({ industries: [industry] } as never);
    expect(errors).toMatchObject([{ file: industry.file, field: 'villages[1]' }]);
    expect(errors[0]!.fix).toContain('qingzu');
  });
});
