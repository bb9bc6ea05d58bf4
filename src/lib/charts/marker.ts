/**
 * The attribute that marks a chart figure. The client loader looks for it and the weight report finds the loader
 * by it; this module imports nothing, so the loader stays a few hundred bytes.
 */
export const CHART_FIGURE_ATTRIBUTE = 'data-chart-figure';
