/**
 * Slugs for the units of one township (or the townships of one county), deterministic and stable:
 * 1. a unit keeps the slug it already has: first the file name of its profile (the page staff made), then the
 *    slug of the roster file written before;
 * 2. the others, in code order, take placeSlug of their everyday name (src/schema/slug.ts: 胡家庄村 → hujiazhuang);
 * 3. when that slug is taken inside the township (燕寨/闫寨 both yanzhai), the later unit in code order gets the
 *    last three digits of its code appended: yanzhai-203 (the full code if even that is taken);
 * 4. a name pinyin-pro cannot read gets `cun-<last three digits>` (township: `xiang-<last three digits>`).
 * Because kept slugs are reserved first, a re-run never moves a slug from one unit to another.
 */
import { placeSlug, type PLACE_SUFFIXES } from '../../src/schema/slug';

/** A unit to give a slug: its code, everyday name, and the slug it already has, if any. */
export interface SlugRequest {
  /** Division code. */
  code: string;
  /** Everyday name. */
  name: string;
  /** The file name of its profile (village) or its existing file (township): reserved first. */
  profile?: string;
  /** The slug an earlier roster gave it: reserved next. */
  kept?: string;
}

/** Slugs by code for a set of units that must not share one; see the rules above. */
export function assignSlugs(units: readonly SlugRequest[], kind: keyof typeof PLACE_SUFFIXES): Map<string, string> {
  const byCode = new Map<string, string>();
  const taken = new Set<string>();
  const ordered = [...units].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  for (const key of ['profile', 'kept'] as const) {
    for (const unit of ordered) {
      const slug = unit[key];
      if (slug === undefined || byCode.has(unit.code) || taken.has(slug)) continue;
      byCode.set(unit.code, slug);
      taken.add(slug);
    }
  }
  for (const unit of ordered) {
    if (byCode.has(unit.code)) continue;
    const tail = unit.code.slice(-3);
    const result = placeSlug(unit.name, kind);
    const base =
      'slug' in result && result.slug !== '' ? result.slug : `${kind === 'village' ? 'cun' : 'xiang'}-${tail}`;
    const slug = [base, `${base}-${tail}`, `${base}-${unit.code}`].find((candidate) => !taken.has(candidate))!;
    byCode.set(unit.code, slug);
    taken.add(slug);
  }
  return byCode;
}
