import { DateTime } from 'luxon';

/**
 * Calendar arithmetic in a time zone, on local midnights. Luxon keeps the wall-clock time when
 * adding days or months, so a day stays a day across DST changes (23 or 25 hours).
 */

export const dayIn = (date: string, zone: string): DateTime => DateTime.fromISO(date, { zone }).startOf('day');

export const isoDate = (d: DateTime): string => d.toISODate() ?? '';

/** The first day of the fiscal year containing `d`, for a fiscal year starting in month `fys`. */
export function fiscalYearStartOf(d: DateTime, fys: number): DateTime {
  const year = d.month >= fys ? d.year : d.year - 1;
  return d.set({ year, month: fys, day: 1 }).startOf('day');
}

/**
 * The number of the fiscal year that starts on `start`: fiscal years are named after the calendar
 * year they end in (with fys = 4, FY2027 runs from April 2026 to March 2027), which is what
 * most companies with a non-calendar fiscal year say.
 */
export function fiscalYearNumber(start: DateTime, fys: number): number {
  return fys === 1 ? start.year : start.year + 1;
}

/** The first day of fiscal year `n`. */
export function fiscalYearStart(n: number, fys: number, zone: string): DateTime {
  const year = fys === 1 ? n : n - 1;
  return DateTime.fromObject({ year, month: fys, day: 1 }, { zone });
}

/** The first day of the fiscal quarter containing `d`. */
export function fiscalQuarterStartOf(d: DateTime, fys: number): DateTime {
  const fy = fiscalYearStartOf(d, fys);
  const months = (d.year - fy.year) * 12 + (d.month - fy.month);
  return fy.plus({ months: Math.floor(months / 3) * 3 });
}

export function yearLabel(start: DateTime, fys: number): string {
  const n = fiscalYearNumber(start, fys);
  return fys === 1 ? String(n) : `FY${n}`;
}

export function quarterLabel(start: DateTime, fys: number): string {
  const fy = fiscalYearStartOf(start, fys);
  const months = (start.year - fy.year) * 12 + (start.month - fy.month);
  return `${yearLabel(fy, fys)}-Q${Math.floor(months / 3) + 1}`;
}

export function weekLabel(d: DateTime): string {
  return `${d.weekYear}-W${String(d.weekNumber).padStart(2, '0')}`;
}

export function monthLabel(d: DateTime): string {
  return d.toFormat('yyyy-MM');
}
