import { describe, expect, it } from 'vitest';
import { coreName, personPinyinTerms, pinyinReadings, placePinyinTerms, searchTerms } from '../../src/lib/search/terms';

describe('coreName', () => {
  it('drops the administrative suffix people leave off', () => {
    expect(coreName('胡家庄村')).toBe('胡家庄');
    expect(coreName('文留镇')).toBe('文留');
    expect(coreName('某某街道')).toBe('某某');
  });

  it('keeps names without a suffix, and names too short to strip', () => {
    expect(coreName('张榆林头')).toBe('张榆林头');
    expect(coreName('潘家')).toBe('潘家');
    expect(coreName('杨村')).toBe('杨村');
  });
});

describe('pinyinReadings', () => {
  it('reads a name as toneless syllables', () => {
    expect(pinyinReadings('胡家庄村')).toEqual([['hu', 'jia', 'zhuang', 'cun']]);
  });

  it('keeps the surname reading as a second reading when it differs', () => {
    expect(pinyinReadings('单家庄村')).toEqual([
      ['dan', 'jia', 'zhuang', 'cun'],
      ['shan', 'jia', 'zhuang', 'cun'],
    ]);
  });

  it('writes ü as v, the way people type it', () => {
    expect(pinyinReadings('吕庄')).toEqual([['lv', 'zhuang']]);
  });

  it('ignores characters that are not Chinese', () => {
    expect(pinyinReadings('A东')).toEqual([['dong']]);
    expect(pinyinReadings('2023')).toEqual([]);
  });
});

describe('placePinyinTerms', () => {
  it('gives full pinyin, the name without suffix and its tails, and initials', () => {
    expect(placePinyinTerms('胡家庄村')).toEqual([
      'hujiazhuangcun',
      'hujiazhuang',
      'jiazhuang',
      'zhuang',
      'hjzc',
      'hjz',
    ]);
  });

  it('finds the tail of a name (辛庄 in 西辛庄村) through its pinyin tail', () => {
    expect(placePinyinTerms('西辛庄村')).toContain('xinzhuang');
  });

  it('gives a product name its pinyin and initials', () => {
    expect(placePinyinTerms('丝瓜')).toEqual(['sigua', 'gua', 'sg']);
  });
});

describe('personPinyinTerms', () => {
  it('gives the full name and initials, in the surname reading too', () => {
    expect(personPinyinTerms('胡庆民')).toEqual(['huqingmin', 'hqm']);
    expect(personPinyinTerms('单雄')).toEqual(expect.arrayContaining(['shanxiong', 'sx']));
  });
});

describe('searchTerms', () => {
  it('lists names, suffix-less names, people and all their pinyin once each', () => {
    const terms = searchTerms({ names: ['胡家庄村', undefined, ' '], people: ['胡庆民'] });
    expect(terms.slice(0, 3)).toEqual(['胡家庄村', '胡家庄', '胡庆民']);
    expect(terms).toEqual(expect.arrayContaining(['hujiazhuang', 'hjz', 'huqingmin', 'hqm']));
    expect(new Set(terms).size).toBe(terms.length);
  });

  it('adds the name as printed by the source', () => {
    expect(searchTerms({ names: ['张榆林头村', '张榆林头'] })).toEqual(
      expect.arrayContaining(['张榆林头村', '张榆林头', 'zhangyulintou', 'zylt']),
    );
  });
});
