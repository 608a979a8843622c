import { DateTime } from 'luxon';
import type { Period } from './period.js';
import { dayIn, fiscalQuarterStartOf, fiscalYearStartOf, isoDate, monthLabel, quarterLabel, weekLabel, yearLabel } from './calendar.js';

/**
 * The period a comparison reads: `previous` moves both ends back by the period's step (the
 * quarter before a quarter, the 30 days before last-30d), `last-year` moves them back a year.
 */
export function shiftPeriod(p: Period, how: 'previous' | 'last-year', fiscalYearStart = 1): Period {
  const by = how === 'previous' ? p.step : { years: 1 };
  const start = dayIn(p.startDate, p.timezone).minus(by);
  const end = dayIn(p.endDate, p.timezone).minus(by);
  return { ...p, label: labelFor(start, end, fiscalYearStart), startDate: isoDate(start), endDate: isoDate(end) };
}

/** The shortest name for a range: a day, an ISO week, a month, a quarter, a year, or the dates. */
export function labelFor(start: DateTime, end: DateTime, fys: number): string {
  if (+start.plus({ days: 1 }) === +end) return isoDate(start);
  if (start.weekday === 1 && +start.plus({ weeks: 1 }) === +end) return weekLabel(start);
  if (start.day === 1 && +start.plus({ months: 1 }) === +end) return monthLabel(start);
  if (+fiscalQuarterStartOf(start, fys) === +start && +start.plus({ months: 3 }) === +end) return quarterLabel(start, fys);
  if (+fiscalYearStartOf(start, fys) === +start && +start.plus({ years: 1 }) === +end) return yearLabel(start, fys);
  return `${isoDate(start)}..${isoDate(end.minus({ days: 1 }))}`;
}
