/**
 * The townships and villages already registered under `content/`, as names the importer can recognise in the
 * text. Read with the content checker's own reader, so ids are exactly the ones the site uses.
 */
import type { KnownPlace } from './newspaper/infer';
import { readCollection } from '../../src/validate/read-files';

/** Registered townships and villages of a project. */
export interface KnownPlaces {
  /** Townships: id is the slug (`wenliu`), names its Chinese name (`文留镇`). */
  townships: KnownPlace[];
  /** Villages: id is `township/village`, names its name and printed name. */
  villages: KnownPlace[];
}

/** Chinese names found in an entry's data (`name`, `printedName`). */
function namesOf(data: unknown): string[] {
  if (data === null || typeof data !== 'object') return [];
  const record = data as Record<string, unknown>;
  return [record['name'], record['printedName']].filter((name): name is string => typeof name === 'string');
}

/** Reads the registered townships and villages below `root/content`; unreadable files are skipped. */
export function loadKnownPlaces(root: string): KnownPlaces {
  const townships = readCollection(root, 'townships').entries;
  const villages = readCollection(root, 'villages').entries;
  return {
    townships: townships.map((entry) => ({ id: entry.id, names: namesOf(entry.data) })),
    villages: villages.map((entry) => ({ id: entry.id, names: namesOf(entry.data) })),
  };
}
