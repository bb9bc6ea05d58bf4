/** The whole validated content of a site, as the cross-checks and the data layer see it. */
import type {
  Bulletin,
  County,
  Honor,
  Industry,
  Metrics,
  Roster,
  StarPage,
  Township,
  Village,
} from '../schema/collections';
import type { ContentError } from './content-errors';

/** One validated entry with the file it came from. */
export interface Loaded<T> {
  /** Entry id (path under its collection folder, no extension). */
  id: string;
  /** File path relative to the project root. */
  file: string;
  /** Validated data. */
  data: T;
}

/** Every collection of the site. */
export interface ContentSet {
  county: Loaded<County> | undefined;
  townships: Loaded<Township>[];
  roster: Loaded<Roster>[];
  villages: Loaded<Village>[];
  bulletins: Loaded<Bulletin>[];
  industries: Loaded<Industry>[];
  honors: Loaded<Honor>[];
  metrics: Loaded<Metrics>[];
  stars: Loaded<StarPage>[];
  /** Ids of files that exist but failed validation (already reported), so references to them still resolve. */
  invalidIds: ReadonlySet<string>;
}

/** Creates an error for `entry`'s `field`. */
export function errorAt(entry: Loaded<unknown>, field: string, zh: string, fix: string, en: string): ContentError {
  return { file: entry.file, field, zh, fix, en };
}
