import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  MAX_BUCKETS,
  periodBounds,
  resolvePeriod,
  shiftPeriod,
  splitPeriod,
  type Clock,
  type Period,
  type Step,
} from '../engine/time/index.js';

/*
 * Every expected date here is worked out by hand from shared/kpis.md "Time" and the calendar:
 * 2026-01-01 is a Thursday (so 2026 has 53 ISO weeks and 2026-W01 starts on 2025-12-29), and
 * 2026-11-22 is a Sunday in ISO week 47.
 */

// Sunday 22 November 2026, 10:00 UTC (07:00 in São Paulo, same date).
const NOW = Date.parse('2026-11-22T10:00:00Z');
const utc: Clock = { now: NOW, timezone: 'UTC', fiscalYearStart: 1 };
const HOUR = 3_600_000;

function resolve(text: string, clock: Clock = utc): Period {
  const r = resolvePeriod(text, clock);
  if (!r.ok) throw new Error(`${text}: ${r.error.code} ${r.error.detail}`);
  return r.value;
}
const range = (p: Period): string => `${p.startDate}..${p.endDate}`;
const at = (iso: string, timezone: string, fiscalYearStart = 1): Clock => ({ now: Date.parse(iso), timezone, fiscalYearStart });

// [text, start..end (end exclusive), step] on Sunday 2026-11-22.
const ON_2026_11_22: readonly (readonly [string, string, Step])[] = [
  ['today', '2026-11-22..2026-11-23', { days: 1 }],
  ['yesterday', '2026-11-21..2026-11-22', { days: 1 }],
  ['this-week', '2026-11-16..2026-11-23', { weeks: 1 }],
  ['last-week', '2026-11-09..2026-11-16', { weeks: 1 }],
  ['this-month', '2026-11-01..2026-12-01', { months: 1 }],
  ['last-month', '2026-10-01..2026-11-01', { months: 1 }],
  ['this-quarter', '2026-10-01..2027-01-01', { months: 3 }],
  ['last-quarter', '2026-07-01..2026-10-01', { months: 3 }],
  ['this-year', '2026-01-01..2027-01-01', { years: 1 }],
  ['last-year', '2025-01-01..2026-01-01', { years: 1 }],
  ['ytd', '2026-01-01..2026-11-23', { years: 1 }],
  ['qtd', '2026-10-01..2026-11-23', { months: 3 }],
  ['mtd', '2026-11-01..2026-11-23', { months: 1 }],
  ['wtd', '2026-11-16..2026-11-23', { weeks: 1 }],
  ['last-1d', '2026-11-21..2026-11-22', { days: 1 }],
  ['last-7d', '2026-11-15..2026-11-22', { days: 7 }],
  ['last-30d', '2026-10-23..2026-11-22', { days: 30 }],
  ['last-90d', '2026-08-24..2026-11-22', { days: 90 }],
  // 2016-11-22..2026-11-22 is 3652 days (29 Feb 2020 and 2024), so 3660 reach 8 days further back.
  ['last-3660d', '2016-11-14..2026-11-22', { days: 3660 }],
  ['last-1w', '2026-11-09..2026-11-16', { weeks: 1 }],
  ['last-2w', '2026-11-02..2026-11-16', { weeks: 2 }],
  ['last-1m', '2026-10-01..2026-11-01', { months: 1 }],
  ['last-3m', '2026-08-01..2026-11-01', { months: 3 }],
  ['last-12m', '2025-11-01..2026-11-01', { months: 12 }],
  ['2026', '2026-01-01..2027-01-01', { years: 1 }],
  ['FY2026', '2026-01-01..2027-01-01', { years: 1 }],
  ['2026-Q1', '2026-01-01..2026-04-01', { months: 3 }],
  ['2026-q4', '2026-10-01..2027-01-01', { months: 3 }],
  ['FY2026-Q2', '2026-04-01..2026-07-01', { months: 3 }],
  // Halves: January to June and July to December, stepping by six months.
  ['2026-H1', '2026-01-01..2026-07-01', { months: 6 }],
  ['2026-h2', '2026-07-01..2027-01-01', { months: 6 }],
  ['FY2026-H2', '2026-07-01..2027-01-01', { months: 6 }],
  ['2026-03', '2026-03-01..2026-04-01', { months: 1 }],
  ['2026-02', '2026-02-01..2026-03-01', { months: 1 }],
  ['2026-W05', '2026-01-26..2026-02-02', { weeks: 1 }],
  ['2026-W01', '2025-12-29..2026-01-05', { weeks: 1 }],
  ['2026-W53', '2026-12-28..2027-01-04', { weeks: 1 }],
  ['2020-W53', '2020-12-28..2021-01-04', { weeks: 1 }],
  ['2026-01-01', '2026-01-01..2026-01-02', { days: 1 }],
  ['2024-02-29', '2024-02-29..2024-03-01', { days: 1 }],
  ['2026-01-01..2026-03-31', '2026-01-01..2026-04-01', { days: 90 }],
  ['2024-02-01..2024-02-29', '2024-02-01..2024-03-01', { days: 29 }],
  ['2026-12-31..2026-12-31', '2026-12-31..2027-01-01', { days: 1 }],
];

