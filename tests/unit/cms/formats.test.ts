/** What the CMS writes: empties and form-only fields dropped, field order kept, image paths beside the entry. */
import { describe, expect, it } from 'vitest';
import { entrySlug, photoChanges } from '../../../src/cms/file-names';
import { fromPageFile, toPageFile, toYamlFile } from '../../../src/cms/formats';

describe('CMS file formats', () => {
  it('drops empty values and the 文件名 field, keeps the form order', () => {
    const text = toYamlFile({ villageCount: 3, slug: 'x', name: '文留镇', secretary: '', titles: [], quote: {} }, [
      'slug',
      'name',
      'villageCount',
    ]);
    expect(text).toBe('name: 文留镇\nvillageCount: 3\n');
  });

  it('writes a page as frontmatter and body, and reads it back', () => {
    const data = { name: '测试庄村', township: 'wenliu', summary: '一句话。', body: '正文。\n' };
    const text = toPageFile(data);
    expect(text).toBe('---\nname: 测试庄村\ntownship: wenliu\nsummary: 一句话。\n---\n\n正文。\n');
    expect(fromPageFile(text)).toEqual({ ...data, body: '正文。\n' });
  });

  it('writes image paths relative to the entry', () => {
    expect(toYamlFile({ photos: [{ file: 'wenliu/a.jpg', caption: 'c', credit: 'd' }] })).toContain(
      'file: ./wenliu/a.jpg',
    );
    expect(photoChanges({ photos: [{ file: 'a.jpg' }], cover: { file: './x/b.jpg' } }, 'hujiazhuang')).toEqual([
      [['photos', 0, 'file'], './hujiazhuang/a.jpg'],
    ]);
  });

  it('names new files by the pinyin rule', () => {
    expect(entrySlug('villages', { name: '胡家庄村' })).toEqual({ slug: 'hujiazhuang' });
    expect(entrySlug('townships', { name: '文留镇' })).toEqual({ slug: 'wenliu' });
    expect(entrySlug('industries', { name: '乡村旅游' })).toEqual({ slug: 'xiangcun-lvyou' });
    expect(entrySlug('bulletins', { title: '文留镇：召开观摩会', date: '2023-07-01', townships: ['wenliu'] })).toEqual({
      slug: '2023-07-01-wenliu-zhaokai-guanmohui',
    });
    expect(entrySlug('honors', { title: '全国文明村', recipient: { village: 'qingzu/changzhai' } })).toEqual({
      slug: 'quanguo-wenmingcun-changzhai',
    });
    expect(entrySlug('metrics', { township: 'wenliu', year: 2024 })).toEqual({ slug: 'wenliu-2024' });
  });
});
