/** The open-data tables, their formats and their columns (JSON keys; headers and meanings in t.openData.columns). */
import type { ColumnKey } from '../../schema/glossary';

/** The three tables every township publishes. */
export const OPEN_TABLES = ['metrics', 'villages', 'targets'] as const;
/** One of the tables. */
export type OpenTable = (typeof OPEN_TABLES)[number];
/** The two formats of each table. */
export const OPEN_FORMATS = ['json', 'csv'] as const;

export type { ColumnKey };

/** The columns of each table, in file order. */
export const COLUMNS: Record<OpenTable, readonly ColumnKey[]> = {
  metrics: [
    'township',
    'townshipName',
    'year',
    'seriesId',
    'seriesName',
    'star',
    'unit',
    'label',
    'value',
    'more',
    'source',
    'sample',
  ],
  villages: [
    'township',
    'townshipName',
    'village',
    'villageName',
    'tier',
    'year',
    'level',
    'held',
    'targeted',
    'sample',
  ],
  targets: [
    'township',
    'townshipName',
    'year',
    'kind',
    'fiveStar',
    'fourStar',
    'threeStar',
    'threeStarOrAboveShare',
    'sample',
  ],
};
