import { describe, expect, it } from 'vitest';
import { honorRoll } from '../../../src/lib/honor-roll';

const honor = (title: string, level: '国家级' | '省级' | '县级', recipient: object, year?: number) => ({
  data: { title, level, year, recipient },
});
const villages = [{ id: 'qingzu/changzhai', data: { name: '常寨村' } }];
const townships = [{ id: 'qingzu', data: { name: '庆祖镇' } }];

describe('honor roll', () => {
  it('groups by level from national down, leaving out empty levels, recipients named', () => {
    const roll = honorRoll(
      [
        honor('省级森林乡村', '省级', { village: 'qingzu/changzhai' }),
        honor('优秀书记', '县级', { person: '李连成' }),
        honor('全国文明村', '国家级', { village: 'qingzu/changzhai' }),
        honor('全国农业产业强镇', '国家级', { township: 'qingzu' }),
      ],
      villages,
      townships,
    );
    expect(roll.map((group) => group.level)).toEqual(['国家级', '省级', '县级']);
    expect(roll[0]!.entries.map((entry) => [entry.honor.data.title, entry.recipient.name])).toEqual([
      ['全国农业产业强镇', '庆祖镇'],
      ['全国文明村', '常寨村'],
    ]);
    expect(roll[2]!.entries[0]!.recipient).toEqual({ kind: 'person', name: '李连成' });
  });

  it('falls back to the id when a recipient is unknown', () => {
    const roll = honorRoll([honor('示范村', '省级', { village: 'wenliu/x' })], villages, townships);
    expect(roll[0]!.entries[0]!.recipient).toEqual({ kind: 'village', id: 'wenliu/x', name: 'wenliu/x' });
  });
});
