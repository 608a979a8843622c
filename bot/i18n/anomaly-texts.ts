/** What the periods of a history are, after the period's step; a custom span (last-30d) is `period`. */
export type PeriodKind = 'day' | 'week' | 'month' | 'quarter' | 'half' | 'year' | 'period';

/** The anomaly flag's line, worked out in bot/anomaly/anomaly-flag.ts; numbers arrive formatted. */
export interface UnusualLine {
  /** A count reads `40 customer complaints`; anything else `Net Promoter Score at +12.0`. */
  readonly value: { readonly kind: 'count' | 'level'; readonly name: string; readonly shown: string };
  readonly direction: 'above' | 'below';
  /** How many earlier periods, and what they are. */
  readonly periods: number;
  readonly kind: PeriodKind;
  readonly median: string;
  /** The typical spread, unsigned. */
  readonly spread: string;
  /** The group `why` finds behind the change against the period before, with its signed part. */
  readonly lead?: { readonly who: string; readonly part: string };
}

/** Raw numbers for `explain`, written in the reply's locale without grouping. */
export interface AnomalyCheckNumbers {
  readonly median: string;
  readonly mad: string;
  readonly threshold: string;
  readonly value: string;
  readonly distance: string;
}

/**
 * The words of the anomaly flag (bot/anomaly/anomaly-flag.ts) and of its explanation under
 * `explain` (bot/anomaly/explain-anomaly.ts).
 */
export interface AnomalyTexts {
  unusual(line: UnusualLine): string;
  /** The rule: the limit `z` (3.5), the MAD's scale (1.4826) and the fewest known values. */
  rule(periods: number, kind: PeriodKind, z: string, scale: string, minKnown: number): string;
  /** `Last 12 weeks, oldest first: 2026-W01 30, …`; each value is `label value`. */
  history(periods: number, kind: PeriodKind, values: readonly string[]): string;
  readonly noValue: string;
  fewPeriods(known: number, of: number, minKnown: number): string;
  noSpread(median: string): string;
  check(n: AnomalyCheckNumbers, z: string, scale: string, unusual: boolean): string;
  leading(kind: PeriodKind, who: string, part: string): string;
}
