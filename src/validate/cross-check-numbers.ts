/** Cross-checks on numbers: star levels match stars held, counts fit the township, years are sensible. */
import type { ContentError } from './content-errors';
import { type ContentSet, errorAt } from './content-set';
import { TIERS } from '../schema/glossary';

/** A village's level equals the stars it holds; a star is not both held and targeted; one record a year. */
export function checkStarRecords(content: ContentSet): ContentError[] {
  const currentYear = content.county?.data.currentYear;
  return content.villages.flatMap((village) => {
    const years = new Set<number>();
    return village.data.stars.flatMap((record, index) => {
      const at = `stars[${index}]`;
      const errors: ContentError[] = [];
      if (record.level !== record.held.length) {
        errors.push(
          errorAt(
            village,
            `${at}.level`,
            `${record.year} 年星级写的是 ${record.level}，但 held 列出了 ${record.held.length} 颗星`,
            `星级必须等于已获得的星的个数：把 level 改成 ${record.held.length}，或补全/删减 held`,
            `level ${record.level} does not match ${record.held.length} stars held`,
          ),
        );
      }
      const twice = record.held.filter((star, i) => record.held.indexOf(star) !== i);
      if (twice.length > 0) {
        errors.push(
          errorAt(village, `${at}.held`, `“${twice[0]}”重复出现`, '每颗星只写一次', `star listed twice: ${twice[0]}`),
        );
      }
      const both = record.targeted.filter((star) => record.held.includes(star));
      if (both.length > 0) {
        errors.push(
          errorAt(
            village,
            `${at}.targeted`,
            `“${both[0]}”已经获得，不能同时写在争创（targeted）里`,
            '从 targeted 中删除已获得的星',
            `star both held and targeted: ${both[0]}`,
          ),
        );
      }
      if (years.has(record.year)) {
        errors.push(
          errorAt(
            village,
            `${at}.year`,
            `${record.year} 年的星级记录重复`,
            '每年只写一条星级记录，合并或删除重复的一条',
            `duplicate star record for ${record.year}`,
          ),
        );
      }
      years.add(record.year);
      if (currentYear !== undefined && record.year > currentYear) {
        errors.push(
          errorAt(
            village,
            `${at}.year`,
            `${record.year} 年晚于网站当前年度 ${currentYear}`,
            '检查年份是否写错；如已进入新年度，请修改 content/county.yaml 的 currentYear',
            `star record year ${record.year} is after currentYear ${currentYear}`,
          ),
        );
      }
      return errors;
    });
  });
}

/** Targets, achievements, tiers and village files never exceed the township's number of villages. */
export function checkTownshipCounts(content: ContentSet): ContentError[] {
  // Villages by township, grouped once: a scan of every village per township is quadratic in a province.
  const villagesOf = new Map<string, ContentSet['villages'][number][]>();
  for (const village of content.villages) {
    const list = villagesOf.get(village.data.township);
    if (list) list.push(village);
    else villagesOf.set(village.data.township, [village]);
  }
  return content.townships.flatMap((township) => {
    const limit = township.data.villageCount;
    const errors: ContentError[] = [];
    const tooMany = (field: string, total: number, what: string) =>
      errorAt(
        township,
        field,
        `${what}合计 ${total} 个，超过了行政村总数 ${limit}`,
        `检查数字是否写错，或改正 villageCount（当前 ${limit}）`,
        `${field}: ${total} exceeds villageCount ${limit}`,
      );
    for (const list of ['targets', 'achieved'] as const) {
      const years = new Set<number>();
      township.data[list].forEach((row, index) => {
        const total = (row.fiveStar ?? 0) + (row.fourStar ?? 0) + (row.threeStar ?? 0);
        if (total > limit) errors.push(tooMany(`${list}[${index}]`, total, `${row.year} 年五星、四星、三星支部`));
        if (years.has(row.year)) {
          errors.push(
            errorAt(
              township,
              `${list}[${index}].year`,
              `${row.year} 年重复出现`,
              '每年只写一行，合并重复的两行',
              `duplicate year ${row.year} in ${list}`,
            ),
          );
        }
        years.add(row.year);
      });
    }
    const tierTotal = Object.values(township.data.tiers).reduce<number>((sum, n) => sum + (n ?? 0), 0);
    if (tierTotal > limit) errors.push(tooMany('tiers', tierTotal, '各类村'));
    const villages = villagesOf.get(township.id) ?? [];
    if (villages.length > limit) errors.push(tooMany('villageCount', villages.length, '村的内容文件'));
    for (const tier of TIERS) {
      const declared = township.data.tiers[tier];
      const assigned = villages.filter((village) => village.data.tier === tier).length;
      if (declared !== undefined && assigned > declared) {
        errors.push(
          errorAt(
            township,
            `tiers.${tier}`,
            `${assigned} 个村标为${tier}，但这里写的${tier}只有 ${declared} 个`,
            `改正这里的数字，或改正相关村文件的 tier`,
            `${assigned} villages marked ${tier} but tiers says ${declared}`,
          ),
        );
      }
    }
    return errors;
  });
}
