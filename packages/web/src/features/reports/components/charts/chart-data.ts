/**
 * One description of a chart's figures, from which both the chart and the table under it are
 * drawn, so the two can never disagree. It holds no ECharts type: building it costs nothing before
 * the chart library has loaded.
 */
export interface ChartSeries {
  name: string;
  type: 'bar' | 'line';
  /** One value per category; null where there is none (shown as a gap and as 「―」). */
  values: (number | null)[];
  /** Bars of series with `stacked` pile up into one bar per category. */
  stacked?: boolean;
  /** A line drawn across missing values, for a path set in advance (a target's years between its set values). */
  connectNulls?: boolean;
}

export interface ChartData {
  categories: string[];
  series: ChartSeries[];
  /** Categories down the side with bars running across (long names), or along the bottom (years). */
  horizontal: boolean;
  /** A value as read in the table, the tooltip and the labels. */
  format: (value: number) => string;
  /** A value on the axis, when shorter than `format` (百万円). */
  axisFormat?: (value: number) => string;
  /** The value axis reaches at least this far, e.g. 100 % so bars read against the target. */
  axisMax?: number;
  /** Counts: the axis steps in whole numbers. */
  integer?: boolean;
  /** The header of the table's first column (体系, 課, 年度 …). */
  categoryHeader: string;
}

/**
 * Digital Agency primitives, each at least 4.5:1 against white (so the white count labels inside
 * bars read too) and apart from its neighbours in lightness; ECharts' decal patterns add a second,
 * colour-free cue, and the table a third.
 */
export const CHART_PALETTE = ['#0017C1', '#C74700', '#197A4B', '#AA00AA', '#006173', '#806300', '#0877D7', '#4D4D4D'] as const;

/** Space for one bar per category when they run down the side, within sensible bounds. */
export const chartHeight = (data: ChartData) => (data.horizontal ? Math.min(900, Math.max(220, data.categories.length * 40 + 90)) : 340);
