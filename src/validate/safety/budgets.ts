/**
 * Checks the schema cannot make on one entry: a body over the size budget, a date in the future (a typo in the
 * year), and an industry that lists a village of a township it does not list.
 */
import type { ContentError } from '../content-errors';
import { fieldPath } from '../content-errors';
import type { ContentSet } from '../content-set';

/** The longest body a page may have, in characters (a long newspaper report is about 5,000). */
export const MAX_BODY_CHARACTERS = 50_000;

/** How many days past today a date may lie (time zones, a bulletin written the evening before). */
export const FUTURE_MARGIN_DAYS = 2;

/** The error for a body over the budget, if it is. */
export function checkBodySize(file: string, body: string): ContentError[] {
  const length = [...body].length;
  if (length <= MAX_BODY_CHARACTERS) return [];
  return [
    {
      file,
      field: '正文',
      zh: `正文有 ${length} 个字符，超过了上限 ${MAX_BODY_CHARACTERS}`,
      fix: '把正文分成几篇，或删去重复粘贴的部分',
      en: `body has ${length} characters, over the budget of ${MAX_BODY_CHARACTERS}`,
    },
  ];
}

/** `YYYY-MM-DD` of a date. */
const day = (date: Date) => date.toISOString().slice(0, 10);

/** Errors for every `date` field (a bulletin's date, a photo's date) later than today + the margin. */
export function checkFutureDates(file: string, data: unknown, today: Date = new Date()): ContentError[] {
  const latest = new Date(today.getTime() + FUTURE_MARGIN_DAYS * 86_400_000);
  const errors: ContentError[] = [];
  const visit = (value: unknown, path: PropertyKey[]): void => {
    if (value instanceof Date) {
      if (path.at(-1) === 'date' && value.getTime() > latest.getTime()) {
        errors.push({
          file,
          field: fieldPath(path),
          zh: `日期 ${day(value)} 在未来（今天是 ${day(today)}）`,
          fix: '检查年份和月份是否写错，写成实际的日期 YYYY-MM-DD',
          en: `date ${day(value)} is in the future`,
        });
      }
    } else if (Array.isArray(value)) value.forEach((item, index) => visit(item, [...path, index]));
    else if (value !== null && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) visit(inner, [...path, key]);
    }
  };
  visit(data, []);
  return errors;
}

/** An industry's villages must lie in the townships it lists. */
export function checkIndustryTownships(content: Pick<ContentSet, 'industries'>): ContentError[] {
  return content.industries.flatMap((industry) => {
    const { townships, villages } = industry.data;
    return villages.flatMap((village, index) => {
      const township = village.split('/')[0]!;
      if (townships.includes(township)) return [];
      return [
        {
          file: industry.file,
          field: `villages[${index}]`,
          zh: `村“${village}”属于乡镇“${township}”，但 townships 里没有“${township}”`,
          fix: `在 townships 里加上 ${township}，或改正这个村`,
          en: `village ${village} is in township ${township}, which townships does not list`,
        },
      ];
    });
  });
}
