/**
 * Residents' personal data never reaches the site: resident ID numbers (18 digits with the GB 11643 check digit, or
 * the old 15-digit form), mainland mobile numbers and bank card numbers (Luhn) in any field, body line or file name.
 * Landlines and hotlines are fine; a mobile number that must be published is declared in a township's
 * `publicContacts:` with a reason, and is then allowed everywhere.
 */
import { type ContentError, fieldPath } from '../content-errors';

/** One number found in a text. */
export interface Finding {
  kind: 'id' | 'mobile' | 'card';
  /** The number shown with its middle hidden, e.g. 138****5678. */
  masked: string;
  /** Its digits without separators (and without a +86 prefix for a mobile). */
  digits: string;
  /** Where it starts in the text. */
  index: number;
}

const ID_18 = /(?<![\dA-Za-z])\d{6} ?\d{8} ?\d{3}[\dXx](?![\dA-Za-z])/gu;
const ID_15 = /(?<!\d)\d{15}(?!\d)/gu;
const CARD = /(?<!\d)(?:[3-6]\d{15,18}|[3-6]\d{3}(?:[ -]\d{4}){3}(?:[ -]?\d{1,3})?)(?!\d)/gu;
const MOBILE = /(?<![\d+])(?:(?:\+|00)?86[ -]?)?1[3-9]\d(?:[ -]?\d){8}(?!\d)/gu;
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/** True for a real calendar date between 1900 and today. */
function plausibleBirth(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return year >= 1900 && date.getUTCDate() === day && date.getUTCMonth() === month - 1 && date.getTime() <= Date.now();
}

/** GB 11643: an 18-digit resident ID with a valid check digit and birth date. */
export function isResidentId(id: string): boolean {
  if (id.length === 15)
    return plausibleBirth(1900 + Number(id.slice(6, 8)), Number(id.slice(8, 10)), Number(id.slice(10, 12)));
  if (
    id.length !== 18 ||
    !plausibleBirth(Number(id.slice(6, 10)), Number(id.slice(10, 12)), Number(id.slice(12, 14)))
  ) {
    return false;
  }
  const sum = ID_WEIGHTS.reduce((total, weight, index) => total + weight * Number(id[index]), 0);
  return '10X98765432'[sum % 11] === id[17]!.toUpperCase();
}

/** The Luhn check of a card number. */
export function isLuhnValid(digits: string): boolean {
  let sum = 0;
  for (let index = 0; index < digits.length; index++) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return sum % 10 === 0;
}

/** A number with all but its first `head` and last four characters hidden. */
function mask(digits: string, head: number): string {
  return `${digits.slice(0, head)}${'*'.repeat(digits.length - head - 4)}${digits.slice(-4)}`;
}

/** Every resident ID, bank card and mobile number in `text` (each span reported once). */
export function findPersonalData(text: string): Finding[] {
  const found: Finding[] = [];
  const taken: [number, number][] = [];
  const free = (start: number, end: number) => taken.every(([from, to]) => end <= from || start >= to);
  const scan = (pattern: RegExp, kind: Finding['kind'], accept: (digits: string) => string | undefined) => {
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      const digits = accept(match[0].replace(/[ -]/gu, ''));
      if (digits === undefined || !free(start, end)) continue;
      taken.push([start, end]);
      found.push({ kind, digits, index: start, masked: mask(digits, kind === 'mobile' ? 3 : 4) });
    }
  };
  scan(ID_18, 'id', (digits) => (isResidentId(digits) ? digits.toUpperCase() : undefined));
  scan(ID_15, 'id', (digits) => (isResidentId(digits) ? digits : undefined));
  scan(CARD, 'card', (digits) => (digits.length >= 16 && isLuhnValid(digits) ? digits : undefined));
  scan(MOBILE, 'mobile', (digits) => digits.slice(-11));
  return found.sort((a, b) => a.index - b.index);
}

const WHAT: Record<Finding['kind'], string> = { id: '身份证号', mobile: '手机号', card: '银行卡号' };

/** The fix for each kind. */
const FIX: Record<Finding['kind'], string> = {
  id: '删除身份证号：网站不能公开居民的身份证号',
  card: '删除银行卡号：网站不能公开居民的银行卡号',
  mobile:
    '删除手机号，或改写办公电话（如 0393-xxxxxxx）；确需公开的手机号，写进所属乡镇文件的 publicContacts（姓名、号码、公开理由）',
};

/** The error for one finding. */
function findingError(file: string, field: string, where: string, finding: Finding, enWhere = field): ContentError {
  return {
    file,
    field,
    zh: `${where}有${WHAT[finding.kind]} ${finding.masked}，这是居民的个人信息，不能发布`,
    fix: FIX[finding.kind],
    en: `${finding.kind === 'id' ? 'resident ID' : finding.kind === 'card' ? 'bank card' : 'mobile'} number ${finding.masked} in ${enWhere || 'the text'}`,
  };
}

/** Findings of one text, without the mobile numbers declared public. */
function findings(text: string, publicPhones: ReadonlySet<string>): Finding[] {
  return findPersonalData(text).filter((finding) => finding.kind !== 'mobile' || !publicPhones.has(finding.digits));
}

/** Scans every string and number in parsed data (frontmatter or YAML), naming each field path. */
export function scanData(file: string, data: unknown, publicPhones: ReadonlySet<string>): ContentError[] {
  const errors: ContentError[] = [];
  const visit = (value: unknown, path: PropertyKey[]): void => {
    if (typeof value === 'string' || (typeof value === 'number' && Number.isInteger(value))) {
      for (const finding of findings(String(value), publicPhones))
        errors.push(findingError(file, fieldPath(path), '', finding));
    } else if (Array.isArray(value)) value.forEach((item, index) => visit(item, [...path, index]));
    else if (value !== null && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) visit(inner, [...path, key]);
    }
  };
  visit(data, []);
  return errors;
}

/** Scans a body line by line; `bodyLine` is the file line of the body's first line. */
export function scanBody(
  file: string,
  body: string,
  bodyLine: number,
  publicPhones: ReadonlySet<string>,
): ContentError[] {
  return body
    .split('\n')
    .flatMap((line, index) =>
      findings(line, publicPhones).map((finding) =>
        findingError(file, '正文', `第 ${index + bodyLine} 行`, finding, `line ${index + bodyLine}`),
      ),
    );
}

/** Scans a file's path (names of files and folders). */
export function scanFileName(file: string, publicPhones: ReadonlySet<string>): ContentError[] {
  return findings(file, publicPhones).map((finding) => findingError(file, '', '文件名里', finding, 'the file name'));
}

/** The mobile numbers declared public in townships' `publicContacts` (digits only, 11 long). */
export function publicPhones(townships: readonly { data: unknown }[]): Set<string> {
  const phones = new Set<string>();
  for (const { data } of townships) {
    const contacts = (data as { publicContacts?: { phone?: unknown }[] } | null)?.publicContacts;
    for (const contact of Array.isArray(contacts) ? contacts : []) {
      const digits = String(contact?.phone ?? '').replace(/\D/gu, '');
      if (digits.length >= 11) phones.add(digits.slice(-11));
    }
  }
  return phones;
}
