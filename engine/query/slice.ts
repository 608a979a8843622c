import type { Period, PeriodBounds } from '../time/period.js';
import { periodBounds, shiftPeriod } from '../time/index.js';
import type { SliceBounds } from './compile-measure.js';

/** One period a KPI is evaluated over: the whole query period, or one slice of a time breakdown. */
export interface Slice extends SliceBounds {
  readonly key: string;
  readonly period: Period;
  /** A bucket of a time breakdown cut short of its unit (see Bucket.partial). */
  readonly partial: boolean;
  readonly current: PeriodBounds;
  readonly previous: PeriodBounds;
}

export function sliceOf(period: Period, key: string = period.label, partial = false): Slice {
  return { key, period, partial, current: periodBounds(period), previous: periodBounds(shiftPeriod(period, 'previous')) };
}

/** The same slices one step earlier each (for `previous(kpi)` in formulas). */
export function previousSlices(slices: readonly Slice[]): Slice[] {
  return slices.map((s) => sliceOf(shiftPeriod(s.period, 'previous'), s.key, s.partial));
}

export function slicesSignature(slices: readonly Slice[]): string {
  return slices.map((s) => `${s.current.startMs}-${s.current.endMs}`).join(',');
}
