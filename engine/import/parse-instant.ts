import { Info, type Zone } from 'luxon';
import { instantOfWallClock } from '../time/index.js';
import { quote } from './quote-cell.js';
import type { DateOrder } from './csv-format.js';

/**
 * ISO 8601 calendar date, optionally with a time (after `T` or a space: hours and minutes,
 * optional seconds and fraction) and, only then, an offset (`Z`, `±hh`, `±hhmm`, `±hh:mm`).
 * A trailing ` UTC` is read as `Z`: BigQuery and several BI tools export timestamps that way.
 */
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:([Zz]| UTC)|([+-])(\d{2})(?::?(\d{2}))?)?)?$/;
/**
 * A date as spreadsheets write it in a region's format: `31/03/2026`, `31-03-2026`,
 * `31.03.2026`, optionally with a time `14:05` or `14:05:30`. Whether the first part is the day
 * or the month is the file's date order. Never with an offset: such exports are local times.
 */
const REGIONAL = /^(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
/** `2026/03/31` or `2026.03.31`: year first reads one way only, whatever the region. */
const YEAR_FIRST = /^(\d{4})([./])(\d{1,2})\2(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const ISO_EXAMPLES = '(e.g. 2026-03-01, 2026-03-01 14:00 or 2026-03-01T14:00:00Z)';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** Local clocks lie within UTC-12 and UTC+14, so a local day's instants lie within this window. */
const WINDOW_BEFORE = 14 * HOUR;
const WINDOW_AFTER = 36 * HOUR;
/** Offsets are sampled this often across the window; time-zone transitions are months apart. */
const SAMPLE_STEP = 4 * HOUR;

/** Epoch milliseconds, or why the text is not a date or time. */
export type InstantParser = (text: string) => number | string;

/**
 * Reads ISO 8601 timestamps. With an offset or Z they are absolute. A date or a date and time
 * without offset is a wall-clock time in `timezone`, read as the data contract says on the days
 * clocks change (`instantOfWallClock`): a time skipped by a spring-forward gap moves forward by
 * the gap (01:30 on a day that jumps from 01:00 to 02:00 is read as 02:30), and a time that
 * happens twice in the autumn is the first one, still in summer time.
 *
 * Speed matters (a million rows hold a million timestamps, and luxon's parser plus the
 * time-zone lookup cost ~40 µs each), so the text is matched by one regular expression and the
 * zone's offset is looked up once per local calendar day; only on days when the offset changes
 * is each time resolved on its own.
 *
 * `order` is the file's date order for regional dates (`31/03/2026`), null when not known yet:
 * see `wallTime`. The default reads ISO 8601 only.
 *
 * Returns null when `timezone` is not a zone luxon knows.
 */
export function instantParser(timezone: string, order: DateOrder | null = 'YMD'): InstantParser | null {
  const zone = Info.normalizeZone(timezone);
  if (!zone.isValid) return null;
  const offsetOfDay = dayOffsets(zone);

  return (text) => {
    const t = wallTime(text, order);
    if (typeof t === 'string') return t;
    const wall = utc(t.year, t.month, t.day, t.hour, t.minute, t.second, t.millis);
    if (t.offsetMinutes !== null) return wall - t.offsetMinutes * MINUTE;
    const offset = offsetOfDay(t.year, t.month, t.day);
    if (offset !== null) return wall - offset * MINUTE;
    return instantOfWallClock(wall, zone);
  };
}

/** A date and time as written, before a time zone makes it an instant. */
export interface WallTime {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly millis: number;
  /** Minutes east of UTC when the text gives an offset or Z; null for a local time. */
  readonly offsetMinutes: number | null;
  /** Whether the text had a time of day. */
  readonly timed: boolean;
}

/**
 * Reads a date or date-time: ISO 8601 always, and regional dates in `order`. With no order known
 * (null), a regional date is read when only one order makes it a real date (`31/03/2026`) or both
 * give the same day (`03/03/2026`); `03/04/2026` is refused with both readings, never guessed.
 * Returns why not, as text.
 */
export function wallTime(text: string, order: DateOrder | null): WallTime | string {
  const m = ISO.exec(text);
  if (m !== null) {
    const t = checked(Number(m[1]), Number(m[2]), Number(m[3]), m[4], m[5], m[6], m[7], text);
    if (typeof t === 'string') return t;
    if (m[8] !== undefined) return { ...t, offsetMinutes: 0 };
    if (m[9] !== undefined) {
      const offsetHours = Number(m[10]);
      const offsetMinutes = m[11] === undefined ? 0 : Number(m[11]);
      if (offsetHours > 18 || offsetMinutes > 59) return `not a real time-zone offset: ${quote(text)}`;
      return { ...t, offsetMinutes: (m[9] === '-' ? -1 : 1) * (offsetHours * 60 + offsetMinutes) };
    }
    return t;
  }
  const y = YEAR_FIRST.exec(text);
  if (y !== null) return checked(Number(y[1]), Number(y[3]), Number(y[4]), y[5], y[6], y[7], undefined, text);
  const r = REGIONAL.exec(text);
  if (r === null || order === 'YMD') {
    const hint = r !== null ? '; for day-first or month-first dates give --date-format DMY or MDY' : '';
    return `not an ISO 8601 date or time: ${quote(text)} ${ISO_EXAMPLES}${hint}`;
  }
  const first = Number(r[1]);
  const second = Number(r[3]);
  const year = Number(r[4]);
  const dayFirst = (): WallTime | string => checked(year, second, first, r[5], r[6], r[7], undefined, text);
  const monthFirst = (): WallTime | string => checked(year, first, second, r[5], r[6], r[7], undefined, text);
  if (order === 'DMY') return dayFirst();
  if (order === 'MDY') return monthFirst();
  const dmy = dayFirst();
  const mdy = monthFirst();
  if (typeof dmy === 'string') return mdy;
  if (typeof mdy === 'string' || first === second) return dmy;
  return `${quote(text)} is ${isoDay(dmy)} with --date-format DMY or ${isoDay(mdy)} with --date-format MDY`;
}

/** The date order a regional date shows (`31/03/2026` is day-first), or null when it does not. */
export function orderShownBy(text: string): 'DMY' | 'MDY' | null {
  const r = REGIONAL.exec(text);
  if (r === null) return null;
  const first = Number(r[1]);
  const second = Number(r[3]);
  if (first > 12 && second >= 1 && second <= 12) return 'DMY';
  if (second > 12 && first >= 1 && first <= 12) return 'MDY';
  return null;
}

export const isoDay = (t: WallTime): string =>
  `${String(t.year).padStart(4, '0')}-${String(t.month).padStart(2, '0')}-${String(t.day).padStart(2, '0')}`;

function checked(
  year: number,
  month: number,
  day: number,
  h: string | undefined,
  min: string | undefined,
  s: string | undefined,
  fraction: string | undefined,
  text: string,
): WallTime | string {
  const hour = h === undefined ? 0 : Number(h);
  const minute = min === undefined ? 0 : Number(min);
  const second = s === undefined ? 0 : Number(s);
  // Digits beyond milliseconds are dropped, as luxon and Date do.
  const millis = fraction === undefined ? 0 : Number(fraction.slice(0, 3).padEnd(3, '0'));
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59 || second > 59) {
    return `not a real date or time: ${quote(text)}`;
  }
  return { year, month, day, hour, minute, second, millis, offsetMinutes: null, timed: h !== undefined };
}

/**
 * The zone's UTC offset in minutes for each local calendar day on which it does not change, or
 * null for a day on which it does (the caller then resolves each time on its own). Cached: a file spans few days.
 */
function dayOffsets(zone: Zone): (year: number, month: number, day: number) => number | null {
  if (zone.isUniversal) {
    const fixed = zone.offset(0);
    return () => fixed;
  }
  const cache = new Map<number, number | null>();
  return (year, month, day) => {
    const key = (year * 13 + month) * 32 + day;
    let offset = cache.get(key);
    if (offset === undefined) {
      const midnight = utc(year, month, day, 0, 0, 0, 0);
      const first = zone.offset(midnight - WINDOW_BEFORE);
      offset = first;
      for (let t = midnight - WINDOW_BEFORE + SAMPLE_STEP; t <= midnight + WINDOW_AFTER; t += SAMPLE_STEP) {
        if (zone.offset(t) !== first) {
          offset = null;
          break;
        }
      }
      if (zone.offset(midnight + WINDOW_AFTER) !== first) offset = null;
      cache.set(key, offset);
    }
    return offset;
  };
}

/** Epoch milliseconds of a UTC wall time; years 0-99 too, which Date.UTC maps to 1900-1999. */
function utc(year: number, month: number, day: number, hour: number, minute: number, second: number, millis: number): number {
  const t = Date.UTC(year, month - 1, day, hour, minute, second, millis);
  if (year >= 100) return t;
  const d = new Date(t);
  d.setUTCFullYear(year);
  return d.getTime();
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