describe('resolvePeriod: keywords and explicit forms', () => {
  it.each(ON_2026_11_22)('GIVEN %s on Sunday 2026-11-22 in UTC THEN it covers %s (end exclusive) with step %o', (text, expected, step) => {
    const p = resolve(text);
    expect(range(p)).toBe(expected);
    expect(p.step).toEqual(step);
    expect(p.timezone).toBe('UTC');
  });

  it.each(ON_2026_11_22)(
    'GIVEN %s at 07:00 on 2026-11-22 in São Paulo THEN it covers %s and starts at local midnight',
    (text, expected) => {
      const p = resolve(text, { ...utc, timezone: 'America/Sao_Paulo' });
      expect(range(p)).toBe(expected);
      expect(p.timezone).toBe('America/Sao_Paulo');
      const b = periodBounds(p);
      // UTC-3 all year since 2019; in November 2016 Brazil was on summer time, UTC-2.
      const offset = p.startDate < '2019-03-01' ? '02' : '03';
      expect(b.startMs).toBe(Date.parse(`${p.startDate}T${offset}:00:00Z`));
      expect(b.endMs).toBe(Date.parse(`${p.endDate}T03:00:00Z`));
    },
  );

  it.each([
    ['today', 'today'],
    [' TODAY ', 'today'],
    ['Last-Quarter', 'last-quarter'],
    ['last-7D', 'last-7d'],
    ['last-007d', 'last-7d'],
    ['fy2026', '2026'],
    ['2026-q1', '2026-Q1'],
    ['fy2026-q1', '2026-Q1'],
    ['2026-w05', '2026-W05'],
    ['2026-h1', '2026-H1'],
    ['fy2026-h2', '2026-H2'],
    ['2026-01-01..2026-03-31', '2026-01-01..2026-03-31'],
    ['2026-02-14', '2026-02-14'],
  ])('GIVEN %j with a calendar fiscal year THEN its label is the canonical %s', (text, label) => {
    expect(resolve(text).label).toBe(label);
  });

  // New York is UTC-5 in November: 01:30 UTC on the 22nd is 20:30 on Saturday the 21st.
  const ny = at('2026-11-22T01:30:00Z', 'America/New_York');
  it.each([
    ['today', '2026-11-21..2026-11-22'],
    ['yesterday', '2026-11-20..2026-11-21'],
    ['this-week', '2026-11-16..2026-11-23'],
    ['last-week', '2026-11-09..2026-11-16'],
    ['this-month', '2026-11-01..2026-12-01'],
    ['last-month', '2026-10-01..2026-11-01'],
    ['this-quarter', '2026-10-01..2027-01-01'],
    ['last-quarter', '2026-07-01..2026-10-01'],
    ['this-year', '2026-01-01..2027-01-01'],
    ['last-year', '2025-01-01..2026-01-01'],
    ['ytd', '2026-01-01..2026-11-22'],
    ['qtd', '2026-10-01..2026-11-22'],
    ['mtd', '2026-11-01..2026-11-22'],
    ['wtd', '2026-11-16..2026-11-22'],
    ['last-7d', '2026-11-14..2026-11-21'],
    ['last-30d', '2026-10-22..2026-11-21'],
    ['last-12m', '2025-11-01..2026-11-01'],
  ])('GIVEN 01:30 UTC on 2026-11-22, still Saturday the 21st in New York, THEN %s covers %s', (text, expected) => {
    expect(range(resolve(text, ny))).toBe(expected);
  });

  it('GIVEN the New York evening of 2026-11-21 THEN today starts at local midnight, 05:00 UTC', () => {
    const b = periodBounds(resolve('today', ny));
    expect(b.startMs).toBe(Date.UTC(2026, 10, 21, 5));
    expect(b.endMs).toBe(Date.UTC(2026, 10, 22, 5));
  });

  // 03:00 UTC on 1 January 2027 is 22:00 on Thursday 31 December 2026 in New York.
  it.each([
    ['today', '2026-12-31..2027-01-01'],
    ['this-year', '2026-01-01..2027-01-01'],
    ['ytd', '2026-01-01..2027-01-01'],
    ['this-quarter', '2026-10-01..2027-01-01'],
    ['this-week', '2026-12-28..2027-01-04'],
    ['last-12m', '2025-12-01..2026-12-01'],
  ])('GIVEN New Year 2027 in UTC but still 2026 in New York THEN %s covers %s', (text, expected) => {
    expect(range(resolve(text, at('2027-01-01T03:00:00Z', 'America/New_York')))).toBe(expected);
  });

  it('GIVEN the same instant in UTC THEN the year has already turned', () => {
    const clock = at('2027-01-01T03:00:00Z', 'UTC');
    expect(range(resolve('today', clock))).toBe('2027-01-01..2027-01-02');
    expect(range(resolve('this-year', clock))).toBe('2027-01-01..2028-01-01');
    expect(range(resolve('last-year', clock))).toBe('2026-01-01..2027-01-01');
  });

  // Tokyo is UTC+9: 20:00 UTC on Sunday the 22nd is 05:00 on Monday the 23rd, a new ISO week.
  it.each([
    ['today', '2026-11-23..2026-11-24'],
    ['this-week', '2026-11-23..2026-11-30'],
    ['last-week', '2026-11-16..2026-11-23'],
    ['wtd', '2026-11-23..2026-11-24'],
    ['last-7d', '2026-11-16..2026-11-23'],
  ])('GIVEN 20:00 UTC on Sunday, already Monday in Tokyo, THEN %s covers %s', (text, expected) => {
    const clock = at('2026-11-22T20:00:00Z', 'Asia/Tokyo');
    expect(range(resolve(text, clock))).toBe(expected);
    if (text === 'today') expect(periodBounds(resolve(text, clock)).startMs).toBe(Date.UTC(2026, 10, 22, 15));
  });
});

describe('resolvePeriod: DST', () => {
  it.each([
    // [zone, the day, the day after, the day before, start instant, end instant, hours]
    // Lisbon: WET (UTC+0) to WEST (UTC+1) on the last Sunday of March, back on the last Sunday of October.
    ['Europe/Lisbon', '2026-03-29', '2026-03-30', '2026-03-28', Date.UTC(2026, 2, 29, 0), Date.UTC(2026, 2, 29, 23), 23],
    ['Europe/Lisbon', '2026-10-25', '2026-10-26', '2026-10-24', Date.UTC(2026, 9, 24, 23), Date.UTC(2026, 9, 26, 0), 25],
    // New York: EST (UTC-5) to EDT (UTC-4) on the second Sunday of March, back on the first Sunday of November.
    ['America/New_York', '2026-03-08', '2026-03-09', '2026-03-07', Date.UTC(2026, 2, 8, 5), Date.UTC(2026, 2, 9, 4), 23],
    ['America/New_York', '2026-11-01', '2026-11-02', '2026-10-31', Date.UTC(2026, 10, 1, 4), Date.UTC(2026, 10, 2, 5), 25],
    // Zones whose clocks jump at midnight: the day starts at 01:00, the first instant that exists.
    // Havana: UTC-5 to UTC-4 at 00:00 on the second Sunday of March.
    ['America/Havana', '2026-03-08', '2026-03-09', '2026-03-07', Date.UTC(2026, 2, 8, 5), Date.UTC(2026, 2, 9, 4), 23],
    // São Paulo still had DST in 2018: UTC-3 to UTC-2 at 00:00 on 4 November.
    ['America/Sao_Paulo', '2018-11-04', '2018-11-05', '2018-11-03', Date.UTC(2018, 10, 4, 3), Date.UTC(2018, 10, 5, 2), 23],
    // Havana goes back from 01:00 CDT (UTC-4) to 00:00 CST (UTC-5) on the first Sunday of November,
    // so midnight happens twice; the day starts at the first one, 04:00 UTC, and is 25 hours long.
    ['America/Havana', '2026-11-01', '2026-11-02', '2026-10-31', Date.UTC(2026, 10, 1, 4), Date.UTC(2026, 10, 2, 5), 25],
  ])(
    'GIVEN the DST change in %s on %s THEN today runs from local midnight to local midnight and is one day',
    (zone, day, next, before, start, end, hours) => {
      const p = resolve('today', at(`${day}T15:00:00Z`, zone));
      expect(range(p)).toBe(`${day}..${next}`);
      const b = periodBounds(p);
      expect(b.startMs).toBe(start);
      expect(b.endMs).toBe(end);
      expect((b.endMs - b.startMs) / HOUR).toBe(hours);
      expect(b.days).toBe(1);
      // The day before is named as a day, not as a range, even where midnight does not exist.
      const prev = shiftPeriod(p, 'previous');
      expect([range(prev), prev.label]).toEqual([`${before}..${day}`, before]);
    },
  );

  it('GIVEN the day after the 25-hour day in Lisbon THEN yesterday is that whole day', () => {
    const b = periodBounds(resolve('yesterday', at('2026-10-26T12:00:00Z', 'Europe/Lisbon')));
    expect([b.startDate, b.endDate, b.days]).toEqual(['2026-10-25', '2026-10-26', 1]);
    expect(b.endMs - b.startMs).toBe(25 * HOUR);
  });

  it('GIVEN March 2026 in Lisbon THEN it has 31 days though it is 743 hours long', () => {
    const b = periodBounds(resolve('2026-03', { ...utc, timezone: 'Europe/Lisbon' }));
    expect(b.days).toBe(31);
    expect(b.startMs).toBe(Date.UTC(2026, 2, 1, 0));
    expect(b.endMs).toBe(Date.UTC(2026, 2, 31, 23));
    expect((b.endMs - b.startMs) / HOUR).toBe(31 * 24 - 1);
  });

  it('GIVEN last-7d across the spring change in New York THEN seven days of 167 hours', () => {
    // Thursday 2026-03-12: the 7 days before are 5 to 11 March, with the 23-hour 8 March inside.
    const b = periodBounds(resolve('last-7d', at('2026-03-12T15:00:00Z', 'America/New_York')));
    expect([b.startDate, b.endDate, b.days]).toEqual(['2026-03-05', '2026-03-12', 7]);
    expect(b.startMs).toBe(Date.UTC(2026, 2, 5, 5));
    expect(b.endMs).toBe(Date.UTC(2026, 2, 12, 4));
  });
});

