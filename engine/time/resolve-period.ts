import { DateTime } from 'luxon';
import { err, ok, type Result } from '../result.js';
import type { Clock, Period, PeriodError, Step } from './period.js';
import {
  type Day,
  daysBetween,
  fiscalQuarterStartOf,
  fiscalYearFirstDay,
  fiscalYearStartOf,
  halfLabel,
  isoDate,
  parseDay,
  quarterLabel,
  todayIn,
  yearLabel,
} from './calendar.js';

/** The longest `last-N...` accepted: ten years of days (and the same N for weeks and months). */
export const MAX_LAST_N = 3660;

type Resolved = Result<Period, PeriodError>;

/**
 * Resolves a period word (`last-quarter`, `2026-Q1`, `2026-H2`, `FY2026`, `2026-01-01..2026-03-31`, ...) to
 * dates in the workspace time zone as of `clock.now`. See shared/kpis.md, "Time". Case and
 * surrounding spaces do not matter.
 *
 * Calendar and fiscal: `2026`, `2026-Q3` and `2026-H1` are always calendar periods; `FY2027`,
 * `FY2027-Q2` and `FY2027-H1` are fiscal ones, named after the calendar year the fiscal year ends
 * in (calendar.ts); the relative years and quarters (`this-year`, `last-year`, `this-quarter`,
 * `last-quarter`, `ytd`, `qtd`) follow `clock.fiscalYearStart` and, when that is not January, say
 * which fiscal year or quarter they are in `Period.fiscal`. Months and ISO weeks are always
 * calendar ones.
 */
