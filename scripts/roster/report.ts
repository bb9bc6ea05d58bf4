/** What `npm run roster` prints: per township what changed, then the totals, in Chinese. */
import type { Finding, Plan } from './plan';
import type { DivisionList } from './source';

/** What happened to each file. */
export interface Written {
  /** Roster files written (new or changed), relative paths. */
  rosters: string[];
  /** Roster files already up to date. */
  unchanged: string[];
  /** Roster files removed because their township's slug changed. */
  removed: string[];
  /** Township files created. */
  townships: string[];
}

/** How many names of a long list to show. */
const SHOWN = 6;

/** Formats findings of one kind on one line when they are many (added), one a line otherwise. */
function lines(findings: readonly Finding[]): string[] {
  const added = findings.filter((finding) => finding.kind === 'added');
  const others = findings.filter((finding) => finding.kind !== 'added');
  const out: string[] = [];
  if (added.length > SHOWN) {
    const names = added.slice(0, SHOWN).map((finding) => /^新增 (\S+?)（/u.exec(finding.zh)?.[1] ?? '');
    out.push(`  新增 ${added.length} 个单位：${names.join('、')} 等`);
  } else out.push(...added.map((finding) => `  ${finding.zh}`));
  const mark = (kind: Finding['kind']) =>
    ['count', 'gone', 'profile-unmatched', 'township-gone'].includes(kind) ? '! ' : '';
  out.push(...others.map((finding) => `  ${mark(finding.kind)}${finding.zh}`));
  return out;
}

/** The report of one run. */
export function formatReport(list: DivisionList, plan: Plan, written: Written, dryRun: boolean): string {
  const scope = list.county ? `${list.county.name}（${list.county.code}）` : (list.townships[0]?.name ?? '');
  const out = [`${scope}：${list.townships.length} 个乡镇，${list.villages.length} 个村级单位；来源 ${list.source}`];
  const byTownship = new Map<string, Finding[]>();
  for (const finding of plan.findings)
    byTownship.set(finding.township, [...(byTownship.get(finding.township) ?? []), finding]);
  for (const roster of plan.rosters) {
    const findings = byTownship.get(roster.name) ?? [];
    if (findings.length === 0) continue;
    out.push(`${roster.name}（${roster.slug}，${roster.villages.length} 个单位）`, ...lines(findings));
    byTownship.delete(roster.name);
  }
  for (const findings of byTownship.values()) out.push(...lines(findings));
  const verb = dryRun ? '将会' : '已';
  out.push(
    `${dryRun ? '（--dry-run：没有写任何文件）' : ''}${verb}写名册 ${written.rosters.length} 个，` +
      `${verb}新建乡镇文件 ${written.townships.length} 个，名册无变化 ${written.unchanged.length} 个` +
      (written.removed.length > 0 ? `，${verb}删除改了拼音名的旧名册 ${written.removed.join('、')}` : '') +
      '。接着运行 npm run check:content 检查。',
  );
  return `${out.join('\n')}\n`;
}