describe('resolvePeriod: fiscal years', () => {
  it.each([
    // Fiscal year from April: FY2027 runs from 2026-04-01 to 2027-04-01; Q3 is October to December.
    [4, 'this-year', '2026-04-01..2027-04-01'],
    [4, 'last-year', '2025-04-01..2026-04-01'],
    [4, 'this-quarter', '2026-10-01..2027-01-01'],
    [4, 'last-quarter', '2026-07-01..2026-10-01'],
    [4, 'ytd', '2026-04-01..2026-11-23'],
    [4, 'qtd', '2026-10-01..2026-11-23'],
    // Years and quarters without FY are calendar ones whatever the fiscal year (shared/kpis.md, "Time").
    [4, '2026', '2026-01-01..2027-01-01'],
    [4, 'FY2026', '2025-04-01..2026-04-01'],
    [4, '2026-Q1', '2026-01-01..2026-04-01'],
    [4, 'FY2026-Q1', '2025-04-01..2025-07-01'],
    [4, 'FY2026-Q4', '2026-01-01..2026-04-01'],
    [4, 'FY2027-Q4', '2027-01-01..2027-04-01'],
    // Fiscal halves are the first and second six months of the fiscal year; calendar halves stay calendar.
    [4, 'FY2027-H1', '2026-04-01..2026-10-01'],
    [4, 'FY2027-H2', '2026-10-01..2027-04-01'],
    [4, '2026-H1', '2026-01-01..2026-07-01'],
    [4, '2026-H2', '2026-07-01..2027-01-01'],
    // Months, ISO weeks and the month-based keywords stay calendar.
    [4, '2026-03', '2026-03-01..2026-04-01'],
    [4, '2026-W05', '2026-01-26..2026-02-02'],
    [4, 'this-month', '2026-11-01..2026-12-01'],
    [4, 'last-12m', '2025-11-01..2026-11-01'],
    // Fiscal year from October: FY2027 runs from 2026-10-01 to 2027-10-01; today is in its Q1.
    [10, 'this-year', '2026-10-01..2027-10-01'],
    [10, 'last-year', '2025-10-01..2026-10-01'],
    [10, 'this-quarter', '2026-10-01..2027-01-01'],
    [10, 'last-quarter', '2026-07-01..2026-10-01'],
    [10, 'ytd', '2026-10-01..2026-11-23'],
    [10, 'qtd', '2026-10-01..2026-11-23'],
    [10, '2026', '2026-01-01..2027-01-01'],
    [10, 'FY2026', '2025-10-01..2026-10-01'],
    [10, '2026-Q1', '2026-01-01..2026-04-01'],
    [10, 'FY2026-Q1', '2025-10-01..2026-01-01'],
    [10, '2026-Q2', '2026-04-01..2026-07-01'],
    [10, '2026-Q4', '2026-10-01..2027-01-01'],
    [10, 'FY2026-Q4', '2026-07-01..2026-10-01'],
    [10, 'FY2027-H1', '2026-10-01..2027-04-01'],
    // Fiscal year from December: quarters are Dec-Feb, Mar-May, Jun-Aug, Sep-Nov.
    [12, 'this-year', '2025-12-01..2026-12-01'],
    [12, 'this-quarter', '2026-09-01..2026-12-01'],
    [12, 'last-quarter', '2026-06-01..2026-09-01'],
    [12, '2026-Q1', '2026-01-01..2026-04-01'],
    [12, 'FY2026-Q1', '2025-12-01..2026-03-01'],
    // FY2027 from December runs 2026-12-01..2027-12-01; its second half starts in June 2027.
    [12, 'FY2027-H2', '2027-06-01..2027-12-01'],
  ])('GIVEN a fiscal year starting in month %i on 2026-11-22 THEN %s covers %s', (fys, text, expected) => {
    expect(range(resolve(text, { ...utc, fiscalYearStart: fys }))).toBe(expected);
  });

  it.each([
    ['this-year', '2025-04-01..2026-04-01'],
    ['this-quarter', '2026-01-01..2026-04-01'],
    ['last-quarter', '2025-10-01..2026-01-01'],
    ['ytd', '2025-04-01..2026-02-11'],
    ['qtd', '2026-01-01..2026-02-11'],
  ])('GIVEN a fiscal year from April on 2026-02-10, before the fiscal year turns, THEN %s covers %s', (text, expected) => {
    expect(range(resolve(text, at('2026-02-10T12:00:00Z', 'UTC', 4)))).toBe(expected);
  });

  it.each([
    [4, '2026', '2026'],
    [4, 'fy2026', 'FY2026'],
    [4, '2026-Q1', '2026-Q1'],
    [4, 'fy2026-q3', 'FY2026-Q3'],
    [10, '2026-Q2', '2026-Q2'],
    [10, 'FY2026-q2', 'FY2026-Q2'],
    [4, '2026-03', '2026-03'],
    [1, 'FY2026', '2026'],
    [1, 'FY2026-Q1', '2026-Q1'],
    [4, 'fy2027-h1', 'FY2027-H1'],
    [4, '2026-H2', '2026-H2'],
    [1, 'FY2026-H1', '2026-H1'],
  ])('GIVEN a fiscal year starting in month %i THEN %s is labelled %s', (fys, text, label) => {
    expect(resolve(text, { ...utc, fiscalYearStart: fys }).label).toBe(label);
  });
});

