/**
 * Residents' ID, mobile and bank card numbers are found in fields, body lines and file names, shown masked; public
 * office numbers and declared public mobiles pass.
 */
import { describe, expect, it } from 'vitest';
import {
  findPersonalData,
  isResidentId,
  publicPhones,
  scanBody,
  scanData,
  scanFileName,
} from '../../src/validate/safety/personal-data';

const NONE = new Set<string>();
const FILE = 'content/villages/wenliu/hujiazhuang.mdx';

describe('what is found', () => {
  it.each([
    ['an 18-digit ID', '户主身份证 410928199001011039。', 'id', '4109**********1039'],
    ['an ID ending in X', '身份证号：41092819900101108X', 'id', '4109**********108X'],
    ['an ID ending in lowercase x', '身份证号:41092819900101108x', 'id', '4109**********108X'],
    ['an old 15-digit ID', '老身份证 410928900101103', 'id', '4109*******1103'],
    ['a mobile', '联系电话13812345678', 'mobile', '138****5678'],
    ['a mobile with spaces', '电话 138 1234 5678 找老胡', 'mobile', '138****5678'],
    ['a mobile with dashes', '电话：159-3930-1234', 'mobile', '159****1234'],
    ['a mobile with +86', '微信 +86 138 1234 5678', 'mobile', '138****5678'],
    ['a bank card', '卡号 6222021234567890128', 'card', '6222***********0128'],
    ['a bank card in groups', '补贴打入 6222 0212 3456 7890 128', 'card', '6222***********0128'],
  ])('%s', (_, text, kind, masked) => {
    expect(findPersonalData(text)).toMatchObject([{ kind, masked }]);
  });

  it.each([
    ['an ID with a wrong check digit', '410928199001011038'],
    ['an ID with an impossible birth date', '410928199013011035'],
    ['a landline', '咨询电话 0393-8123456，(0393)3216543'],
    ['a hotline', '市民热线 12345，举报电话 12388'],
    ['a 12-digit division code', '区划代码 410928102201'],
    ['a mobile inside a longer number', '订单号 2023138123456789012'],
    ['a number that fails Luhn', '编号 6222021234567890123'],
    ['money and dates', '收入 1380000 元，2023-06-01，20230601'],
  ])('not %s', (_, text) => expect(findPersonalData(text)).toEqual([]));

  it('checks the GB 11643 digit', () => {
    expect(isResidentId('410928199001011039')).toBe(true);
    expect(isResidentId('410928199001011030')).toBe(false);
  });
});

describe('where it is reported', () => {
  it('names the field path in data, with the number masked', () => {
    const data = { name: '胡家庄村', photos: [{ caption: '村民胡某，电话 13812345678' }], stars: [{ year: 2023 }] };
    const [error, ...rest] = scanData(FILE, data, NONE);
    expect(rest).toEqual([]);
    expect(error).toMatchObject({ file: FILE, field: 'photos[0].caption' });
    expect(error!.zh).toContain('138****5678');
    expect(error!.zh).not.toContain('13812345678');
    expect(error!.fix).toContain('publicContacts');
  });

  it('finds a number YAML read as a number', () => {
    expect(scanData(FILE, { quote: { by: 13812345678 } }, NONE)).toMatchObject([{ field: 'quote.by' }]);
  });

  it('names the file line in a body', () => {
    const errors = scanBody(FILE, '第一段。\n\n户主 41092819900101108X 已脱贫。\n', 10, NONE);
    expect(errors).toMatchObject([{ file: FILE, field: '正文' }]);
    expect(errors[0]!.zh).toMatch(/^第 12 行有身份证号 4109\*{10}108X/u);
  });

  it('looks at file names', () => {
    expect(scanFileName('content/villages/wenliu/13812345678.mdx', NONE)).toMatchObject([{ field: '' }]);
  });

  it('allows the mobiles declared in publicContacts, everywhere', () => {
    const township = { data: { publicContacts: [{ name: '便民服务中心', phone: '138-1234-5678', reason: '值班手机' }] } };
    const phones = publicPhones([township, { data: null }]);
    expect(scanData(FILE, { summary: '值班电话 138 1234 5678' }, phones)).toEqual([]);
    expect(scanBody(FILE, '值班电话 13812345678；书记 13912345678', 1, phones)).toHaveLength(1);
  });
});
