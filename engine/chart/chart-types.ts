/** The vocabulary every chart builder shares. */
export type ChartKind = 'bar' | 'line';
export type ChartSpec = Readonly<Record<string, unknown>>;

/** What a chart may hold before it degrades to the top groups plus "other". */
export const CHART_LIMITS = { bars: 12, series: 8, points: 400, labelPx: 160 } as const;

export interface ChartOptions {
  readonly currency: string;
  /** Force bars or lines (`as bar`). */
  readonly prefer?: ChartKind;
  /** The same KPI over the periods before this one, oldest first: the headline card's sparkline. */
  readonly trend?: readonly TrendPoint[];
  /** A target for the KPI (digests set them): a dashed line on the sparkline and a line of text. */
  readonly target?: number;
}

export interface TrendPoint {
  readonly label: string;
  readonly value: number | null;
}