/*
 * Calendar and fiscal periods, shared/kpis.md "Time": `2026`, `2026-Q3` and `2026-H1` are always
 * calendar; `FY2027`, `FY2027-Q2` and `FY2027-H1` fiscal, named after the calendar year the fiscal
 * year ends in; the relative years and quarters follow the fiscal year and name the fiscal one
 * they are. With the fiscal year from April, FY2027 is 2026-04-01..2027-04-01 and its quarters
 * start on 1 April, 1 July, 1 October and 1 January; Tuesday 1 December 2026 is in FY2027-Q3.
 */
describe('resolvePeriod: calendar and fiscal periods', () => {
  const dec1 = at('2026-12-01T12:00:00Z', 'UTC', 4);

  it.each([
    // [text, start..end (exclusive), label, the fiscal name the echo shows]
    ['2026', '2026-01-01..2027-01-01', '2026', null],
    ['2026-Q3', '2026-07-01..2026-10-01', '2026-Q3', null],
    ['2026-Q1', '2026-01-01..2026-04-01', '2026-Q1', null],
    ['2026-H1', '2026-01-01..2026-07-01', '2026-H1', null],
    ['FY2027', '2026-04-01..2027-04-01', 'FY2027', null],
    ['FY2027-Q2', '2026-07-01..2026-10-01', 'FY2027-Q2', null],
    ['FY2027-H1', '2026-04-01..2026-10-01', 'FY2027-H1', null],
    ['this-year', '2026-04-01..2027-04-01', 'this-year', 'FY2027'],
    ['last-year', '2025-04-01..2026-04-01', 'last-year', 'FY2026'],
    ['this-quarter', '2026-10-01..2027-01-01', 'this-quarter', 'FY2027-Q3'],
    ['last-quarter', '2026-07-01..2026-10-01', 'last-quarter', 'FY2027-Q2'],
    // To date: through today, 1 December, so the end is 2 December.
    ['ytd', '2026-04-01..2026-12-02', 'ytd', 'FY2027'],
    ['qtd', '2026-10-01..2026-12-02', 'qtd', 'FY2027-Q3'],
    // Months and days are the same in both; they carry no fiscal name.
    ['this-month', '2026-12-01..2027-01-01', 'this-month', null],
    ['last-30d', '2026-11-01..2026-12-01', 'last-30d', null],
  ])('GIVEN a fiscal year from April on 2026-12-01 THEN %s covers %s, labelled %s, fiscal %s', (text, expected, label, fiscal) => {
    const p = resolve(text, dec1);
    expect([range(p), p.label, p.fiscal]).toEqual([expected, label, fiscal]);
  });

  it.each([
    // The first day of FY2027: its first quarter starts today; last year is all of FY2026.
    ['2026-04-01T12:00:00Z', 'UTC', 'this-quarter', '2026-04-01..2026-07-01', 'FY2027-Q1'],
    ['2026-04-01T12:00:00Z', 'UTC', 'last-quarter', '2026-01-01..2026-04-01', 'FY2026-Q4'],
    ['2026-04-01T12:00:00Z', 'UTC', 'this-year', '2026-04-01..2027-04-01', 'FY2027'],
    ['2026-04-01T12:00:00Z', 'UTC', 'last-year', '2025-04-01..2026-04-01', 'FY2026'],
    ['2026-04-01T12:00:00Z', 'UTC', 'ytd', '2026-04-01..2026-04-02', 'FY2027'],
    ['2026-04-01T12:00:00Z', 'UTC', 'qtd', '2026-04-01..2026-04-02', 'FY2027-Q1'],
    // The last day of FY2026.
    ['2026-03-31T12:00:00Z', 'UTC', 'this-year', '2025-04-01..2026-04-01', 'FY2026'],
    ['2026-03-31T12:00:00Z', 'UTC', 'this-quarter', '2026-01-01..2026-04-01', 'FY2026-Q4'],
    // 20:00 UTC on 31 March is 05:00 on 1 April in Tokyo (UTC+9): FY2027 there already.
    ['2026-03-31T20:00:00Z', 'Asia/Tokyo', 'this-year', '2026-04-01..2027-04-01', 'FY2027'],
    ['2026-03-31T20:00:00Z', 'Asia/Tokyo', 'last-quarter', '2026-01-01..2026-04-01', 'FY2026-Q4'],
  ])('GIVEN a fiscal year from April at %s in %s THEN %s covers %s (%s)', (now, zone, text, expected, fiscal) => {
    const p = resolve(text, at(now, zone, 4));
    expect([range(p), p.fiscal]).toEqual([expected, fiscal]);
  });

  it.each(['this-year', 'last-year', 'this-quarter', 'last-quarter', 'ytd', 'qtd', '2026', 'FY2026', '2026-Q3'])(
    'GIVEN a calendar fiscal year THEN %s carries no fiscal name, so its echo stays as it was',
    (text) => {
      expect(resolve(text).fiscal).toBeNull();
    },
  );

  const keys = (p: Period, grain: Parameters<typeof splitPeriod>[1]): string[] => {
    const r = splitPeriod(p, grain);
    if (!r.ok) throw new Error(r.error.detail);
    return r.value.map((b) => `${b.key}:${range(b.period)}`);
  };

  it('GIVEN a fiscal year from April THEN this-year by quarter and by year gives fiscal quarters and the fiscal year', () => {
    expect(keys(resolve('this-year', dec1), 'quarter')).toEqual([
      'FY2027-Q1:2026-04-01..2026-07-01',
      'FY2027-Q2:2026-07-01..2026-10-01',
      'FY2027-Q3:2026-10-01..2027-01-01',
      'FY2027-Q4:2027-01-01..2027-04-01',
    ]);
    expect(keys(resolve('this-year', dec1), 'year')).toEqual(['FY2027:2026-04-01..2027-04-01']);
  });

  it('GIVEN a fiscal year from April THEN calendar 2026 by quarter and by year gives calendar quarters and the calendar year', () => {
    expect(keys(resolve('2026', dec1), 'quarter')).toEqual([
      '2026-Q1:2026-01-01..2026-04-01',
      '2026-Q2:2026-04-01..2026-07-01',
      '2026-Q3:2026-07-01..2026-10-01',
      '2026-Q4:2026-10-01..2027-01-01',
    ]);
    // Not FY2026 and FY2027: the year is the calendar one.
    expect(keys(resolve('2026', dec1), 'year')).toEqual(['2026:2026-01-01..2027-01-01']);
    expect(keys(resolve('2026-Q3', dec1), 'year')).toEqual(['2026:2026-07-01..2026-10-01']);
  });

  it('GIVEN a fiscal year from February, whose quarters are not calendar ones, THEN each kind splits along its own quarters', () => {
    const feb = at('2026-12-01T12:00:00Z', 'UTC', 2);
    // FY2027 runs from 2026-02-01 to 2027-02-01; its quarters start in February, May, August, November.
    expect(keys(resolve('this-year', feb), 'quarter')).toEqual([
      'FY2027-Q1:2026-02-01..2026-05-01',
      'FY2027-Q2:2026-05-01..2026-08-01',
      'FY2027-Q3:2026-08-01..2026-11-01',
      'FY2027-Q4:2026-11-01..2027-02-01',
    ]);
    expect(keys(resolve('2026', feb), 'quarter')).toEqual([
      '2026-Q1:2026-01-01..2026-04-01',
      '2026-Q2:2026-04-01..2026-07-01',
      '2026-Q3:2026-07-01..2026-10-01',
      '2026-Q4:2026-10-01..2027-01-01',
    ]);
    // Any other period (here the 12 months before December) follows the workspace's fiscal year:
    // 2025-12-01..2026-12-01 starts inside FY2026-Q4 (2025-11-01..2026-02-01) and ends inside FY2027-Q4.
    expect(keys(resolve('last-12m', feb), 'quarter')).toEqual([
      'FY2026-Q4:2025-12-01..2026-02-01',
      'FY2027-Q1:2026-02-01..2026-05-01',
      'FY2027-Q2:2026-05-01..2026-08-01',
      'FY2027-Q3:2026-08-01..2026-11-01',
      'FY2027-Q4:2026-11-01..2026-12-01',
    ]);
  });

  it('GIVEN slices of a relative period THEN each is named by its key and carries no fiscal name of its own', () => {
    const r = splitPeriod(resolve('this-year', dec1), 'quarter');
    expect(r.ok && r.value.map((b) => [b.period.label, b.period.fiscal, b.period.yearStart])).toEqual([
      ['FY2027-Q1', null, 4],
      ['FY2027-Q2', null, 4],
      ['FY2027-Q3', null, 4],
      ['FY2027-Q4', null, 4],
    ]);
  });

  it.each([
    // Calendar periods are compared with calendar ones.
    [4, '2026-Q3', 'previous', '2026-04-01..2026-07-01', '2026-Q2'],
    [4, '2026-Q3', 'last-year', '2025-07-01..2025-10-01', '2025-Q3'],
    [4, '2026', 'previous', '2025-01-01..2026-01-01', '2025'],
    [4, '2026', 'last-year', '2025-01-01..2026-01-01', '2025'],
    [2, '2026-Q3', 'previous', '2026-04-01..2026-07-01', '2026-Q2'],
    // Fiscal periods, typed or relative, with fiscal ones.
    [4, 'FY2027-Q2', 'previous', '2026-04-01..2026-07-01', 'FY2027-Q1'],
    [4, 'FY2027', 'previous', '2025-04-01..2026-04-01', 'FY2026'],
    [4, 'last-quarter', 'previous', '2026-04-01..2026-07-01', 'FY2027-Q1'],
    [4, 'last-quarter', 'last-year', '2025-07-01..2025-10-01', 'FY2026-Q2'],
    [4, 'this-year', 'last-year', '2025-04-01..2026-04-01', 'FY2026'],
    [4, 'ytd', 'previous', '2025-04-01..2025-12-02', '2025-04-01..2025-12-01'],
    // With the fiscal year from February, 1 December is in FY2027-Q4 (2026-11-01..2027-02-01).
    [2, 'this-quarter', 'previous', '2026-08-01..2026-11-01', 'FY2027-Q3'],
  ] as const)('GIVEN a fiscal year from month %i on 2026-12-01 THEN %s vs %s is %s (%s)', (fys, text, how, expected, label) => {
    const shifted = shiftPeriod(resolve(text, at('2026-12-01T12:00:00Z', 'UTC', fys)), how);
    expect([range(shifted), shifted.label, shifted.fiscal]).toEqual([expected, label, null]);
  });
});

