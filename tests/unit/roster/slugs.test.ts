/** Slugs inside a township: collisions of real names (燕寨/闫寨, 管庄/关庄), kept slugs, profiles first. */
import { describe, expect, it } from 'vitest';
import { assignSlugs } from '../../../scripts/roster/slugs';

describe('assignSlugs', () => {
  it('gives the first in code order the plain slug and the next its last three digits (八公桥镇, 白堽乡)', () => {
    const bagongqiao = assignSlugs(
      [
        { code: '410928104259', name: '燕寨村' },
        { code: '410928104236', name: '闫寨村' },
      ],
      'village',
    );
    expect(bagongqiao.get('410928104236')).toBe('yanzhai');
    expect(bagongqiao.get('410928104259')).toBe('yanzhai-259');
    const baigang = assignSlugs(
      [
        { code: '410928206221', name: '关庄村' },
        { code: '410928206228', name: '管庄村' },
        { code: '410928206207', name: '石楼村' },
        { code: '410928206255', name: '时楼村' },
      ],
      'village',
    );
    expect([...baigang.values()]).toEqual(['shilou', 'guanzhuang', 'guanzhuang-228', 'shilou-255']);
  });

  it('keeps slugs given before, so a unit added with a lower code does not take them', () => {
    const slugs = assignSlugs(
      [
        { code: '410928104236', name: '闫寨村' },
        { code: '410928104259', name: '燕寨村', kept: 'yanzhai' },
      ],
      'village',
    );
    expect(slugs.get('410928104259')).toBe('yanzhai');
    expect(slugs.get('410928104236')).toBe('yanzhai-236');
  });

  it('lets a profile file name win over an earlier roster slug', () => {
    const slugs = assignSlugs(
      [
        { code: '410928104236', name: '闫寨村', kept: 'yanzhai' },
        { code: '410928104259', name: '燕寨村', profile: 'yanzhai' },
      ],
      'village',
    );
    expect(slugs.get('410928104259')).toBe('yanzhai');
    expect(slugs.get('410928104236')).toBe('yanzhai-236');
  });

  it('strips the township suffix and keeps 社区 in community slugs', () => {
    const slugs = assignSlugs(
      [
        { code: '410928102', name: '文留镇' },
        { code: '410928106', name: '徐镇镇' },
      ],
      'township',
    );
    expect([...slugs.values()]).toEqual(['wenliu', 'xuzhen']);
    expect(assignSlugs([{ code: '410928102001', name: '花园社区' }], 'village').get('410928102001')).toBe(
      'huayuanshequ',
    );
  });
});
