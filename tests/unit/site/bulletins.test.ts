import { describe, expect, it } from 'vitest';
import { bulletinsByMonth, kindOptions, sortBulletins, townshipOptions } from '../../../src/lib/bulletins';
import type { BulletinKind } from '../../../src/schema/glossary';
import { pageUrl, underPage } from '../../../src/lib/paging';
import { paths } from '../../../src/lib/urls';

const bulletin = (id: string, date: string, kind: BulletinKind, townships: string[]) => ({
  id,
  data: { date: new Date(`${date}T00:00:00Z`), kind, townships },
});
const all = [
  bulletin('a', '2023-05-02', '周通报', ['wenliu']),
  bulletin('b', '2023-06-15', '典型案例', ['qingzu']),
  bulletin('c', '2023-06-01', '周通报', ['wenliu', 'qingzu']),
];

describe('bulletins', () => {
  it('sorts newest first', () => {
    // The data layer's order (src/data getBulletins, and so each township's list): newest first, same day by id.
    const sameDay = [bulletin('z', '2023-06-15', '其他', ['qingzu']), ...all];
    expect(sortBulletins(sameDay.filter((b) => b.data.townships.includes('qingzu'))).map((b) => b.id)).toEqual([
      'b',
      'z',
      'c',
    ]);
  });

  it('offers every kind with its count, and every township', () => {
    // Kinds and townships without a bulletin get no filter (and no empty filter page).
    expect(kindOptions(all).map((o) => `${o.label}${o.count}`)).toEqual(['周通报2', '典型案例1']);
    const townships = [
      { id: 'qingzu', data: { name: '庆祖镇' } },
      { id: 'gucheng', data: { name: '古城乡' } },
      { id: 'wenliu', data: { name: '文留镇' } },
    ];
    expect(townshipOptions(all, townships)).toEqual([
      { key: 'qingzu', label: '庆祖镇', count: 2 },
      { key: 'wenliu', label: '文留镇', count: 2 },
    ]);
  });

  it('groups by month, newest month first', () => {
    expect(bulletinsByMonth(sortBulletins(all)).map((m) => [m.month, m.bulletins.map((b) => b.id)])).toEqual([
      ['2023年6月', ['b', 'c']],
      ['2023年5月', ['a']],
    ]);
  });
});

describe('bulletin list pages', () => {
  it("puts paginate()'s pages after the first under page/, in the paths and in its links", () => {
    const pages = [{ params: { page: undefined } }, { params: { page: '2', kind: 'case' } }];
    expect(underPage(pages).map((p) => p.params)).toEqual([{ page: undefined }, { page: 'page/2', kind: 'case' }]);
    expect(['/bulletins/2/', '/zhuanti/wuxing/bulletins/kind/case/12/', '/bulletins/'].map(pageUrl)).toEqual([
      '/bulletins/page/2/',
      '/zhuanti/wuxing/bulletins/kind/case/page/12/',
      '/bulletins/',
    ]);
    expect([paths.bulletins(), paths.bulletins(1), paths.bulletins(2)]).toEqual([
      '/bulletins/',
      '/bulletins/',
      '/bulletins/page/2/',
    ]);
    expect(paths.bulletinsOfKind('典型案例', 3)).toBe('/bulletins/kind/case/page/3/');
  });
});