describe('resolvePeriod: errors', () => {
  it.each([
    ['2026-13', 'period.invalid'],
    ['2026-00', 'period.invalid'],
    ['2026-02-30', 'period.invalid'],
    ['2026-02-29', 'period.invalid'],
    ['2026-04-31', 'period.invalid'],
    ['2026-01-01..2026-02-30', 'period.invalid'],
    ['2026-W54', 'period.invalid'],
    ['2026-W00', 'period.invalid'],
    ['2025-W53', 'period.invalid'],
    ['2026-Q5', 'period.invalid'],
    ['2026-Q0', 'period.invalid'],
    ['2026-H3', 'period.invalid'],
    ['2026-H0', 'period.invalid'],
    ['FY2026-H3', 'period.invalid'],
    ['2026-H12', 'period.unknown'],
    ['2026-H', 'period.unknown'],
    ['last-0d', 'period.invalid'],
    ['last-0w', 'period.invalid'],
    ['last-0m', 'period.invalid'],
    ['last-3661d', 'period.invalid'],
    ['last-99999999999999999999d', 'period.invalid'],
    ['2026-03-10..2026-03-01', 'period.invalid'],
    ['lastquarter', 'period.unknown'],
    ['next-week', 'period.unknown'],
    ['last-7x', 'period.unknown'],
    ['last--7d', 'period.unknown'],
    ['FY2026-03', 'period.unknown'],
    ['2026-1-5', 'period.unknown'],
    ['26-03', 'period.unknown'],
    ['2026-Q12', 'period.unknown'],
    ['segment', 'period.unknown'],
    ['', 'period.unknown'],
  ])('GIVEN %j THEN it is %s', (text, code) => {
    const r = resolvePeriod(text, utc);
    expect(r.ok ? 'ok' : r.error.code).toBe(code);
    if (!r.ok) {
      expect(r.error.input).toBe(text.trim());
      expect(r.error.detail).not.toBe('');
    }
  });

  it('GIVEN a time zone that does not exist THEN it is period.invalid rather than empty dates', () => {
    const r = resolvePeriod('today', { ...utc, timezone: 'Mars/Olympus_Mons' });
    expect(r.ok ? 'ok' : r.error.code).toBe('period.invalid');
  });

  it('GIVEN a fiscal year start outside 1-12 THEN it is period.invalid', () => {
    const r = resolvePeriod('this-year', { ...utc, fiscalYearStart: 13 });
    expect(r.ok ? 'ok' : r.error.code).toBe('period.invalid');
  });
});

