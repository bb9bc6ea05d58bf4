/** Search forms of names: suffixes, township forms, pinyin with polyphones, normalised queries. */
import { describe, expect, it } from 'vitest';
import { coreName, MAX_READINGS, placeForms, readings, villageForms } from '../../../src/lib/search/names/forms';
import { normalize } from '../../../src/lib/search/names/normalize';

describe('normalize', () => {
  it('trims, makes full-width half-width, lowers case and drops spaces, apostrophes and middle dots', () => {
    expect(normalize('  Ｈｕ Jia’zhuang ')).toBe('hujiazhuang');
    expect(normalize("xi'an")).toBe('xian');
    expect(normalize('胡家庄 村')).toBe('胡家庄村');
    expect(normalize('lüzhuang')).toBe('lvzhuang');
    expect(normalize('LU:ZHUANG')).toBe('lvzhuang');
  });
});

describe('forms', () => {
  it('strips 村, 社区, 镇, 乡, 街道 and 村委会, never below two characters', () => {
    expect(['胡家庄村', '文留镇', '城关街道', '新华社区', '胡家庄村委会', '渠村乡', '梁村'].map(coreName)).toEqual([
      '胡家庄',
      '文留',
      '城关',
      '新华',
      '胡家庄',
      '渠村',
      '梁村',
    ]);
  });

  it('gives a village every form people type', () => {
    const forms = villageForms(['胡家庄村'], ['胡家庄村委会'], '文留镇');
    expect(forms).toEqual(
      expect.arrayContaining([
        '胡家庄村',
        '胡家庄',
        '胡家庄村委会',
        '文留胡家庄',
        '文留镇胡家庄村',
        '文留镇胡家庄',
        'hujiazhuangcun',
        'hujiazhuang',
        'hjz',
        'hjzc',
      ]),
    );
    expect(forms.some((form) => form.startsWith('wenliu'))).toBe(false);
    expect(forms.some((form) => form.includes('weihui'))).toBe(false);
  });

  it('keeps the readings of polyphones, capped', () => {
    const shan = readings('单家庄村').map((syllables) => syllables.join(''));
    expect(shan).toEqual(expect.arrayContaining(['danjiazhuangcun', 'shanjiazhuangcun']));
    expect(shan.length).toBeLessThanOrEqual(MAX_READINGS);
    expect(placeForms(['长乐村'])).toEqual(expect.arrayContaining(['changlecun', 'zhanglecun', 'zlc']));
  });

  it('gives a township its official name without pinyin of it', () => {
    const forms = placeForms(['文留镇'], ['濮阳县文留镇']);
    expect(forms).toEqual(expect.arrayContaining(['文留镇', '文留', '濮阳县文留镇', 'wenliuzhen', 'wenliu', 'wl']));
    expect(forms.some((form) => form.startsWith('puyang'))).toBe(false);
  });
});
