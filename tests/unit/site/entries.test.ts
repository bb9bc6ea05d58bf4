import { describe, expect, it } from 'vitest';
import { pickByIds } from '../../../src/lib/entries';

describe('pickByIds', () => {
  it('keeps the order of the ids and skips unknown ones', () => {
    const entries = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    expect(pickByIds(entries, ['c', 'x', 'a'])).toEqual([{ id: 'c' }, { id: 'a' }]);
  });
});