describe('shiftPeriod', () => {
  it.each([
    ['today', 'previous', '2026-11-21..2026-11-22', '2026-11-21'],
    ['today', 'last-year', '2025-11-22..2025-11-23', '2025-11-22'],
    ['yesterday', 'previous', '2026-11-20..2026-11-21', '2026-11-20'],
    ['this-week', 'previous', '2026-11-09..2026-11-16', '2026-W46'],
    // 52 weeks and a day earlier, so no longer a Monday-to-Sunday week.
    ['this-week', 'last-year', '2025-11-16..2025-11-23', '2025-11-16..2025-11-22'],
    ['last-week', 'previous', '2026-11-02..2026-11-09', '2026-W45'],
    ['this-month', 'previous', '2026-10-01..2026-11-01', '2026-10'],
    ['last-month', 'previous', '2026-09-01..2026-10-01', '2026-09'],
    ['last-month', 'last-year', '2025-10-01..2025-11-01', '2025-10'],
    ['this-quarter', 'previous', '2026-07-01..2026-10-01', '2026-Q3'],
    ['last-quarter', 'previous', '2026-04-01..2026-07-01', '2026-Q2'],
    ['last-quarter', 'last-year', '2025-07-01..2025-10-01', '2025-Q3'],
    ['this-year', 'previous', '2025-01-01..2026-01-01', '2025'],
    ['last-year', 'previous', '2024-01-01..2025-01-01', '2024'],
    ['last-year', 'last-year', '2024-01-01..2025-01-01', '2024'],
    ['ytd', 'previous', '2025-01-01..2025-11-23', '2025-01-01..2025-11-22'],
    ['ytd', 'last-year', '2025-01-01..2025-11-23', '2025-01-01..2025-11-22'],
    ['qtd', 'previous', '2026-07-01..2026-08-23', '2026-07-01..2026-08-22'],
    ['mtd', 'previous', '2026-10-01..2026-10-23', '2026-10-01..2026-10-22'],
    ['wtd', 'previous', '2026-11-09..2026-11-16', '2026-W46'],
    ['last-7d', 'previous', '2026-11-08..2026-11-15', '2026-11-08..2026-11-14'],
    ['last-30d', 'previous', '2026-09-23..2026-10-23', '2026-09-23..2026-10-22'],
    ['last-30d', 'last-year', '2025-10-23..2025-11-22', '2025-10-23..2025-11-21'],
    ['last-2w', 'previous', '2026-10-19..2026-11-02', '2026-10-19..2026-11-01'],
    ['last-12m', 'previous', '2024-11-01..2025-11-01', '2024-11-01..2025-10-31'],
    ['last-12m', 'last-year', '2024-11-01..2025-11-01', '2024-11-01..2025-10-31'],
    ['2026', 'previous', '2025-01-01..2026-01-01', '2025'],
    ['2026-Q1', 'previous', '2025-10-01..2026-01-01', '2025-Q4'],
    ['2026-Q1', 'last-year', '2025-01-01..2025-04-01', '2025-Q1'],
    ['2026-H1', 'previous', '2025-07-01..2026-01-01', '2025-H2'],
    ['2026-H2', 'previous', '2026-01-01..2026-07-01', '2026-H1'],
    ['2026-H2', 'last-year', '2025-07-01..2026-01-01', '2025-H2'],
    // Six calendar months typed as dates are named as the half they are.
    ['2026-01-01..2026-06-30', 'last-year', '2025-01-01..2025-07-01', '2025-H1'],
    ['2026-03', 'previous', '2026-02-01..2026-03-01', '2026-02'],
    ['2026-03', 'last-year', '2025-03-01..2025-04-01', '2025-03'],
    ['2026-W05', 'previous', '2026-01-19..2026-01-26', '2026-W04'],
    ['2026-W01', 'previous', '2025-12-22..2025-12-29', '2025-W52'],
    ['2026-W01', 'last-year', '2024-12-29..2025-01-05', '2024-12-29..2025-01-04'],
    ['2026-02-14', 'previous', '2026-02-13..2026-02-14', '2026-02-13'],
    ['2024-02-29', 'last-year', '2023-02-28..2023-03-01', '2023-02-28'],
    // 90 days before 2026-01-01: 31 in December, 30 in November, 29 of October.
    ['2026-01-01..2026-03-31', 'previous', '2025-10-03..2026-01-01', '2025-10-03..2025-12-31'],
    ['2026-01-01..2026-03-31', 'last-year', '2025-01-01..2025-04-01', '2025-Q1'],
  ] as const)('GIVEN %s vs %s THEN it compares with %s (%s)', (text, how, expected, label) => {
    const p = resolve(text);
    const shifted = shiftPeriod(p, how);
    expect(range(shifted)).toBe(expected);
    expect(shifted.label).toBe(label);
    expect(shifted.step).toEqual(p.step);
    expect(shifted.timezone).toBe(p.timezone);
  });

  it('GIVEN mtd on 31 March THEN the previous one is all of February, clamped', () => {
    const mtd = resolve('mtd', at('2026-03-31T12:00:00Z', 'UTC'));
    expect(range(mtd)).toBe('2026-03-01..2026-04-01');
    expect(range(shiftPeriod(mtd, 'previous'))).toBe('2026-02-01..2026-03-01');
  });

  it('GIVEN a two-day slice at the end of March stepping by a month THEN the previous one keeps a day rather than collapse', () => {
    const slice: Period = { label: '2026-03', startDate: '2026-03-29', endDate: '2026-03-31', timezone: 'UTC', step: { months: 1 }, yearStart: 1, fiscal: null };
    expect(range(shiftPeriod(slice, 'previous'))).toBe('2026-02-28..2026-03-01');
  });

  it.each([
    [4, 'FY2026-Q1', 'previous', '2025-01-01..2025-04-01', 'FY2025-Q4'],
    [4, 'FY2026-Q1', 'last-year', '2024-04-01..2024-07-01', 'FY2025-Q1'],
    [4, 'this-year', 'previous', '2025-04-01..2026-04-01', 'FY2026'],
    [4, 'last-quarter', 'previous', '2026-04-01..2026-07-01', 'FY2027-Q1'],
    [10, 'this-quarter', 'previous', '2026-07-01..2026-10-01', 'FY2026-Q4'],
    [10, 'ytd', 'previous', '2025-10-01..2025-11-23', '2025-10-01..2025-11-22'],
    [4, 'FY2027-H1', 'previous', '2025-10-01..2026-04-01', 'FY2026-H2'],
    [4, 'FY2027-H2', 'previous', '2026-04-01..2026-10-01', 'FY2027-H1'],
    [4, 'FY2027-H1', 'last-year', '2025-04-01..2025-10-01', 'FY2026-H1'],
    // July to December 2025 is no fiscal half when the fiscal year starts in April: its calendar name.
    [4, '2026-H1', 'previous', '2025-07-01..2026-01-01', '2025-H2'],
    // A calendar half is compared with calendar halves: with a fiscal year from July, January to
    // June 2026 is also FY2026-H2, but the half before calendar 2026-H2 is 2026-H1.
    [7, '2026-H2', 'previous', '2026-01-01..2026-07-01', '2026-H1'],
    [7, 'FY2027-H1', 'previous', '2026-01-01..2026-07-01', 'FY2026-H2'],
  ] as const)('GIVEN a fiscal year from month %i THEN %s vs %s is %s (%s)', (fys, text, how, expected, label) => {
    const shifted = shiftPeriod(resolve(text, { ...utc, fiscalYearStart: fys }), how);
    expect(range(shifted)).toBe(expected);
    expect(shifted.label).toBe(label);
  });
});

