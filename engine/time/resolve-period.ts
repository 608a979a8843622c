import { DateTime } from 'luxon';
import { err, ok, type Result } from '../result.js';
import type { Clock, Period, PeriodError, Step } from './period.js';
import {
  dayIn,
  fiscalQuarterStartOf,
  fiscalYearStart,
  fiscalYearStartOf,
  isoDate,
  quarterLabel,
  yearLabel,
} from './calendar.js';

/** The longest `last-N...` accepted: ten years of days. */
const MAX_N = 3660;

const make = (label: string, start: DateTime, end: DateTime, zone: string, step: Step): Period => ({
  label,
  startDate: isoDate(start),
  endDate: isoDate(end),
  timezone: zone,
  step,
});

/**
 * Resolves a period word (`last-quarter`, `2026-Q1`, `2026-01-01..2026-03-31`, ...) to concrete
 * dates in the workspace time zone, as of `clock.now`. See ../shared/kpis.md, "Time".
 */
export function resolvePeriod(text: string, clock: Clock): Result<Period, PeriodError> {
  const input = text.trim();
  const t = input.toLowerCase();
  const zone = clock.timezone;
  const fys = clock.fiscalYearStart;
  const today = DateTime.fromMillis(clock.now, { zone }).startOf('day');
  const tomorrow = today.plus({ days: 1 });
  const invalid = (detail: string): Result<Period, PeriodError> => err({ code: 'period.invalid', input, detail });

  const week = today.startOf('week');
  const month = today.startOf('month');
  const quarter = fiscalQuarterStartOf(today, fys);
  const year = fiscalYearStartOf(today, fys);
  switch (t) {
    case 'today':
      return ok(make(t, today, tomorrow, zone, { days: 1 }));
    case 'yesterday':
      return ok(make(t, today.minus({ days: 1 }), today, zone, { days: 1 }));
    case 'this-week':
      return ok(make(t, week, week.plus({ weeks: 1 }), zone, { weeks: 1 }));
    case 'last-week':
      return ok(make(t, week.minus({ weeks: 1 }), week, zone, { weeks: 1 }));
    case 'this-month':
      return ok(make(t, month, month.plus({ months: 1 }), zone, { months: 1 }));
    case 'last-month':
      return ok(make(t, month.minus({ months: 1 }), month, zone, { months: 1 }));
    case 'this-quarter':
      return ok(make(t, quarter, quarter.plus({ months: 3 }), zone, { months: 3 }));
    case 'last-quarter':
      return ok(make(t, quarter.minus({ months: 3 }), quarter, zone, { months: 3 }));
    case 'this-year':
      return ok(make(t, year, year.plus({ years: 1 }), zone, { years: 1 }));
    case 'last-year':
      return ok(make(t, year.minus({ years: 1 }), year, zone, { years: 1 }));
    // To-date periods run from the start of the unit through today (today included, so far).
    case 'ytd':
      return ok(make(t, year, tomorrow, zone, { years: 1 }));
    case 'qtd':
      return ok(make(t, quarter, tomorrow, zone, { months: 3 }));
    case 'mtd':
      return ok(make(t, month, tomorrow, zone, { months: 1 }));
    case 'wtd':
      return ok(make(t, week, tomorrow, zone, { weeks: 1 }));
  }

  let m = /^last-(\d+)([dwm])$/.exec(t);
  if (m) {
    const n = Number(m[1]);
    if (n < 1 || n > MAX_N) return invalid(`N must be from 1 to ${MAX_N}`);
    const label = `last-${n}${m[2]}`;
    // The N whole units before the current one: today, this week or this month is not included.
    if (m[2] === 'd') return ok(make(label, today.minus({ days: n }), today, zone, { days: n }));
    if (m[2] === 'w') return ok(make(label, week.minus({ weeks: n }), week, zone, { weeks: n }));
    return ok(make(label, month.minus({ months: n }), month, zone, { months: n }));
  }

  m = /^(fy)?(\d{4})$/.exec(t);
  if (m) {
    const start = fiscalYearStart(Number(m[2]), fys, zone);
    return ok(make(yearLabel(start, fys), start, start.plus({ years: 1 }), zone, { years: 1 }));
  }

  m = /^(fy)?(\d{4})-q(\d)$/.exec(t);
  if (m) {
    const q = Number(m[3]);
    if (q < 1 || q > 4) return invalid('a quarter is Q1 to Q4');
    const start = fiscalYearStart(Number(m[2]), fys, zone).plus({ months: (q - 1) * 3 });
    return ok(make(quarterLabel(start, fys), start, start.plus({ months: 3 }), zone, { months: 3 }));
  }

  m = /^(\d{4})-(\d{2})$/.exec(t);
  if (m) {
    const start = DateTime.fromObject({ year: Number(m[1]), month: Number(m[2]), day: 1 }, { zone });
    if (!start.isValid) return invalid('a month is 01 to 12');
    return ok(make(start.toFormat('yyyy-MM'), start, start.plus({ months: 1 }), zone, { months: 1 }));
  }

  m = /^(\d{4})-w(\d{2})$/.exec(t);
  if (m) {
    const start = DateTime.fromObject({ weekYear: Number(m[1]), weekNumber: Number(m[2]), weekday: 1 }, { zone });
    if (!start.isValid || start.weekNumber !== Number(m[2])) {
      return invalid(`${m[1]} has ISO weeks W01 to W${DateTime.fromObject({ weekYear: Number(m[1]) }).weeksInWeekYear}`);
    }
    return ok(make(`${m[1]}-W${m[2]}`, start, start.plus({ weeks: 1 }), zone, { weeks: 1 }));
  }

  m = /^(\d{4}-\d{2}-\d{2})(?:\.\.(\d{4}-\d{2}-\d{2}))?$/.exec(t);
  if (m) {
    const first = parseDay(m[1] ?? '', zone);
    const last = m[2] === undefined ? first : parseDay(m[2], zone);
    if (!first || !last) return invalid('not a calendar date (YYYY-MM-DD)');
    if (last < first) return invalid('the range ends before it starts');
    const end = last.plus({ days: 1 });
    const days = Math.round(end.diff(first, 'days').days);
    const label = m[2] === undefined ? isoDate(first) : `${isoDate(first)}..${isoDate(last)}`;
    return ok(make(label, first, end, zone, { days }));
  }

  return err({ code: 'period.unknown', input, detail: 'not a period keyword or date form' });
}

function parseDay(text: string, zone: string): DateTime | undefined {
  const d = dayIn(text, zone);
  return d.isValid && isoDate(d) === text ? d : undefined;
}
