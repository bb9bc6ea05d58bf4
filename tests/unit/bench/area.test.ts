/** The single-process comparison of `npm run bench -- --area`: a city's counties as one county. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type Area, asOneCounty } from '../../../scripts/bench/area';
import { syntheticContent } from '../../../scripts/bench/content';
import { writeFiles } from '../../../scripts/bench/project';
import { checkContent } from '../../../src/validate';

const village = (code: string, name: string, slug: string) => ({ code, name, officialName: `${name}委会`, slug });

/** Two counties of one city, each with a 城关镇 (same name, same slug) and a township of its own. */
const area: Area = {
  level: 'city',
  code: '4109',
  name: '濮阳市',
  cities: [{ code: '4109', name: '濮阳市' }],
  counties: [
    {
      slug: 'qingfeng',
      code: '410922',
      name: '清丰县',
      city: '濮阳市',
      province: '河南省',
      townships: [
        {
          code: '410922100',
          officialName: '城关镇',
          name: '城关镇',
          slug: 'chengguan',
          villages: [village('410922100201', '张寨村', 'zhangzhai'), village('410922100202', '李庄村', 'lizhuang')],
        },
        {
          code: '410922101',
          officialName: '马庄桥镇',
          name: '马庄桥镇',
          slug: 'mazhuangqiao',
          villages: [village('410922101201', '马庄桥村', 'mazhuangqiao')],
        },
      ],
    },
    {
      slug: 'puyang',
      code: '410928',
      name: '濮阳县',
      city: '濮阳市',
      province: '河南省',
      townships: [
        {
          code: '410928100',
          officialName: '城关镇',
          name: '城关镇',
          slug: 'chengguan',
          villages: [village('410928100201', '张寨村', 'zhangzhai')],
        },
      ],
    },
  ],
};

describe('a city as one county (bench --area, single-process build)', () => {
  const root = mkdtempSync(join(tmpdir(), 'chuangxing-one-county-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const one = asOneCounty(area);

  it('keeps every township and village, names a repeated township by its county, and gives unique slugs', () => {
    expect(one.name).toBe('濮阳市');
    expect(one.code).toBeUndefined();
    expect(one.townships.map((t) => t.name)).toEqual(['清丰县城关镇', '马庄桥镇', '濮阳县城关镇']);
    expect(new Set(one.townships.map((t) => t.slug)).size).toBe(3);
    expect(one.townships.flatMap((t) => t.villages.map((v) => v.code))).toEqual([
      '410922100201',
      '410922100202',
      '410922101201',
      '410928100201',
    ]);
  });

  it('makes content the checker accepts, with every village of the area', async () => {
    writeFiles(root, syntheticContent({ villages: 4, townships: 3, bulletins: 2, real: one }));
    const { errors, content } = await checkContent(root);
    expect(errors).toEqual([]);
    expect(content.villages).toHaveLength(4);
    expect(new Set(content.townships.map((t) => t.data.name))).toEqual(
      new Set(['清丰县城关镇', '马庄桥镇', '濮阳县城关镇']),
    );
  });
});