describe('splitPeriod', () => {
  const split = (p: Period, grain: Parameters<typeof splitPeriod>[1]) => {
    const r = splitPeriod(p, grain);
    if (!r.ok) throw new Error(r.error.detail);
    return r.value;
  };
  const keys = (p: Period, grain: Parameters<typeof splitPeriod>[1]): string[] => split(p, grain).map((b) => `${b.key}:${range(b.period)}`);

  it('GIVEN last-12m by month THEN twelve whole months from 2025-11 to 2026-10', () => {
    expect(keys(resolve('last-12m'), 'month')).toEqual([
      '2025-11:2025-11-01..2025-12-01',
      '2025-12:2025-12-01..2026-01-01',
      '2026-01:2026-01-01..2026-02-01',
      '2026-02:2026-02-01..2026-03-01',
      '2026-03:2026-03-01..2026-04-01',
      '2026-04:2026-04-01..2026-05-01',
      '2026-05:2026-05-01..2026-06-01',
      '2026-06:2026-06-01..2026-07-01',
      '2026-07:2026-07-01..2026-08-01',
      '2026-08:2026-08-01..2026-09-01',
      '2026-09:2026-09-01..2026-10-01',
      '2026-10:2026-10-01..2026-11-01',
    ]);
  });

  it('GIVEN last-30d (Friday 23 October to Saturday 21 November) by week THEN ISO weeks clipped at both ends', () => {
    expect(keys(resolve('last-30d'), 'week')).toEqual([
      '2026-W43:2026-10-23..2026-10-26',
      '2026-W44:2026-10-26..2026-11-02',
      '2026-W45:2026-11-02..2026-11-09',
      '2026-W46:2026-11-09..2026-11-16',
      '2026-W47:2026-11-16..2026-11-22',
    ]);
  });

  it('GIVEN days around New Year by week THEN weeks are named by ISO week-year (1 January 2027 is in 2026-W53)', () => {
    expect(keys(resolve('2026-12-25..2027-01-10'), 'week')).toEqual([
      '2026-W52:2026-12-25..2026-12-28',
      '2026-W53:2026-12-28..2027-01-04',
      '2027-W01:2027-01-04..2027-01-11',
    ]);
  });

  it('GIVEN last-7d on 3 November by month THEN the end of October and the start of November', () => {
    expect(keys(resolve('last-7d', at('2026-11-03T12:00:00Z', 'UTC')), 'month')).toEqual([
      '2026-10:2026-10-27..2026-11-01',
      '2026-11:2026-11-01..2026-11-03',
    ]);
  });

  it('GIVEN a fiscal year from April by quarter THEN its four fiscal quarters', () => {
    const clock = { ...utc, fiscalYearStart: 4 };
    expect(keys(resolve('FY2027', clock), 'quarter')).toEqual([
      'FY2027-Q1:2026-04-01..2026-07-01',
      'FY2027-Q2:2026-07-01..2026-10-01',
      'FY2027-Q3:2026-10-01..2027-01-01',
      'FY2027-Q4:2027-01-01..2027-04-01',
    ]);
    expect(keys(resolve('FY2027', clock), 'year')).toEqual(['FY2027:2026-04-01..2027-04-01']);
  });

  it('GIVEN the dates of 2026 with a fiscal year from October THEN quarters and years straddle the fiscal boundary', () => {
    const clock = { ...utc, fiscalYearStart: 10 };
    expect(keys(resolve('2026-01-01..2026-12-31', clock), 'quarter')).toEqual([
      'FY2026-Q2:2026-01-01..2026-04-01',
      'FY2026-Q3:2026-04-01..2026-07-01',
      'FY2026-Q4:2026-07-01..2026-10-01',
      'FY2027-Q1:2026-10-01..2027-01-01',
    ]);
    expect(keys(resolve('2026-01-01..2026-12-31', clock), 'year')).toEqual([
      'FY2026:2026-01-01..2026-10-01',
      'FY2027:2026-10-01..2027-01-01',
    ]);
  });

  it('GIVEN 2026 with a calendar fiscal year by quarter and by year THEN plain labels', () => {
    expect(split(resolve('2026'), 'quarter').map((b) => b.key)).toEqual(['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']);
    expect(keys(resolve('2026'), 'year')).toEqual(['2026:2026-01-01..2027-01-01']);
  });

  it('GIVEN the leap year 2024 by day THEN 366 days, 29 February among them', () => {
    const days = split(resolve('2024'), 'day');
    expect(days).toHaveLength(366);
    expect(days[0]?.key).toBe('2024-01-01');
    expect(days[59]?.key).toBe('2024-02-29');
    expect(days[365]?.key).toBe('2024-12-31');
  });

  it.each([
    ['day', { days: 1 }],
    ['week', { weeks: 1 }],
    ['month', { months: 1 }],
    ['quarter', { months: 3 }],
    ['year', { years: 1 }],
  ] as const)('GIVEN a split by %s THEN each slice steps by %o, is labelled by its key and keeps the zone', (grain, step) => {
    for (const b of split(resolve('last-year', { ...utc, timezone: 'Europe/Lisbon' }), grain)) {
      expect(b.period.step).toEqual(step);
      expect(b.period.label).toBe(b.key);
      expect(b.period.timezone).toBe('Europe/Lisbon');
    }
  });

  it('GIVEN March 2026 in Lisbon by day THEN 31 days, the 29th 23 hours long', () => {
    const days = split(resolve('2026-03', { ...utc, timezone: 'Europe/Lisbon' }), 'day');
    expect(days).toHaveLength(31);
    const b = periodBounds(days[28]?.period ?? resolve('today'));
    expect(b.startDate).toBe('2026-03-29');
    expect(b.endMs - b.startMs).toBe(23 * HOUR);
  });

  // 2020-01-01 plus 1999 days: 1461 to 2024-01-01, 366 more to 2025-01-01, 172 more to 22 June.
  it('GIVEN exactly MAX_BUCKETS days THEN they split; GIVEN one more THEN period.invalid, too many slices', () => {
    expect(MAX_BUCKETS).toBe(2000);
    expect(split(resolve('2020-01-01..2025-06-22'), 'day')).toHaveLength(2000);
    const r = splitPeriod(resolve('2020-01-01..2025-06-23'), 'day');
    expect(r.ok ? 'ok' : r.error.code).toBe('period.invalid');
    expect(r.ok ? '' : r.error.detail).toContain('too many slices');
    expect(split(resolve('2020-01-01..2025-06-23'), 'week').length).toBeLessThan(300);
  });
});

