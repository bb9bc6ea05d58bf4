/** Pagefind's excerpts without its English block separators. */
import { describe, expect, it } from 'vitest';
import { cleanExcerpt } from '../../../src/components/search/excerpt';

describe('cleanExcerpt', () => {
  it('turns `. ` after Chinese into 。 and after a number before Chinese into a space', () => {
    expect(cleanExcerpt('文留镇. 胡家庄村')).toBe('文留镇。胡家庄村');
    expect(cleanExcerpt('<mark>胡家庄村</mark>. 四星支部')).toBe('<mark>胡家庄村</mark>。四星支部');
    expect(cleanExcerpt('胡家庄村 1. 四星支部。齐庄村 1. 四星支部.')).toBe('胡家庄村 1 四星支部。齐庄村 1 四星支部。');
    expect(cleanExcerpt('增收。. 下一段')).toBe('增收。下一段');
    expect(cleanExcerpt('version 1.6 works')).toBe('version 1.6 works');
  });
});
