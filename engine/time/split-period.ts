import { err, ok, type Result } from '../result.js';
import type { TimeGrain } from '../schema/tables.js';
import type { Bucket, Period, PeriodError, Step } from './period.js';
import {
  type Day,
  dayOf,
  fiscalQuarterStartOf,
  fiscalYearStartOf,
  isoDate,
  monthLabel,
  quarterLabel,
  weekLabel,
  yearLabel,
} from './calendar.js';

/** More slices than this make neither a readable chart nor a quick query. */
export const MAX_BUCKETS = 2000;

const GRAIN_STEP: Record<TimeGrain, Step> = {
  day: { days: 1 },
  week: { weeks: 1 },
  month: { months: 1 },
  quarter: { months: 3 },
  year: { years: 1 },
};

/**
 * Slices a period along a time grain, aligned to the grain's calendar and clipped to the period at
 * both ends, so last-30d by week has partial first and last weeks. Weeks are ISO weeks; quarters
 * and years are counted in the period's own year (`Period.yearStart`): calendar 2026 by quarter
 * gives 2026-Q1 to 2026-Q4 whatever the fiscal year, this-year by quarter in a workspace whose
 * fiscal year starts in April gives FY2027-Q1 to FY2027-Q4. Each slice is keyed by the grain unit
 * it belongs to. Refuses (`period.invalid`) rather than return more than MAX_BUCKETS slices.
 */
export function splitPeriod(p: Period, grain: TimeGrain): Result<Bucket[], PeriodError> {
  const end = dayOf(p.endDate);
  const step = GRAIN_STEP[grain];
  const buckets: Bucket[] = [];
  let cursor = dayOf(p.startDate);
  while (cursor < end) {
    if (buckets.length === MAX_BUCKETS) {
      return err({
        code: 'period.invalid',
        input: `${p.label} by ${grain}`,
        detail: `too many slices (more than ${MAX_BUCKETS} ${grain}s); pick a coarser grain or a shorter period`,
      });
    }
    const unit = unitStart(cursor, grain, p.yearStart);
    const next = unit.plus(step);
    const sliceEnd = next < end ? next : end;
    const key = keyOf(unit, grain, p.yearStart);
    const last = sliceEnd >= end;
    // The bucket that holds the instant a period is read to is read to it too.
    const asOf = last && p.asOf !== undefined ? { asOf: p.asOf } : {};
    buckets.push({
      key,
      // A slice is named by its key; only the relative keywords carry a fiscal name.
      period: { label: key, startDate: isoDate(cursor), endDate: isoDate(sliceEnd), timezone: p.timezone, step, yearStart: p.yearStart, fiscal: null, ...asOf },
      partial: +cursor !== +unit || +sliceEnd !== +next || (last && p.asOf !== undefined),
    });
    cursor = sliceEnd;
  }
  return ok(buckets);
}

function unitStart(d: Day, grain: TimeGrain, fys: number): Day {
  switch (grain) {
    case 'day':
      return d;
    case 'week':
      return d.startOf('week');
    case 'month':
      return d.startOf('month');
    case 'quarter':
      return fiscalQuarterStartOf(d, fys);
    case 'year':
      return fiscalYearStartOf(d, fys);
  }
}

function keyOf(unit: Day, grain: TimeGrain, fys: number): string {
  switch (grain) {
    case 'day':
      return isoDate(unit);
    case 'week':
      return weekLabel(unit);
    case 'month':
      return monthLabel(unit);
    case 'quarter':
      return quarterLabel(unit, fys);
    case 'year':
      return yearLabel(unit, fys);
  }
}
