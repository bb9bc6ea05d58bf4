/** Gallery grouping: every photo keeps its owner; by township and by month in a predictable order. */
import { describe, expect, it } from 'vitest';
import {
  collectPhotos,
  ownerPath,
  type Photo,
  photosByMonth,
  photosByTownship,
  thumbnailSizes,
} from '../../src/lib/photos';

const photo = (file: string, date?: string): Photo<string> => ({
  file,
  caption: `说明 ${file}`,
  credit: '县委宣传部',
  illustrative: false,
  ...(date ? { date: new Date(`${date}T00:00:00Z`) } : {}),
});

const sources = {
  townships: [
    { id: 'qingzu', data: { name: '庆祖镇', photos: [photo('q1.jpg', '2023-05-02')] } },
    { id: 'wenliu', data: { name: '文留镇', photos: [photo('w1.jpg'), photo('w2.jpg', '2023-06-30')] } },
  ],
  villages: [
    { id: 'qingzu/changzhai', data: { name: '常寨村', township: 'qingzu', photos: [photo('c1.jpg', '2023-06-01')] } },
    { id: 'wenliu/renzhuang', data: { name: '任庄村', township: 'wenliu', photos: [] } },
  ],
  bulletins: [
    {
      id: '2023-both',
      data: { title: '两镇观摩', townships: ['wenliu', 'qingzu'], photos: [photo('b1.jpg', '2023-06-01')] },
    },
  ],
};
const townships = [
  { id: 'qingzu', data: { name: '庆祖镇' } },
  { id: 'wenliu', data: { name: '文留镇' } },
  { id: 'empty', data: { name: '无图镇' } },
];

describe('collectPhotos', () => {
  const photos = collectPhotos(sources);
  it('flattens townships, villages and bulletins in order, each with its owner', () => {
    expect(photos.map((p) => `${p.file}@${p.owner.kind}:${p.owner.id}`)).toEqual([
      'q1.jpg@township:qingzu',
      'w1.jpg@township:wenliu',
      'w2.jpg@township:wenliu',
      'c1.jpg@village:qingzu/changzhai',
      'b1.jpg@bulletin:2023-both',
    ]);
    expect(photos[3]!.owner).toEqual({
      kind: 'village',
      id: 'qingzu/changzhai',
      name: '常寨村',
      townships: ['qingzu'],
    });
  });
  it('links each photo to the page it belongs to', () => {
    expect(photos.map((p) => ownerPath(p.owner))).toEqual([
      '/townships/qingzu/',
      '/townships/wenliu/',
      '/townships/wenliu/',
      '/villages/qingzu/changzhai/',
      '/bulletins/2023-both/',
    ]);
  });
});

describe('photosByTownship', () => {
  it('puts a township’s own, its villages’ and its bulletins’ photos together and skips empty townships', () => {
    const groups = photosByTownship(collectPhotos(sources), townships);
    expect(groups.map((g) => [g.name, g.photos.map((p) => p.file)])).toEqual([
      ['庆祖镇', ['q1.jpg', 'c1.jpg', 'b1.jpg']],
      ['文留镇', ['w1.jpg', 'w2.jpg', 'b1.jpg']],
    ]);
  });
});

describe('photosByMonth', () => {
  it('groups by month, newest first, same-day photos in their given order, undated last', () => {
    const groups = photosByMonth(collectPhotos(sources));
    expect(groups.map((g) => [g.key, g.year, g.month, g.photos.map((p) => p.file)])).toEqual([
      ['2023-06', 2023, 6, ['w2.jpg', 'c1.jpg', 'b1.jpg']],
      ['2023-05', 2023, 5, ['q1.jpg']],
      ['undated', undefined, undefined, ['w1.jpg']],
    ]);
  });
  it('has no undated group when every photo has a date, and no group at all without photos', () => {
    const one = collectPhotos({
      townships: [{ id: 'x', data: { name: '某镇', photos: [photo('a.jpg', '2022-12-31')] } }],
      villages: [],
      bulletins: [],
    });
    expect(photosByMonth(one).map((g) => g.key)).toEqual(['2022-12']);
    expect(photosByMonth([])).toEqual([]);
  });
});

describe('thumbnailSizes', () => {
  it('shows a single photo wide and several in a grid', () => {
    expect(thumbnailSizes(1)).toContain('100vw');
    expect(thumbnailSizes(3)).toContain('50vw');
  });
});
