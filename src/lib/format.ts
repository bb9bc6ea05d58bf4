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

/**
 * A reported figure written the way Chinese reports write it: 余 for "more than", 万 for round tens of thousands,
 * no thousands separators — `6800000+` 元 → `680 余万元`, `12000+` 份 → `1.2 万余份`, `6000+` 次 → `6000 余次`,
 * `216` 起 → `216 起`. Charts and their tables keep the exact figure (`≥ 6,000`, README › Charts).
 */
export function formatReported(quantity: { value: number; more: boolean }, unit = ''): string {
  const { value, more } = quantity;
  const tenThousands = value / 10000;
  if (value >= 10000 && Number.isInteger(tenThousands * 10)) {
    return Number.isInteger(tenThousands)
      ? `${tenThousands} ${more ? '余' : ''}万${unit}`
      : `${tenThousands} 万${more ? '余' : ''}${unit}`;
  }
  return `${value}${more ? ' 余' : ''}${unit ? `${more ? '' : ' '}${unit}` : ''}`;
}
