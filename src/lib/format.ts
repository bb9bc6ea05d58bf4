/** Formatting of dates, shares and counts for Chinese readers. */
import { t } from '../i18n/zh-CN';

/** `2023年6月1日`. */
export function formatDate(date: Date): string {
  return t.site.date(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** `2023-06-01`, for `<time datetime>`. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A share 0–1 as a percentage: 0.75 → `75%`. */
export function formatShare(share: number): string {
  return `${Math.round(share * 1000) / 10}%`;
}
