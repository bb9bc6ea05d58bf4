/** A reported figure: `value`, and `more` when the report says 余/以上 ("more than value"). */
export interface Quantity {
  value: number;
  more: boolean;
}

/** Parses a content value (`216`, `"6000+"`) into a Quantity, or returns undefined when it is not one. */
export function parseQuantity(raw: number | string): Quantity | undefined {
  if (typeof raw === 'number') {
    return Number.isFinite(raw) && raw >= 0 ? { value: raw, more: false } : undefined;
  }
  const match = /^\s*(\d+(?:\.\d+)?)\s*(\+|余|以上)?\s*$/.exec(raw);
  if (!match) return undefined;
  return { value: Number(match[1]), more: match[2] !== undefined };
}

/** Formats a Quantity for people: "more than" figures keep their sign (`≥ 6000`), never a bare 6000. */
export function formatQuantity(quantity: Quantity, unit = ''): string {
  return `${quantity.more ? '≥ ' : ''}${quantity.value.toLocaleString('zh-CN')}${unit}`;
}

/** Short machine-readable form used in CSV/JSON exports and chart tables: `6000+` or `216`. */
export function quantityToString(quantity: Quantity): string {
  return quantity.more ? `${quantity.value}+` : String(quantity.value);
}
