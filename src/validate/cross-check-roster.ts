/**
 * Checks between the official roster (content/roster/) and the rest: each roster belongs to a township file, codes
 * are unique across the county, and a village profile in a township with a roster is one of its villages.
 */
import { didYouMean, type ContentError } from './content-errors';
import { type ContentSet, errorAt, type Loaded } from './content-set';

/** The roster's villages as entries that references can resolve to (`township/slug`). */
export function rosterVillages(content: ContentSet): Loaded<{ name: string }>[] {
  return content.roster.flatMap((roster) =>
    roster.data.villages.map((village) => ({
      id: `${roster.id}/${village.slug}`,
      file: roster.file,
      data: { name: village.name },
    })),
  );
}

/** Runs the roster checks. */
export function checkRoster(content: ContentSet): ContentError[] {
  const errors: ContentError[] = [];
  const townships = new Set(content.townships.map((township) => township.id));
  const codes = new Map<string, string>();
  const slugsOf = new Map<string, Set<string>>();
  for (const roster of content.roster) {
    if (!townships.has(roster.id) && !content.invalidIds.has(roster.id)) {
      errors.push(
        errorAt(
          roster,
          '文件名',
          `名册“${roster.id}”没有对应的乡镇文件 content/townships/${roster.id}.yaml`,
          '名册文件名要与乡镇文件名相同；用 npm run roster 导入会一并建好乡镇文件',
          `roster ${roster.id} has no township file`,
        ),
      );
    }
    const owned = [{ code: roster.data.code, field: 'code' }].concat(
      roster.data.villages.map((village, index) => ({ code: village.code, field: `villages[${index}].code` })),
    );
    for (const { code, field } of owned) {
      const first = codes.get(code);
      if (first) {
        errors.push(
          errorAt(
            roster,
            field,
            `区划代码 ${code} 与 ${first} 重复`,
            '每个乡镇、每个村的区划代码只能出现一次',
            `duplicate code ${code}`,
          ),
        );
      } else codes.set(code, roster.file);
    }
    slugsOf.set(roster.id, new Set(roster.data.villages.map((village) => village.slug)));
  }
  for (const village of content.villages) {
    const [township = '', slug = ''] = village.id.split('/');
    const slugs = slugsOf.get(township);
    if (!slugs || slugs.has(slug)) continue;
    const guess = didYouMean(slug, [...slugs]);
    errors.push(
      errorAt(
        village,
        '文件名',
        `“${village.data.name}”（${slug}）不在 content/roster/${township}.yaml 的名册里`,
        `${guess ? `是不是“${guess}”？` : ''}村档案的文件名要与名册里的 slug 相同；名册里没有的村，请先核对统计用区划代码`,
        `village ${village.id} is not in the roster of ${township}`,
      ),
    );
  }
  return errors;
}
