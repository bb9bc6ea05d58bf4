import { describe, expect, it } from 'vitest';
import {
  didYouMean,
  fieldLabel,
  fieldPath,
  formatContentError,
  formatContentReport,
} from '../../src/validate/content-errors';

describe('content errors', () => {
  it('writes field paths as staff read them', () => {
    expect(fieldPath(['stars', 0, 'level'])).toBe('stars[0].level');
    expect(fieldLabel('stars[0].level')).toBe('stars[0].level（星级/级别）');
    expect(fieldLabel('unknownThing')).toBe('unknownThing');
  });

  it('suggests the field name that was meant, and nothing for unrelated words', () => {
    expect(didYouMean('secretry', ['name', 'secretary', 'summary'])).toBe('secretary');
    expect(didYouMean('xyz', ['name', 'secretary'])).toBeUndefined();
  });

  it('prints Chinese first, then the fix, then English', () => {
    expect(
      formatContentError({ file: 'content/a.yaml', field: 'name', zh: '不能为空', fix: '填写名称', en: 'name: empty' }),
    ).toMatchInlineSnapshot(`
      "✖ content/a.yaml › name（名称）
        问题：不能为空
        修改：填写名称
        (en) name: empty"
    `);
  });

  it('says in the count line what happens now: build stopped, preview still running, or fix before publishing', () => {
    const errors = [{ file: 'content/a.yaml', field: 'name', zh: '不能为空', fix: '填写名称', en: 'name: empty' }];
    expect(formatContentReport(errors).split('\n')[0]).toBe(
      '内容检查发现 1 处问题，网站未生成（Content check found 1 problem(s); the site was not built）:',
    );
    expect(formatContentReport(errors, 'dev')).toMatch(/^内容检查发现 1 处问题，预览照常运行/u);
    expect(formatContentReport(errors, 'check')).toMatch(/^内容检查发现 1 处问题，请改好后再发布/u);
  });
});
