/**
 * Everyday names from the official names of the division list; the official name is kept beside it as written.
 *
 * Villages (村级单位), in this order:
 * 1. trailing remarks in brackets are left out: 东青社区居委会（含东青村村委） → 东青社区居委会,
 *    洪家村委会（德惠经济开发区）（省级） → 洪家村委会;
 * 2. the committee suffix is removed, longest first: 村民委员会, 村民委会, 村民委员, 村委会, 村委 make a village (村),
 *    居民委员会, 居民委会, 居民委员, 居委会, 居委 a community (社区);
 * 3. a village gets 村 unless what is left already ends in 村 or 社区: 胡家庄村委会 → 胡家庄村,
 *    董庄村村委会 → 董庄村, 东沟社区村民委员会 → 东沟社区;
 * 4. a community gets 社区 unless what is left already ends in 社区: 花园社区居委会 → 花园社区,
 *    文兴佳苑社区居民委员会 → 文兴佳苑社区, the bare 新民居委会 → 新民社区;
 * 5. a bare 委员会 is removed only after 村 or 社区 (万达社区委员会 → 万达社区);
 * 6. any other name (生活区, 嘎查, a name without a suffix) is kept as written;
 * 7. (scripts/roster/villages.ts) units of one township whose names would come out the same keep their official
 *    names: 御井居委会 and 御井社区居委会 of 城关镇 would both be 御井社区.
 * Townships: the county's name in front is removed (濮阳县文留镇 → 文留镇; 城关镇 stays), and 街道办事处
 * becomes 街道 (城东街道办事处 → 城东街道).
 */

/** Committee suffixes, longest first, with the kind of unit each marks. */
const COMMITTEES: readonly (readonly [string, 'village' | 'community'])[] = [
  ['村民委员会', 'village'],
  ['居民委员会', 'community'],
  ['村民委会', 'village'],
  ['村民委员', 'village'],
  ['居民委会', 'community'],
  ['居民委员', 'community'],
  ['村委会', 'village'],
  ['居委会', 'community'],
  ['村委', 'village'],
  ['居委', 'community'],
];

/** A trailing remark in full- or half-width brackets: （含东青村村委）, (省级). */
const REMARK = /\s*[（(][^（()）]*[）)]\s*$/u;

/** What a village-level unit is called day to day (rules 1–6 above). */
export function villageName(officialName: string): string {
  const written = officialName.trim();
  let bare = written;
  while (REMARK.test(bare) && bare.replace(REMARK, '') !== '') bare = bare.replace(REMARK, '');
  for (const [suffix, kind] of COMMITTEES) {
    if (!bare.endsWith(suffix) || bare.length === suffix.length) continue;
    const stem = bare.slice(0, -suffix.length);
    if (stem.endsWith('社区')) return stem;
    if (kind === 'village') return stem.endsWith('村') ? stem : `${stem}村`;
    return `${stem}社区`;
  }
  const stem = bare.endsWith('委员会') ? bare.slice(0, -'委员会'.length) : '';
  if (stem.length > 1 && (stem.endsWith('村') || stem.endsWith('社区'))) return stem;
  return bare;
}

/** What a township is called day to day: without the county name in front, 街道办事处 as 街道. */
export function townshipName(officialName: string, countyNames: readonly string[]): string {
  let name = officialName.trim();
  for (const county of countyNames) {
    if (county !== '' && name.startsWith(county) && name.length > county.length + 1) {
      name = name.slice(county.length);
      break;
    }
  }
  return name.endsWith('街道办事处') ? `${name.slice(0, -'办事处'.length)}` : name;
}

/**
 * The forms under which a profile may carry a village's name: the everyday name, and without its 村 or 社区
 * (潘家 is 潘家村, 太平 is 太平村). Used to find the profile that belongs to a roster entry.
 */
export function nameForms(name: string): string[] {
  const trimmed = name.trim();
  const forms = [trimmed];
  for (const suffix of ['社区', '村']) {
    if (trimmed.endsWith(suffix) && trimmed.length > suffix.length + 1) forms.push(trimmed.slice(0, -suffix.length));
  }
  return forms;
}
