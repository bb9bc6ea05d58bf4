import { describe, expect, it } from 'vitest';
import { formatQuantity, parseQuantity, quantityToString } from '../../src/schema/quantity';

describe('quantity', () => {
  it('parses numbers and "more than" figures', () => {
    expect(parseQuantity(216)).toEqual({ value: 216, more: false });
    expect(parseQuantity('6000+')).toEqual({ value: 6000, more: true });
    expect(parseQuantity('300余')).toEqual({ value: 300, more: true });
    expect(parseQuantity('6000多')).toBeUndefined();
    expect(parseQuantity(-1)).toBeUndefined();
  });

  it('never shows a "more than" figure as a bare number', () => {
    expect(formatQuantity({ value: 6000, more: true }, ' 次')).toBe('≥ 6,000 次');
    expect(formatQuantity({ value: 62, more: false })).toBe('62');
    expect(quantityToString({ value: 6000, more: true })).toBe('6000+');
  });
});
