import { DateTime, Info } from 'luxon';
import { instantOfWallClock } from './wall-clock.js';

/**
 * Calendar arithmetic on dates. The time zone matters twice only: to read which local date "now"
 * is (`todayIn`) and to turn a date into the instant of its local midnight (`midnightMs`).
 * Everything in between is done on zone-free days (luxon DateTimes in UTC, which has no DST), so
 * a 23- or 25-hour day is still one day, and zones whose clocks jump at midnight (Havana, Beirut,
 * Santiago, São Paulo before 2019) cannot push a date off by a wall-clock hour.
 */

/** A calendar date as a luxon DateTime at midnight UTC. */
export type Day = DateTime;

/** The local date of `now` in `zone`, or undefined when the zone is unknown. */
export function todayIn(now: number, zone: string): Day | undefined {
  const local = DateTime.fromMillis(now, { zone });
  if (!local.isValid) return undefined;
  return DateTime.utc(local.year, local.month, local.day);
}

/** `YYYY-MM-DD` to a Day; undefined unless it is a real calendar date written exactly so. */
export function parseDay(text: string): Day | undefined {
  const d = DateTime.fromISO(text, { zone: 'utc' });
  return d.isValid && isoDate(d) === text ? d : undefined;
}

/** A date the module wrote itself (`Period.startDate`/`endDate`), so known to be valid. */
export const dayOf = (date: string): Day => DateTime.fromISO(date, { zone: 'utc' });

export const isoDate = (d: Day): string => d.toISODate() ?? '';

/**
 * The instant of local midnight of `date` in `zone`, read by the same rule as imported times, so a
 * row dated `date` falls on that day: where a zone skips midnight, the day starts at the first
 * instant that exists; where it repeats midnight (Havana goes back from 01:00 to 00:00), at the
 * first midnight.
 */
export const midnightMs = (date: string, zone: string): number => instantOfWallClock(dayOf(date).toMillis(), Info.normalizeZone(zone));

/** Whole calendar days from `start` to `end`. */
export const daysBetween = (start: Day, end: Day): number => Math.round(end.diff(start, 'days').days);

/** The first day of the fiscal year containing `d`, for a fiscal year starting in month `fys`. */
export function fiscalYearStartOf(d: Day, fys: number): Day {
  return DateTime.utc(d.month >= fys ? d.year : d.year - 1, fys, 1);
}

/*
 * Fiscal years are named after the calendar year they END in: with fys = 4, FY2026 runs from
 * 2025-04-01 to 2026-04-01 (exclusive) and FY2026-Q1 is April to June 2025. That is how most
 * companies with a non-calendar fiscal year (UK, Japan, India, US federal) say it. With fys = 1
 * the fiscal year is the calendar year and no FY prefix is written.
 */

/** The number of the fiscal year that starts on `start`. */
export const fiscalYearNumber = (start: Day, fys: number): number => (fys === 1 ? start.year : start.year + 1);

/** The first day of fiscal year `n`. */
export const fiscalYearFirstDay = (n: number, fys: number): Day => DateTime.utc(fys === 1 ? n : n - 1, fys, 1);

/** The first day of the fiscal quarter containing `d`. */
export function fiscalQuarterStartOf(d: Day, fys: number): Day {
  const fy = fiscalYearStartOf(d, fys);
  return fy.plus({ months: Math.floor(monthsBetween(fy, d) / 3) * 3 });
}

export function yearLabel(start: Day, fys: number): string {
  const n = fiscalYearNumber(start, fys);
  return fys === 1 ? String(n) : `FY${n}`;
}

export function quarterLabel(start: Day, fys: number): string {
  const fy = fiscalYearStartOf(start, fys);
  return `${yearLabel(fy, fys)}-Q${Math.floor(monthsBetween(fy, start) / 3) + 1}`;
}

/** The first day of the fiscal half (six months) containing `d`; with `fys` 1, the calendar half. */
export function fiscalHalfStartOf(d: Day, fys: number): Day {
  const fy = fiscalYearStartOf(d, fys);
  return fy.plus({ months: Math.floor(monthsBetween(fy, d) / 6) * 6 });
}

/** `2026-H1`, or `FY2027-H1` for a fiscal year that is not the calendar one; `start` is the half's first day. */
export function halfLabel(start: Day, fys: number): string {
  const fy = fiscalYearStartOf(start, fys);
  return `${yearLabel(fy, fys)}-H${Math.floor(monthsBetween(fy, start) / 6) + 1}`;
}

/** ISO week label; the year is the ISO week-year, so 2027-01-01 is in 2026-W53. */
export const weekLabel = (d: Day): string => `${d.weekYear}-W${String(d.weekNumber).padStart(2, '0')}`;

export const monthLabel = (d: Day): string => d.toFormat('yyyy-MM');

const monthsBetween = (from: Day, to: Day): number => (to.year - from.year) * 12 + (to.month - from.month);
