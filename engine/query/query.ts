import type { Dimension, TimeGrain } from '../schema/tables.js';
import type { Statement } from '../store/store.js';
import type { KpiUnit } from '../catalog/kpi-schema.js';

/** A breakdown axis: a dimension from the catalog, or a time grain. */
export type BreakdownAxis = Dimension | TimeGrain;

export const COMPARISONS = ['previous', 'last-year'] as const;
export type Comparison = (typeof COMPARISONS)[number];

/**
 * What the engine is asked. Every name in it has been resolved against the catalog before it
 * gets here; filter values are bound as parameters, never spliced into SQL.
 */
export interface Query {
  /** KPI id from the catalog. */
  readonly metric: string;
  /** Period text (`last-quarter`, `2026-Q1`, ...); the workspace default when omitted. */
  readonly period?: string;
  /** Zero, one or two breakdown axes. */
  readonly by?: readonly BreakdownAxis[];
  /** `segment in (SMB, Mid-Market)`; `(none)` matches rows without the dimension. */
  readonly filters?: Readonly<Partial<Record<Dimension, readonly string[]>>>;
  /** The period before, the same dates a year earlier, or any other period (`vs 2025-Q1`). */
  readonly compare?: Comparison | { readonly period: string };
}

export interface ResolvedPeriod {
  readonly label: string;
  /** ISO date of the first day. */
  readonly start: string;
  /** ISO date of the day after the last day (exclusive). */
  readonly end: string;
  readonly timezone: string;
  /**
   * The fiscal year or quarter a relative period stands for when the fiscal year is not the
   * calendar one (`FY2027-Q1` for `last-quarter`); null otherwise. See `Period.fiscal`.
   */
  readonly fiscal: string | null;
  /** ISO instant the period is read to, when it is read to date (it contains now, or is the same span of one that does). */
  readonly asOf?: string;
}

export interface GroupResult {
  /** One entry per breakdown axis, e.g. `{ segment: 'SMB', month: '2026-03' }`. */
  readonly key: Readonly<Record<string, string>>;
  readonly value: number | null;
  readonly sample: number | null;
  /** True when a survey KPI's group rests on fewer answers than the KPI's minimum sample, but on some. */
  readonly smallSample?: boolean;
  /** A bucket of a time breakdown cut short by the period or by today, and the days it covers. */
  readonly partial?: { readonly days: number };
  /** The same group in the comparison period, when one was asked for. */
  readonly compare?: { readonly value: number | null; readonly delta: number | null };
}

export interface ComparisonResult {
  readonly kind: Comparison | 'period';
  readonly period: ResolvedPeriod;
  readonly value: number | null;
  /** How many records the compared value rests on, like `KpiResult.sample`. */
  readonly sample: number | null;
  /** value - compared value, in the KPI's unit (percentage points for percentages). */
  readonly delta: number | null;
  /** Relative change in percent of the compared value; null when that is zero or missing. */
  readonly deltaPct: number | null;
}

/** A KPI answer: a number with its context. */
export interface KpiResult {
  readonly metric: string;
  readonly name: string;
  readonly unit: KpiUnit;
  readonly better: 'up' | 'down';
  /** Unrounded; null when the KPI has no value (empty denominator, no rows for an average). */
  readonly value: number | null;
  readonly period: ResolvedPeriod;
  /** How many records the number rests on (the denominator's, for ratios); null when not meaningful. */
  readonly sample: number | null;
  /** True when a survey KPI rests on fewer answers than its minimum sample, but on some. */
  readonly smallSample: boolean;
  /** The KPI's minimum sample, when it has one (survey KPIs): an answer from none at all says so. */
  readonly minSample?: number;
  /** ISO instant of the newest row the KPI reads, or null with no rows. */
  readonly dataThrough: string | null;
  readonly by: readonly BreakdownAxis[];
  readonly filters: Readonly<Partial<Record<Dimension, readonly string[]>>>;
  readonly groups?: readonly GroupResult[];
  readonly compare?: ComparisonResult;
  /** Every statement run, with its parameters, for `explain`. */
  readonly statements: readonly Statement[];
}
