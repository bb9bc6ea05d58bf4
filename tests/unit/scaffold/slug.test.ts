/** Pinyin slugs of new files: the documented rules, checked against the names and file names of the sample. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { nameProblem, phraseSlug, placeSlug } from '../../../src/schema/slug';
import { listFiles } from '../../../src/validate/read-files';
import { ROOT } from '../../support/build-site';

/** The `name:` of a content file (YAML, or MDX frontmatter). */
function nameOf(path: string): string {
  const text = readFileSync(path, 'utf8');
  const data = yaml.load(path.endsWith('.mdx') ? text.split(/^---$/mu)[1]! : text) as { name: string };
  return data.name;
}

describe('placeSlug', () => {
  it('gives every sample village and township its file name', () => {
    const villages = listFiles(join(ROOT, 'content/villages')).filter((path) => path.endsWith('.mdx'));
    const townships = listFiles(join(ROOT, 'content/townships'), false).filter((path) => path.endsWith('.yaml'));
    expect(villages.length).toBeGreaterThan(10);
    for (const path of villages)
      expect(placeSlug(nameOf(path), 'village')).toEqual({ slug: /([^/]+)\.mdx$/u.exec(path)![1] });
    for (const path of townships)
      expect(placeSlug(nameOf(path), 'township')).toEqual({ slug: /([^/]+)\.yaml$/u.exec(path)![1] });
  });

  it('drops only the suffix of its kind, and keeps a name that is nothing but the suffix', () => {
    expect(placeSlug('城关街道', 'township')).toEqual({ slug: 'chengguan' });
    expect(placeSlug('王称堌乡', 'township')).toEqual({ slug: 'wangchenggu' });
    expect(placeSlug('乡村', 'village')).toEqual({ slug: 'xiang' });
    expect(placeSlug('村', 'village')).toEqual({ slug: 'cun' });
  });

  it('asks for --slug when a character has no pinyin', () => {
    expect(placeSlug('𠀀村', 'village')).toEqual({ unknown: ['𠀀'] });
  });
});

describe('phraseSlug', () => {
  it.each([
    ['乡村旅游', 'xiangcun-lvyou'],
    ['非洲菊', 'feizhouju'],
    ['全国文明村', 'quanguo-wenmingcun'],
    ['一村一品', 'yicun-yipin'],
    ['5G基站建设', '5g-jizhan-jianshe'],
    ['全国第十二批“一村一品”示范村', 'quanguo-dishi-erpi-yicun'],
  ])('%s → %s', (name, slug) => {
    expect(phraseSlug(name)).toEqual({ slug });
  });
});

describe('nameProblem', () => {
  it('wants Chinese: places in Chinese characters only, titles with at least one', () => {
    expect(nameProblem('胡家庄村', true)).toBeUndefined();
    expect(nameProblem('召开 5G 推进会', false)).toBeUndefined();
    expect(nameProblem('hujiazhuang', true)).toContain('没有汉字');
    expect(nameProblem('胡家庄村2', true)).toContain('汉字以外');
    expect(nameProblem('  ', false)).toBe('名称不能为空');
    expect(nameProblem('胡\u0000村', false)).toContain('控制字符');
    expect(nameProblem('字'.repeat(61), false)).toContain('太长');
  });
});
