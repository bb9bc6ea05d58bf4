/**
 * What one import does, computed without touching the disk: the roster file of every township in the list, the
 * township files to create, and what to tell staff (added, renamed, gone, counts that differ from the list).
 * Staff's files are never changed.
 */
import type { DivisionList } from './source';
import { townshipName } from './names';
import type { RosterFile, RosterVillage } from './render';
import { assignSlugs } from './slugs';
import { townshipRoster, type ProfileNames, type TownshipRoster } from './villages';

/** What is already in content/. */
export interface Existing {
  /** content/townships/<slug>.yaml: slug, name and villageCount as staff wrote them. */
  townships: { slug: string; name?: string; villageCount?: unknown }[];
  /** content/roster/<slug>.yaml as written before. */
  rosters: { slug: string; code: string; officialName?: string; villages: Omit<RosterVillage, 'gone'>[] }[];
  /** Frontmatter names of content/villages/<township>/<slug>.mdx. */
  profiles: (ProfileNames & { township: string })[];
}

/** A finding to report, under its township. */
export interface Finding {
  /** Township everyday name (or the file's name for a township gone from the list). */
  township: string;
  /** What kind. */
  kind: TownshipRoster['notes'][number]['kind'] | 'count' | 'new-township' | 'township-gone';
  /** The sentence for staff, in Chinese. */
  zh: string;
}

/** The outcome of planning. */
export interface Plan {
  /** The roster file of every township in the list that has villages. */
  rosters: RosterFile[];
  /** Township files to create. */
  newTownships: { slug: string; name: string; villageCount: number }[];
  /** What to report. */
  findings: Finding[];
}

/** Options of an import. */
export interface PlanOptions {
  /** Names of the county to strip from township names (the list's and content/county.yaml's). */
  countyNames: readonly string[];
  /** Drop units gone from the list from their roster instead of keeping them with a comment. */
  prune?: boolean;
  /** True when a whole county is imported: township files not in the list are then reported. */
  wholeCounty?: boolean;
}

/** How many villages (村) and communities (社区) a roster lists: `63 个村、2 个社区`. */
function unitKinds(entries: readonly RosterVillage[]): string {
  const listed = entries.filter((entry) => !entry.gone);
  const communities = listed.filter((entry) => /居民?委|社区$/u.test(entry.officialName)).length;
  return `${listed.length - communities} 个村、${communities} 个社区`;
}

/** Plans the import of `list` into content that holds `existing`. */
export function planImport(list: DivisionList, existing: Existing, options: PlanOptions): Plan {
  const findings: Finding[] = [];
  const countyNames = [list.county?.name ?? '', ...options.countyNames].filter((name) => name !== '');
  const oldRoster = new Map(existing.rosters.map((roster) => [roster.code, roster]));
  const townships = list.townships.map((row) => ({ row, name: townshipName(row.name, countyNames) }));
  const slugs = assignSlugs(
    townships.map(({ row, name }) => {
      const file = existing.townships.find((township) => township.name?.trim() === name)?.slug;
      const kept = oldRoster.get(row.code)?.slug;
      return { code: row.code, name, ...(file ? { profile: file } : {}), ...(kept ? { kept } : {}) };
    }),
    'township',
  );
  const rosters: RosterFile[] = [];
  const newTownships: Plan['newTownships'] = [];
  for (const { row, name } of townships) {
    const slug = slugs.get(row.code)!;
    const say = (kind: Finding['kind'], zh: string) => findings.push({ township: name, kind, zh });
    const rows = list.villages.filter((village) => village.code.startsWith(row.code));
    if (rows.length === 0) {
      say('count', `${name}（${row.code}）在区划代码表里没有村级单位：没有写名册`);
      continue;
    }
    const earlier = oldRoster.get(row.code)?.officialName;
    if (earlier !== undefined && earlier !== row.name) say('renamed', `乡镇改名 ${row.code}：${earlier} → ${row.name}`);
    const profiles = existing.profiles.filter((profile) => profile.township === slug);
    const built = townshipRoster(rows, oldRoster.get(row.code)?.villages ?? [], profiles, options.prune ?? false);
    for (const note of built.notes) say(note.kind, note.zh);
    rosters.push({ slug, code: row.code, name, officialName: row.name, source: list.source, villages: built.entries });
    const file = existing.townships.find((township) => township.slug === slug);
    if (!file) {
      newTownships.push({ slug, name, villageCount: rows.length });
      say('new-township', `新建 content/townships/${slug}.yaml（villageCount: ${rows.length}）`);
    } else if (file.villageCount !== rows.length) {
      say(
        'count',
        `content/townships/${slug}.yaml 写的 villageCount 是 ${String(file.villageCount)}，区划代码表里有 ` +
          `${rows.length} 个村级单位（${unitKinds(built.entries)}）：没有改动，请核对`,
      );
    }
  }
  const listed = new Set(rosters.map((roster) => roster.slug));
  if (options.wholeCounty) {
    for (const township of existing.townships) {
      if (listed.has(township.slug)) continue;
      findings.push({
        township: township.name ?? township.slug,
        kind: 'township-gone',
        zh: `content/townships/${township.slug}.yaml（${township.name ?? ''}）在区划代码表里找不到：没有删除，请核对乡镇名称`,
      });
    }
  }
  return { rosters, newTownships, findings };
}
