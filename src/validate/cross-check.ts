/**
 * Checks the schema alone cannot make: references resolve, ids are unique, numbers add up. Pure: takes the
 * validated content, returns one ContentError per problem.
 */
import { type ContentError, didYouMean } from './content-errors';
import { type ContentSet, errorAt, type Loaded } from './content-set';
import { checkStarRecords, checkTownshipCounts } from './cross-check-numbers';
import { checkRoster, rosterVillages } from './cross-check-roster';

/** The pseudo-field named in errors about a file's name (its slug). */
const FILE_NAME = '文件名';

/** How many valid values a hint lists before it says "…". */
const MAX_CHOICES = 8;

/** A fix hint for an unknown reference: the likely typo first, then some valid values. */
function choices(ref: string, entries: readonly Loaded<{ name: string }>[], what: string): string {
  const guess = didYouMean(
    ref,
    entries.map((entry) => entry.id),
  );
  const sameFolder = entries.filter((entry) => entry.id.split('/')[0] === ref.split('/')[0]);
  const shown = (sameFolder.length > 0 ? sameFolder : entries).slice(0, MAX_CHOICES);
  const list = shown.map((entry) => `${entry.id}（${entry.data.name}）`).join('、') || '（暂无）';
  const more = shown.length < entries.length ? ' 等' : '';
  return `${guess ? `是不是想写“${guess}”？` : ''}可用的${what}：${list}${more}；或先新建这个${what}`;
}

/** The ids of a collection, computed once per collection (a set per call made the check quadratic). */
const idSets = new WeakMap<readonly Loaded<unknown>[], ReadonlySet<string>>();
function idsOf(targets: readonly Loaded<unknown>[]): ReadonlySet<string> {
  let ids = idSets.get(targets);
  if (!ids) idSets.set(targets, (ids = new Set(targets.map((target) => target.id))));
  return ids;
}

/** Checks a list of references against the ids of a collection. */
function checkRefs(
  entry: Loaded<unknown>,
  field: string,
  refs: string | readonly string[],
  targets: readonly Loaded<{ name: string }>[],
  what: string,
  invalidIds: ReadonlySet<string>,
): ContentError[] {
  const ids = idsOf(targets);
  const list = typeof refs === 'string' ? [refs] : refs;
  return list.flatMap((ref, index) =>
    ids.has(ref) || invalidIds.has(ref)
      ? []
      : [
          errorAt(
            entry,
            typeof refs === 'string' ? field : `${field}[${index}]`,
            `找不到${what}“${ref}”`,
            choices(ref, targets, what),
            `unknown ${what === '乡镇' ? 'township' : what === '村' ? 'village' : 'industry'} "${ref}"`,
          ),
        ],
  );
}

/** Entry ids are lowercase pinyin slugs, and two files must not claim the same id or the same name. */
function checkIds(content: ContentSet): ContentError[] {
  const errors: ContentError[] = [];
  const all = [
    content.townships,
    content.roster,
    content.villages,
    content.bulletins,
    content.industries,
    content.honors,
    content.metrics,
  ];
  for (const collection of all) {
    const seen = new Map<string, Loaded<unknown>>();
    for (const entry of collection as Loaded<unknown>[]) {
      if (!/^[a-z0-9-]+(\/[a-z0-9-]+)*$/.test(entry.id)) {
        errors.push(
          errorAt(
            entry,
            FILE_NAME,
            `文件名“${entry.id}”不是拼音网址名`,
            '文件名只用小写拼音字母、数字和连字符，如 hujiazhuang.mdx',
            `file name "${entry.id}" is not a lowercase ASCII slug`,
          ),
        );
      }
      const key = entry.id.toLowerCase();
      const first = seen.get(key);
      if (first) {
        errors.push(
          errorAt(
            entry,
            FILE_NAME,
            `网址名“${entry.id}”与 ${first.file} 重复`,
            '两个文件不能同名（只差扩展名或大小写也不行）：删除或改名其中一个',
            `duplicate slug "${entry.id}" (also ${first.file})`,
          ),
        );
      } else seen.set(key, entry);
    }
  }
  const villageNames = new Map<string, Loaded<unknown>>();
  for (const village of content.villages) {
    const key = `${village.data.township}/${village.data.name}`;
    const first = villageNames.get(key);
    if (first) {
      errors.push(
        errorAt(
          village,
          'name',
          `同一乡镇里已有同名的村“${village.data.name}”（${first.file}）`,
          '同一个村只建一个文件；如确是两个村，请在名称中区分',
          `duplicate village name in township: ${key}`,
        ),
      );
    } else villageNames.set(key, village);
  }
  return errors;
}

/** Every reference between collections resolves. */
function checkReferences(content: ContentSet): ContentError[] {
  const { townships, industries } = content;
  // A village may be referred to by its profile or, without one, by its roster entry.
  const villages = [...content.villages, ...rosterVillages(content)];
  // A file that failed its schema still exists: references to it are not reported a second time.
  const invalid = content.invalidIds;
  return [
    ...content.villages.flatMap((village) => [
      ...checkRefs(village, 'township', village.data.township, townships, '乡镇', invalid),
      ...(village.id.startsWith(`${village.data.township}/`) || !idsOf(townships).has(village.data.township)
        ? []
        : [
            errorAt(
              village,
              'township',
              `文件放在 ${village.id.split('/')[0]}/ 文件夹，但 township 写的是“${village.data.township}”`,
              `把文件移到 content/villages/${village.data.township}/，或改正 township`,
              'village file is in another township folder than its township field',
            ),
          ]),
      ...checkRefs(village, 'industries', village.data.industries, industries, '产业', invalid),
    ]),
    ...content.bulletins.flatMap((bulletin) => [
      ...checkRefs(bulletin, 'townships', bulletin.data.townships, townships, '乡镇', invalid),
      ...checkRefs(bulletin, 'villages', bulletin.data.villages, villages, '村', invalid),
    ]),
    ...industries.flatMap((industry) => [
      ...checkRefs(industry, 'townships', industry.data.townships, townships, '乡镇', invalid),
      ...checkRefs(industry, 'villages', industry.data.villages, villages, '村', invalid),
    ]),
    ...content.honors.flatMap((honor) => {
      const { village, township } = honor.data.recipient;
      return [
        ...(village ? checkRefs(honor, 'recipient.village', village, villages, '村', invalid) : []),
        ...(township ? checkRefs(honor, 'recipient.township', township, townships, '乡镇', invalid) : []),
      ];
    }),
    ...content.metrics.flatMap((metrics) => [
      ...checkRefs(metrics, 'township', metrics.data.township, townships, '乡镇', invalid),
      ...(metrics.id === `${metrics.data.township}-${metrics.data.year}`
        ? []
        : [
            errorAt(
              metrics,
              FILE_NAME,
              `数据文件名应为“${metrics.data.township}-${metrics.data.year}.yaml”`,
              '按“乡镇拼音-年度”给文件改名，每个乡镇每年一个数据文件',
              `metrics file should be named ${metrics.data.township}-${metrics.data.year}.yaml`,
            ),
          ]),
    ]),
  ];
}

/** Runs every cross-check over validated content. */
export function crossCheck(content: ContentSet): ContentError[] {
  return [
    ...checkIds(content),
    ...checkReferences(content),
    ...checkStarRecords(content),
    ...checkTownshipCounts(content),
    ...checkRoster(content),
  ];
}