export function resolvePeriod(text: string, clock: Clock): Resolved {
  const input = text.trim();
  const t = input.toLowerCase();
  const zone = clock.timezone;
  const fys = clock.fiscalYearStart;
  const invalid = (detail: string): Resolved => err({ code: 'period.invalid', input, detail });

  const today = todayIn(clock.now, zone);
  if (!today) return invalid(`unknown time zone ${zone}`);
  if (!Number.isInteger(fys) || fys < 1 || fys > 12) return invalid('the fiscal year starts in month 1 to 12');
  // Periods count their quarters and years in the fiscal year unless they are a calendar form.
  const make = (label: string, start: Day, end: Day, step: Step, yearStart = fys, fiscal: string | null = null): Resolved =>
    ok({ label, startDate: isoDate(start), endDate: isoDate(end), timezone: zone, step, yearStart, fiscal });
  // A relative year or quarter names the fiscal one it is, for the echo; a calendar fiscal year needs no name.
  const fiscalName = (name: string): string | null => (fys === 1 ? null : name);
  const fiscalQuarter = (start: Day): string | null => fiscalName(quarterLabel(start, fys));
  const fiscalYear = (start: Day): string | null => fiscalName(yearLabel(start, fys));

  const tomorrow = today.plus({ days: 1 });
  const week = today.startOf('week');
  const month = today.startOf('month');
  const quarter = fiscalQuarterStartOf(today, fys);
  const year = fiscalYearStartOf(today, fys);
  switch (t) {
    case 'today':
      return make(t, today, tomorrow, { days: 1 });
    case 'yesterday':
      return make(t, today.minus({ days: 1 }), today, { days: 1 });
    case 'this-week':
      return make(t, week, week.plus({ weeks: 1 }), { weeks: 1 });
    case 'last-week':
      return make(t, week.minus({ weeks: 1 }), week, { weeks: 1 });
    case 'this-month':
      return make(t, month, month.plus({ months: 1 }), { months: 1 });
    case 'last-month':
      return make(t, month.minus({ months: 1 }), month, { months: 1 });
    case 'this-quarter':
      return make(t, quarter, quarter.plus({ months: 3 }), { months: 3 }, fys, fiscalQuarter(quarter));
    case 'last-quarter': {
      const start = quarter.minus({ months: 3 });
      return make(t, start, quarter, { months: 3 }, fys, fiscalQuarter(start));
    }
    case 'this-year':
      return make(t, year, year.plus({ years: 1 }), { years: 1 }, fys, fiscalYear(year));
    case 'last-year': {
      const start = year.minus({ years: 1 });
      return make(t, start, year, { years: 1 }, fys, fiscalYear(start));
    }
    // To-date periods include today so far; `vs previous` compares the same stretch of the unit before.
    case 'ytd':
      return make(t, year, tomorrow, { years: 1 }, fys, fiscalYear(year));
    case 'qtd':
      return make(t, quarter, tomorrow, { months: 3 }, fys, fiscalQuarter(quarter));
    case 'mtd':
      return make(t, month, tomorrow, { months: 1 });
    case 'wtd':
      return make(t, week, tomorrow, { weeks: 1 });
  }

  let m = /^last-(\d+)([dwm])$/.exec(t);
  if (m) {
    const n = Number(m[1]);
    if (n < 1 || n > MAX_LAST_N) return invalid(`N in last-N must be from 1 to ${MAX_LAST_N}`);
    const label = `last-${n}${m[2]}`;
    // The N whole units before the current one: today, this week or this month is not included,
    // so the numbers do not move while the current unit fills up.
    if (m[2] === 'd') return make(label, today.minus({ days: n }), today, { days: n });
    if (m[2] === 'w') return make(label, week.minus({ weeks: n }), week, { weeks: n });
    return make(label, month.minus({ months: n }), month, { months: n });
  }

  // Years, quarters and halves: with `FY` fiscal ones, without it calendar ones (January to
  // December), whatever the workspace's fiscal year. With a calendar fiscal year both are the same.
  const yearOf = (fy: string | undefined, n: string | undefined): { first: Day; yearStart: number } => {
    const yearStart = fy === undefined ? 1 : fys;
    return { first: fiscalYearFirstDay(Number(n), yearStart), yearStart };
  };

  m = /^(fy)?(\d{4})$/.exec(t);
  if (m) {
    const { first, yearStart } = yearOf(m[1], m[2]);
    return make(yearLabel(first, yearStart), first, first.plus({ years: 1 }), { years: 1 }, yearStart);
  }

  m = /^(fy)?(\d{4})-q(\d)$/.exec(t);
  if (m) {
    const q = Number(m[3]);
    if (q < 1 || q > 4) return invalid('a quarter is Q1 to Q4');
    const { first, yearStart } = yearOf(m[1], m[2]);
    const start = first.plus({ months: (q - 1) * 3 });
    return make(quarterLabel(start, yearStart), start, start.plus({ months: 3 }), { months: 3 }, yearStart);
  }

  m = /^(fy)?(\d{4})-h(\d)$/.exec(t);
  if (m) {
    const h = Number(m[3]);
    if (h < 1 || h > 2) return invalid('a half is H1 or H2');
    const { first, yearStart } = yearOf(m[1], m[2]);
    const start = first.plus({ months: (h - 1) * 6 });
    return make(halfLabel(start, yearStart), start, start.plus({ months: 6 }), { months: 6 }, yearStart);
  }

  m = /^(\d{4})-(\d{2})$/.exec(t);
  if (m) {
    const monthNumber = Number(m[2]);
    if (monthNumber < 1 || monthNumber > 12) return invalid('a month is 01 to 12');
    const start = DateTime.utc(Number(m[1]), monthNumber, 1);
    return make(start.toFormat('yyyy-MM'), start, start.plus({ months: 1 }), { months: 1 });
  }

  m = /^(\d{4})-w(\d{2})$/.exec(t);
  if (m) {
    const weekYear = Number(m[1]);
    const weekNumber = Number(m[2]);
    const weeks = DateTime.utc(weekYear, 12, 28).weeksInWeekYear; // 28 December is always in the last ISO week
    if (weekNumber < 1 || weekNumber > weeks) return invalid(`${weekYear} has ISO weeks W01 to W${weeks}`);
    const start = DateTime.fromObject({ weekYear, weekNumber, weekday: 1 }, { zone: 'utc' });
    return make(`${m[1]}-W${m[2]}`, start, start.plus({ weeks: 1 }), { weeks: 1 });
  }

  m = /^(\d{4}-\d{2}-\d{2})(?:\.\.(\d{4}-\d{2}-\d{2}))?$/.exec(t);
  if (m) {
    const first = parseDay(m[1] ?? '');
    const last = m[2] === undefined ? first : parseDay(m[2]);
    if (!first || !last) return invalid('not a calendar date (YYYY-MM-DD)');
    if (last < first) return invalid('the range ends before it starts');
    // The end date is typed inclusive; periods store the day after it.
    const end = last.plus({ days: 1 });
    const label = m[2] === undefined ? isoDate(first) : `${isoDate(first)}..${isoDate(last)}`;
    return make(label, first, end, { days: daysBetween(first, end) });
  }

  return err({ code: 'period.unknown', input, detail: 'not a period keyword or date form' });
}
