/**
 * The safety checks of the content checker, in two calls: over the files as read (bodies, every string, file
 * names), and over validated content (dates, industries). Each returns ContentErrors like every other check.
 */
import type { ContentError } from '../content-errors';
import type { ContentSet, Loaded } from '../content-set';
import { checkBody } from './body';
import { checkBodySize, checkFutureDates, checkIndustryTownships } from './budgets';
import { publicPhones, scanBody, scanData, scanFileName } from './personal-data';

/** A content file as read, before validation: its data and, for a page, its body. */
export interface ReadEntry {
  collection: string;
  file: string;
  absolutePath: string;
  data: unknown;
  /** The body of a page (after the frontmatter). */
  body?: string | undefined;
  /** The file line the body starts on. */
  bodyLine?: number | undefined;
}

/** Checks every file as read: personal data in file names, fields and bodies; body HTML, code and images; sizes. */
export function checkReadEntries(entries: readonly ReadEntry[]): ContentError[] {
  const phones = publicPhones(entries.filter((entry) => entry.collection === 'townships'));
  return entries.flatMap((entry) => {
    const errors = [...scanFileName(entry.file, phones), ...scanData(entry.file, entry.data, phones)];
    if (entry.body !== undefined) {
      const bodyLine = entry.bodyLine ?? 1;
      errors.push(
        ...checkBody({ file: entry.file, absolutePath: entry.absolutePath, body: entry.body, bodyLine }),
        ...checkBodySize(entry.file, entry.body),
        ...scanBody(entry.file, entry.body, bodyLine, phones),
      );
    }
    return errors;
  });
}

/** Checks validated content: dates in the future, industries' villages in their townships. */
export function checkValidated(content: ContentSet, today: Date = new Date()): ContentError[] {
  const entries: Loaded<unknown>[] = [
    ...content.townships,
    ...content.villages,
    ...content.bulletins,
    ...content.industries,
    ...content.honors,
    ...content.metrics,
  ];
  return [
    ...entries.flatMap((entry) => checkFutureDates(entry.file, entry.data, today)),
    ...checkIndustryTownships(content),
  ];
}
