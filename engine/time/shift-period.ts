import { DateTime, type DurationLikeObject } from 'luxon';
import type { Period } from './period.js';
import {
  type Day,
  dayOf,
  fiscalHalfStartOf,
  fiscalQuarterStartOf,
  fiscalYearStartOf,
  halfLabel,
  isoDate,
  monthLabel,
  quarterLabel,
  weekLabel,
  yearLabel,
} from './calendar.js';

/**
 * The period a comparison reads: `previous` moves both ends back by the period's step (the
 * quarter before a quarter, the 30 days before last-30d, the same stretch of last month for mtd),
 * `last-year` moves them back a year. Month and year steps use calendar arithmetic, so a date that
 * does not exist in the target month clamps to its last day (31 March - 1 month = 28 February).
 * The shifted period is named in the period's own year (`Period.yearStart`): calendar 2026-Q3 vs
 * previous is 2026-Q2, fiscal FY2027-Q2 vs previous is FY2027-Q1. It carries no fiscal name of its
 * own: its label is already a name (`FY2027-Q1`) or dates.
 */
export function shiftPeriod(p: Period, how: 'previous' | 'last-year'): Period {
  const by = how === 'previous' ? p.step : { years: 1 };
  const start = dayOf(p.startDate).minus(by);
  let end = dayOf(p.endDate).minus(by);
  // Clamping can fold a short slice at a month's end onto one date (29..31 March - 1 month is
  // 28..28 February); keep one day rather than hand back an empty period.
  if (end <= start) end = start.plus({ days: 1 });
  const startDate = isoDate(start);
  const endDate = isoDate(end);
  // A period read to date is compared with the same span before it, to the same local time.
  const asOf = p.asOf === undefined ? {} : { asOf: DateTime.fromMillis(p.asOf, { zone: p.timezone }).minus(by).toMillis() };
  return { ...p, label: labelFor(startDate, endDate, p.yearStart), startDate, endDate, fiscal: null, ...asOf };
}

/**
 * The shortest name for `[startDate, endDate)`: a day, ISO week, month, quarter, half, year, or the
 * dates. Quarters, halves and years are counted in a year that starts in month `yearStart`.
 */
export function labelFor(startDate: string, endDate: string, yearStart = 1): string {
  const start = dayOf(startDate);
  const end = dayOf(endDate);
  const spans = (s: Day, by: DurationLikeObject): boolean => +s === +start && +s.plus(by) === +end;
  if (spans(start, { days: 1 })) return startDate;
  if (spans(start.startOf('week'), { weeks: 1 })) return weekLabel(start);
  if (spans(start.startOf('month'), { months: 1 })) return monthLabel(start);
  if (spans(fiscalQuarterStartOf(start, yearStart), { months: 3 })) return quarterLabel(start, yearStart);
  // A half is named fiscally first, as quarters and years are; a calendar half that is not a fiscal
  // one (January to June with a fiscal year from April) keeps its calendar name.
  if (spans(fiscalHalfStartOf(start, yearStart), { months: 6 })) return halfLabel(start, yearStart);
  if (spans(fiscalHalfStartOf(start, 1), { months: 6 })) return halfLabel(start, 1);
  if (spans(fiscalYearStartOf(start, yearStart), { years: 1 })) return yearLabel(start, yearStart);
  return `${startDate}..${isoDate(end.minus({ days: 1 }))}`;
}
