/**
 * The model of a chart figure: one description that renders both as an HTML table (always, no JavaScript needed)
 * and as a chart.js canvas (enhancement). Everything here is plain JSON so the page can hand it to the client.
 */

/**
 * How a dataset is drawn. Star levels 0–5 each have their own colour *and* fill pattern (solid, stripes, dots …)
 * so they stay apart in high-contrast mode and for colour-blind readers; `metric` is the plain style for figures.
 */
export type ChartStyle = 0 | 1 | 2 | 3 | 4 | 5 | 'metric';

/** One dataset of a chart: a value per category, and how each value is written for people. */
export interface ChartDataset {
  /** Legend text, e.g. 五星支部. */
  label: string;
  /** Style of the whole dataset, or one per value (a ranking colours each bar by its level). */
  style: ChartStyle | ChartStyle[];
  /** The numbers; null where the report gives none (drawn as a gap, shown as — in the table). */
  values: (number | null)[];
  /** The same values written for people: `≥ 6,000` for "more than" figures, never a bare 6000. */
  display: string[];
}

/** What the client needs to draw a chart: horizontal bars, grouped or stacked. */
export interface ChartSpec {
  /** Category labels along the bar axis (years, villages, item names). */
  categories: string[];
  /** The datasets. */
  datasets: ChartDataset[];
  /** Stack the datasets into one bar per category (shares of a whole). */
  stacked: boolean;
  /** Value axis: linear, or logarithmic when items in different units sit side by side. */
  scale: 'linear' | 'log';
  /** Highest value the axis shows (5 for star levels), if fixed. */
  max?: number | undefined;
  /** Show the legend (several datasets). */
  legend: boolean;
  /** Canvas height in CSS pixels, so the page reserves the space before the chart is drawn. */
  height: number;
}

/** One row of a data table: a header cell and the cells that follow it. */
export interface TableRow {
  /** Row header (the category). */
  header: string;
  /** Cell texts, one per column after the header column. */
  cells: string[];
  /** Link of the row header, as a site path (e.g. a village page), if any. */
  path?: string | undefined;
}

/** The numbers of a chart as a table. */
export interface DataTable {
  /** Column headers; the first is the header of the row-header column. */
  columns: string[];
  /** The rows. */
  rows: TableRow[];
  /** A closing row (a total), if any. */
  footer?: TableRow | undefined;
}

/** A chart figure: its name, the note under it, its table and the chart. */
export interface ChartFigure {
  /** ASCII id, unique on the page (used for element ids). */
  id: string;
  /** Accessible name and caption, e.g. 文留镇目标公示图. */
  title: string;
  /** A sentence on what the numbers are (source, sample data, scale), if needed. */
  note?: string | undefined;
  /** The numbers, as a table. */
  table: DataTable;
  /** The same numbers, for the canvas. */
  chart: ChartSpec;
}