describe('periodBounds', () => {
  it.each([
    // [text, startMonth, endMonth, days]
    ['2026-03-15..2026-04-14', '2026-04', '2026-05', 31],
    ['2026-Q1', '2026-01', '2026-04', 90],
    ['2024-Q1', '2024-01', '2024-04', 91],
    ['2026-12-15..2026-12-20', '2027-01', '2027-01', 6],
    ['2026-12-01..2026-12-31', '2026-12', '2027-01', 31],
    ['last-30d', '2026-11', '2026-12', 30], // 1 November is inside 23 October..22 November
    ['2026', '2026-01', '2027-01', 365],
    ['2024', '2024-01', '2025-01', 366],
  ])('GIVEN %s THEN months run from %s to %s (first whole month on or after each end) over %i days', (text, startMonth, endMonth, days) => {
    const b = periodBounds(resolve(text));
    expect([b.startMonth, b.endMonth, b.days]).toEqual([startMonth, endMonth, days]);
  });

  it('GIVEN a period THEN the bounds repeat its dates and bind UTC midnights in UTC', () => {
    const b = periodBounds(resolve('2026-Q1'));
    expect([b.startDate, b.endDate]).toEqual(['2026-01-01', '2026-04-01']);
    expect(b.startMs).toBe(Date.UTC(2026, 0, 1));
    expect(b.endMs).toBe(Date.UTC(2026, 3, 1));
  });
});

describe('period properties', () => {
  const KEYWORDS = [
    'today', 'yesterday', 'this-week', 'last-week', 'this-month', 'last-month', 'this-quarter', 'last-quarter',
    'this-year', 'last-year', 'ytd', 'qtd', 'mtd', 'wtd', 'last-1d', 'last-7d', 'last-30d', 'last-90d',
    'last-1w', 'last-4w', 'last-1m', 'last-12m',
  ];
  const TO_DATE = ['ytd', 'qtd', 'mtd', 'wtd'];
  const ZONES = [
    'UTC', 'Europe/Lisbon', 'America/Sao_Paulo', 'America/New_York', 'Asia/Kolkata', 'Pacific/Chatham',
    // Clocks that jump at midnight.
    'America/Havana', 'Asia/Beirut',
  ];
  const GRAINS = ['day', 'week', 'month', 'quarter', 'year'] as const;

  /** Slices of a split start at the period start, follow on without gaps, and end at its end. */
  function tiles(p: Period, grain: (typeof GRAINS)[number]): boolean {
    const r = splitPeriod(p, grain);
    if (!r.ok || r.value.length === 0) return false;
    let cursor = p.startDate;
    for (const b of r.value) {
      if (b.period.startDate !== cursor || !(b.period.startDate < b.period.endDate)) return false;
      const s = periodBounds(b.period);
      if (!(s.startMs < s.endMs)) return false;
      const prev = shiftPeriod(b.period, 'previous');
      if (!(prev.startDate < prev.endDate)) return false;
      cursor = b.period.endDate;
    }
    return cursor === p.endDate && new Set(r.value.map((b) => b.key)).size === r.value.length;
  }

  it('GIVEN any instant, zone, fiscal start and keyword THEN the period is non-empty and its days tile it without gaps', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 0, 1) }),
        fc.constantFrom(...ZONES),
        fc.integer({ min: 1, max: 12 }),
        fc.constantFrom(...KEYWORDS),
        (now, timezone, fiscalYearStart, keyword) => {
          const r = resolvePeriod(keyword, { now, timezone, fiscalYearStart });
          if (!r.ok) return false;
          const p = r.value;
          const b = periodBounds(p);
          if (!(b.startMs < b.endMs) || b.days < 1) return false;
          // Today is inside every to-date period and right after every last-N period.
          const today = resolvePeriod('today', { now, timezone, fiscalYearStart });
          if (!today.ok) return false;
          if (TO_DATE.includes(keyword) && p.endDate !== today.value.endDate) return false;
          if (keyword.endsWith('d') && keyword.startsWith('last-') && p.endDate !== today.value.startDate) return false;
          const days = splitPeriod(p, 'day');
          if (!days.ok || days.value.length !== b.days || !tiles(p, 'day')) return false;
          // `previous` ends where the period starts, except for to-date periods (same stretch one unit back).
          const prev = shiftPeriod(p, 'previous');
          const lastYear = shiftPeriod(p, 'last-year');
          return (
            prev.startDate < prev.endDate &&
            lastYear.startDate < lastYear.endDate &&
            (prev.endDate === p.startDate || TO_DATE.includes(keyword))
          );
        },
      ),
      { numRuns: 500 },
    );
  });

  it('GIVEN any range of up to 400 days, grain and fiscal start THEN the slices tile it with distinct keys', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 40 * 365 }),
        fc.integer({ min: 1, max: 400 }),
        fc.constantFrom(...GRAINS),
        fc.integer({ min: 1, max: 12 }),
        fc.constantFrom(...ZONES),
        (offset, length, grain, fys, timezone) => {
          const first = new Date(Date.UTC(2000, 0, 1 + offset)).toISOString().slice(0, 10);
          const last = new Date(Date.UTC(2000, 0, offset + length)).toISOString().slice(0, 10);
          const r = resolvePeriod(`${first}..${last}`, { now: NOW, timezone, fiscalYearStart: fys });
          return r.ok && periodBounds(r.value).days === length && tiles(r.value, grain);
        },
      ),
      { numRuns: 300 },
    );
  });
});
