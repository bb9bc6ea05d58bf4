import { describe, expect, it } from 'vitest';
import { groupedBy, pickByIds } from '../../../src/lib/entries';

describe('pickByIds', () => {
  it('keeps the order of the ids and skips unknown ones', () => {
    const entries = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    expect(pickByIds(entries, ['c', 'x', 'a'])).toEqual([{ id: 'c' }, { id: 'a' }]);
  });
});

describe('groupedBy', () => {
  const villages = [
    { id: 'wenliu/a', township: 'wenliu' },
    { id: 'qingzu/b', township: 'qingzu' },
    { id: 'wenliu/c', township: 'wenliu' },
  ];

  it('groups in list order, an entry once under each key, skipping undefined keys', () => {
    const groups = groupedBy(villages, 't', (v) => [v.township, v.township, v.id === 'qingzu/b' ? undefined : 'x']);
    expect(groups.get('wenliu')?.map((v) => v.id)).toEqual(['wenliu/a', 'wenliu/c']);
    expect(groups.get('x')).toHaveLength(2);
    expect(Object.isFrozen(groups.get('wenliu'))).toBe(true);
  });

  it('groups a frozen (shared) list once per name, and any other list on every call', () => {
    const frozen = Object.freeze([...villages]);
    const keys = (v: (typeof villages)[number]) => [v.township];
    expect(groupedBy(frozen, 'township', keys)).toBe(groupedBy(frozen, 'township', keys));
    expect(groupedBy(frozen, 'id', (v) => [v.id])).not.toBe(groupedBy(frozen, 'township', keys));
    const open = [...villages];
    const before = groupedBy(open, 'township', keys);
    open.push({ id: 'qingzu/d', township: 'qingzu' });
    expect(before.get('qingzu')).toHaveLength(1);
    expect(groupedBy(open, 'township', keys).get('qingzu')).toHaveLength(2);
  });
});
