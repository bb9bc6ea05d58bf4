/**
 * The roster of one township: every unit of the list with its everyday name and slug, matched to the profiles
 * staff made (content/villages/<township>/<slug>.mdx) and to the roster written before, and what changed.
 */
import { nameForms, villageName } from './names';
import type { RosterVillage } from './render';
import { assignSlugs } from './slugs';
import type { DivisionRow } from './table';

/** A profile's file name and the names its frontmatter carries. */
export interface ProfileNames {
  /** File name without extension. */
  slug: string;
  /** `name`. */
  name?: string;
  /** `printedName`. */
  printedName?: string;
}

/** The outcome for one township. */
export interface TownshipRoster {
  /** Entries in code order (units gone from the list last kept, marked `gone`, unless pruned). */
  entries: RosterVillage[];
  /** Sentences for staff, in Chinese. */
  notes: { kind: 'added' | 'renamed' | 'gone' | 'pruned' | 'profile-unmatched'; zh: string }[];
}

/**
 * Everyday names of one township's units; units whose names would come out the same (御井居委会 and 御井社区居委会
 * are both 御井社区) keep their official names, so that no two units of a township read alike.
 */
export function everydayNames(rows: readonly DivisionRow[]): { code: string; officialName: string; name: string }[] {
  const derived = rows.map((row) => ({ code: row.code, officialName: row.name, name: villageName(row.name) }));
  const count = new Map<string, number>();
  for (const unit of derived) count.set(unit.name, (count.get(unit.name) ?? 0) + 1);
  return derived.map((unit) => (count.get(unit.name)! > 1 ? { ...unit, name: unit.officialName.trim() } : unit));
}

/** Which unit each profile belongs to: an exact name first, else the same name without 村/社区; first by code. */
function matchProfiles(
  units: readonly { code: string; name: string }[],
  profiles: readonly ProfileNames[],
): Map<string, string> {
  const claimed = new Map<string, string>();
  for (const profile of profiles) {
    const names = [profile.name, profile.printedName].flatMap((n) => (n ? [n.trim()] : []));
    const forms = new Set(names.flatMap(nameForms));
    const free = units.filter((unit) => !claimed.has(unit.code));
    const unit =
      free.find((candidate) => names.includes(candidate.name)) ??
      free.find((candidate) => nameForms(candidate.name).some((form) => forms.has(form)));
    if (unit) claimed.set(unit.code, profile.slug);
  }
  return claimed;
}

/** Builds one township's roster from its rows, the earlier roster's villages and the profiles in its folder. */
export function townshipRoster(
  rows: readonly DivisionRow[],
  before: readonly Omit<RosterVillage, 'gone'>[],
  profiles: readonly ProfileNames[],
  prune: boolean,
): TownshipRoster {
  const notes: TownshipRoster['notes'] = [];
  const old = new Map(before.map((village) => [village.code, village]));
  const units = everydayNames(rows);
  const listed = new Set(units.map((unit) => unit.code));
  const gone = prune ? [] : before.filter((village) => !listed.has(village.code));
  const claimed = matchProfiles(units, profiles);
  const slugs = assignSlugs(
    [
      ...units.map((unit) => {
        const profile = claimed.get(unit.code);
        const kept = old.get(unit.code)?.slug;
        return { ...unit, ...(profile ? { profile } : {}), ...(kept ? { kept } : {}) };
      }),
      // Units gone from the list stay in the file (unless pruned): their slugs stay reserved.
      ...gone.map((village) => ({ code: village.code, name: village.name, kept: village.slug })),
    ],
    'village',
  );
  const entries: RosterVillage[] = units.map((unit) => ({ ...unit, slug: slugs.get(unit.code)! }));
  for (const entry of entries) {
    const earlier = old.get(entry.code);
    if (!earlier)
      notes.push({ kind: 'added', zh: `新增 ${entry.name}（${entry.officialName}，${entry.code}）→ ${entry.slug}` });
    else if (earlier.officialName !== entry.officialName) {
      notes.push({
        kind: 'renamed',
        zh: `改名 ${entry.code}：${earlier.officialName} → ${entry.officialName}（拼音名 ${entry.slug}）`,
      });
    }
  }
  for (const earlier of before) {
    if (listed.has(earlier.code)) continue;
    if (prune) notes.push({ kind: 'pruned', zh: `从名册删除 ${earlier.name}（${earlier.code}）：区划代码表里已没有` });
    else {
      notes.push({
        kind: 'gone',
        zh: `${earlier.name}（${earlier.code}）区划代码表里已没有：名册里保留并加注释，核实后加 --prune 删除`,
      });
      entries.push({ ...earlier, slug: slugs.get(earlier.code)!, gone: true });
    }
  }
  entries.sort((a, b) => (a.code < b.code ? -1 : 1));
  const slugsNow = new Set(entries.map((entry) => entry.slug));
  for (const profile of profiles) {
    if (slugsNow.has(profile.slug)) continue;
    notes.push({
      kind: 'profile-unmatched',
      zh: `村资料 ${profile.slug}（${profile.name ?? '没有 name'}）的村名在区划代码表里找不到：请把 name 改成表里的名称`,
    });
  }
  return { entries, notes };
}
