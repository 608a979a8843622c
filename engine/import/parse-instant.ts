import { Info, type Zone } from 'luxon';
import { instantOfWallClock } from '../time/index.js';
import { quote } from './quote-cell.js';

/**
 * ISO 8601 calendar date, optionally with a time (after `T` or a space: hours and minutes,
 * optional seconds and fraction) and, only then, an offset (`Z`, `±hh`, `±hhmm`, `±hh:mm`).
 * A trailing ` UTC` is read as `Z`: BigQuery and several BI tools export timestamps that way.
 */
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:([Zz]| UTC)|([+-])(\d{2})(?::?(\d{2}))?)?)?$/;

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
 * Returns null when `timezone` is not a zone luxon knows.
 */
export function instantParser(timezone: string): InstantParser | null {
  const zone = Info.normalizeZone(timezone);
  if (!zone.isValid) return null;
  const offsetOfDay = dayOffsets(zone);

  return (text) => {
    const m = ISO.exec(text);
    if (m === null) return `not an ISO 8601 date or time: ${quote(text)} (e.g. 2026-03-01, 2026-03-01 14:00 or 2026-03-01T14:00:00Z)`;
    const year = Number(m[1]);
    const month = Number(m[2]);
    const day = Number(m[3]);
    const hour = m[4] === undefined ? 0 : Number(m[4]);
    const minute = m[5] === undefined ? 0 : Number(m[5]);
    const second = m[6] === undefined ? 0 : Number(m[6]);
    // Digits beyond milliseconds are dropped, as luxon and Date do.
    const millis = m[7] === undefined ? 0 : Number(m[7].slice(0, 3).padEnd(3, '0'));
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59 || second > 59) {
      return `not a real date or time: ${quote(text)}`;
    }
    const wall = utc(year, month, day, hour, minute, second, millis);
    if (m[8] !== undefined) return wall;
    if (m[9] !== undefined) {
      const offsetHours = Number(m[10]);
      const offsetMinutes = m[11] === undefined ? 0 : Number(m[11]);
      if (offsetHours > 18 || offsetMinutes > 59) return `not a real time-zone offset: ${quote(text)}`;
      return wall - (m[9] === '-' ? -1 : 1) * (offsetHours * HOUR + offsetMinutes * MINUTE);
    }
    const offset = offsetOfDay(year, month, day);
    if (offset !== null) return wall - offset * MINUTE;
    return instantOfWallClock(wall, zone);
  };
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
