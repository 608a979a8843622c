import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { periodBounds, resolvePeriod, shiftPeriod, splitPeriod, type Clock, type Period } from '../engine/time/index.js';

// Sunday 22 November 2026, 10:00 UTC.
const NOW = Date.parse('2026-11-22T10:00:00Z');
const utc: Clock = { now: NOW, timezone: 'UTC', fiscalYearStart: 1 };

function resolve(text: string, clock: Clock = utc): Period {
  const r = resolvePeriod(text, clock);
  if (!r.ok) throw new Error(`${text}: ${r.error.code} ${r.error.detail}`);
  return r.value;
}
const range = (p: Period): string => `${p.startDate}..${p.endDate}`;

describe('resolvePeriod', () => {
  it.each([
    ['today', '2026-11-22..2026-11-23'],
    ['yesterday', '2026-11-21..2026-11-22'],
    ['this-week', '2026-11-16..2026-11-23'],
    ['last-week', '2026-11-09..2026-11-16'],
    ['this-month', '2026-11-01..2026-12-01'],
    ['last-month', '2026-10-01..2026-11-01'],
    ['this-quarter', '2026-10-01..2027-01-01'],
    ['last-quarter', '2026-07-01..2026-10-01'],
    ['this-year', '2026-01-01..2027-01-01'],
    ['last-year', '2025-01-01..2026-01-01'],
    ['ytd', '2026-01-01..2026-11-23'],
    ['qtd', '2026-10-01..2026-11-23'],
    ['mtd', '2026-11-01..2026-11-23'],
    ['wtd', '2026-11-16..2026-11-23'],
    ['last-7d', '2026-11-15..2026-11-22'],
    ['last-30d', '2026-10-23..2026-11-22'],
    ['last-90d', '2026-08-24..2026-11-22'],
    ['last-12m', '2025-11-01..2026-11-01'],
    ['last-2w', '2026-11-02..2026-11-16'],
    ['2026', '2026-01-01..2027-01-01'],
    ['2026-Q1', '2026-01-01..2026-04-01'],
    ['2026-q4', '2026-10-01..2027-01-01'],
    ['2026-03', '2026-03-01..2026-04-01'],
    ['2026-W05', '2026-01-26..2026-02-02'],
    ['2026-W01', '2025-12-29..2026-01-05'],
    ['2026-W53', '2026-12-28..2027-01-04'],
    ['2026-02-14', '2026-02-14..2026-02-15'],
    ['2026-01-01..2026-03-31', '2026-01-01..2026-04-01'],
    ['2024-02-01..2024-02-29', '2024-02-01..2024-03-01'],
  ])('GIVEN %s on Sunday 2026-11-22 in UTC THEN it covers %s (end exclusive)', (text, expected) => {
    expect(range(resolve(text))).toBe(expected);
  });

  it('GIVEN an instant that is still the day before in New York THEN today and the week follow the local date', () => {
    const ny: Clock = { now: Date.parse('2026-11-22T01:30:00Z'), timezone: 'America/New_York', fiscalYearStart: 1 };
    expect(range(resolve('today', ny))).toBe('2026-11-21..2026-11-22');
    expect(range(resolve('yesterday', ny))).toBe('2026-11-20..2026-11-21');
    expect(range(resolve('last-7d', ny))).toBe('2026-11-14..2026-11-21');
    expect(range(resolve('this-week', ny))).toBe('2026-11-16..2026-11-23');
    // Local midnight of 21 November is 05:00 UTC (EST, UTC-5).
    expect(periodBounds(resolve('today', ny)).startMs).toBe(Date.UTC(2026, 10, 21, 5));
  });

  it('GIVEN São Paulo (UTC-3 all year) THEN last-quarter starts at 03:00 UTC on 1 July', () => {
    const sp: Clock = { now: NOW, timezone: 'America/Sao_Paulo', fiscalYearStart: 1 };
    const b = periodBounds(resolve('last-quarter', sp));
    expect(b.startMs).toBe(Date.UTC(2026, 6, 1, 3));
    expect(b.endMs).toBe(Date.UTC(2026, 9, 1, 3));
    expect(b.days).toBe(92);
  });

  it.each([
    // [zone, the day, start instant, end instant, hours]
    ['Europe/Lisbon', '2026-03-29', Date.UTC(2026, 2, 29, 0), Date.UTC(2026, 2, 29, 23), 23],
    ['Europe/Lisbon', '2026-10-25', Date.UTC(2026, 9, 24, 23), Date.UTC(2026, 9, 26, 0), 25],
    ['America/New_York', '2026-03-08', Date.UTC(2026, 2, 8, 5), Date.UTC(2026, 2, 9, 4), 23],
    ['America/New_York', '2026-11-01', Date.UTC(2026, 10, 1, 4), Date.UTC(2026, 10, 2, 5), 25],
  ])('GIVEN the DST change in %s on %s THEN today runs from local midnight to local midnight and is one day', (zone, day, start, end, hours) => {
    const clock: Clock = { now: Date.parse(`${day}T12:00:00Z`), timezone: zone, fiscalYearStart: 1 };
    const b = periodBounds(resolve('today', clock));
    expect(b.startMs).toBe(start);
    expect(b.endMs).toBe(end);
    expect((b.endMs - b.startMs) / 3_600_000).toBe(hours);
    expect(b.days).toBe(1);
  });

  it('GIVEN March 2026 in Lisbon THEN it has 31 days though it is 743 hours long', () => {
    const b = periodBounds(resolve('2026-03', { ...utc, timezone: 'Europe/Lisbon' }));
    expect(b.days).toBe(31);
    expect((b.endMs - b.startMs) / 3_600_000).toBe(31 * 24 - 1);
  });

  it.each([
    // fiscal year from April: FY2027 runs April 2026 to March 2027.
    [4, 'this-year', '2026-04-01..2027-04-01'],
    [4, 'last-year', '2025-04-01..2026-04-01'],
    [4, 'this-quarter', '2026-10-01..2027-01-01'],
    [4, 'last-quarter', '2026-07-01..2026-10-01'],
    [4, 'ytd', '2026-04-01..2026-11-23'],
    [4, '2026', '2025-04-01..2026-04-01'],
    [4, 'FY2026', '2025-04-01..2026-04-01'],
    [4, '2026-Q1', '2025-04-01..2025-07-01'],
    [4, 'FY2027-Q4', '2027-01-01..2027-04-01'],
    [4, '2026-03', '2026-03-01..2026-04-01'],
    // fiscal year from October: FY2027 runs October 2026 to September 2027.
    [10, 'this-quarter', '2026-10-01..2027-01-01'],
    [10, 'last-quarter', '2026-07-01..2026-10-01'],
    [10, 'this-year', '2026-10-01..2027-10-01'],
    [10, 'qtd', '2026-10-01..2026-11-23'],
    [10, '2026-Q2', '2026-01-01..2026-04-01'],
  ])('GIVEN a fiscal year starting in month %i THEN %s covers %s', (fys, text, expected) => {
    expect(range(resolve(text, { ...utc, fiscalYearStart: fys }))).toBe(expected);
  });

  it('GIVEN a fiscal year not starting in January THEN years and quarters are labelled FY', () => {
    const clock = { ...utc, fiscalYearStart: 4 };
    expect(resolve('2026-Q1', clock).label).toBe('FY2026-Q1');
    expect(resolve('2026', clock).label).toBe('FY2026');
    expect(resolve('2026-Q1').label).toBe('2026-Q1');
  });

  it.each([
    ['2026-13', 'period.invalid'],
    ['2026-02-30', 'period.invalid'],
    ['2026-W54', 'period.invalid'],
    ['2025-W53', 'period.invalid'],
    ['2026-Q5', 'period.invalid'],
    ['last-0d', 'period.invalid'],
    ['last-99999d', 'period.invalid'],
    ['2026-03-10..2026-03-01', 'period.invalid'],
    ['lastquarter', 'period.unknown'],
    ['segment', 'period.unknown'],
    ['', 'period.unknown'],
  ])('GIVEN %j THEN it is %s', (text, code) => {
    const r = resolvePeriod(text, utc);
    expect(r.ok ? 'ok' : r.error.code).toBe(code);
  });
});

describe('shiftPeriod', () => {
  it.each([
    ['last-quarter', 'previous', '2026-04-01..2026-07-01', '2026-Q2'],
    ['last-quarter', 'last-year', '2025-07-01..2025-10-01', '2025-Q3'],
    ['last-30d', 'previous', '2026-09-23..2026-10-23', '2026-09-23..2026-10-22'],
    ['2026-03', 'previous', '2026-02-01..2026-03-01', '2026-02'],
    ['2026-03', 'last-year', '2025-03-01..2025-04-01', '2025-03'],
    ['2026-01-01..2026-03-31', 'previous', '2025-10-03..2026-01-01', '2025-10-03..2025-12-31'],
    ['mtd', 'previous', '2026-10-01..2026-10-23', '2026-10-01..2026-10-22'],
    ['2026-W05', 'previous', '2026-01-19..2026-01-26', '2026-W04'],
    ['2026', 'previous', '2025-01-01..2026-01-01', '2025'],
    ['yesterday', 'previous', '2026-11-20..2026-11-21', '2026-11-20'],
  ] as const)('GIVEN %s vs %s THEN it compares with %s (%s)', (text, how, expected, label) => {
    const shifted = shiftPeriod(resolve(text), how);
    expect(range(shifted)).toBe(expected);
    expect(shifted.label).toBe(label);
  });

  it('GIVEN a fiscal quarter THEN the previous one is labelled as a fiscal quarter', () => {
    const clock = { ...utc, fiscalYearStart: 4 };
    expect(shiftPeriod(resolve('2026-Q1', clock), 'previous', 4).label).toBe('FY2025-Q4');
  });
});

describe('splitPeriod', () => {
  const keys = (p: Period, grain: Parameters<typeof splitPeriod>[1], fys = 1): string[] => {
    const r = splitPeriod(p, grain, fys);
    if (!r.ok) throw new Error(r.error.detail);
    return r.value.map((b) => `${b.key}:${b.period.startDate}..${b.period.endDate}`);
  };

  it('GIVEN last-12m by month THEN twelve whole months from 2025-11 to 2026-10', () => {
    const k = keys(resolve('last-12m'), 'month');
    expect(k).toHaveLength(12);
    expect(k[0]).toBe('2025-11:2025-11-01..2025-12-01');
    expect(k[11]).toBe('2026-10:2026-10-01..2026-11-01');
  });

  it('GIVEN last-30d by week THEN ISO weeks clipped to the period at both ends', () => {
    expect(keys(resolve('last-30d'), 'week')).toEqual([
      '2026-W43:2026-10-23..2026-10-26',
      '2026-W44:2026-10-26..2026-11-02',
      '2026-W45:2026-11-02..2026-11-09',
      '2026-W46:2026-11-09..2026-11-16',
      '2026-W47:2026-11-16..2026-11-22',
    ]);
  });

  it('GIVEN a fiscal year by quarter THEN its four fiscal quarters', () => {
    const clock = { ...utc, fiscalYearStart: 4 };
    expect(keys(resolve('FY2027', clock), 'quarter', 4)).toEqual([
      'FY2027-Q1:2026-04-01..2026-07-01',
      'FY2027-Q2:2026-07-01..2026-10-01',
      'FY2027-Q3:2026-10-01..2027-01-01',
      'FY2027-Q4:2027-01-01..2027-04-01',
    ]);
  });

  it('GIVEN the leap year 2024 by day THEN 366 days', () => {
    expect(keys(resolve('2024'), 'day')).toHaveLength(366);
  });

  it('GIVEN ten years by day THEN it refuses rather than draw 3,653 slices', () => {
    const r = splitPeriod(resolve('2016-01-01..2025-12-31'), 'day', 1);
    expect(r.ok ? 'ok' : r.error.code).toBe('period.invalid');
  });
});

describe('periodBounds', () => {
  it('GIVEN a period starting mid-month THEN months count from the first whole month', () => {
    const b = periodBounds(resolve('2026-03-15..2026-04-14'));
    expect(b.startMonth).toBe('2026-04');
    expect(b.endMonth).toBe('2026-05');
    expect(b.days).toBe(31);
    const q = periodBounds(resolve('2026-Q1'));
    expect([q.startMonth, q.endMonth, q.days]).toEqual(['2026-01', '2026-04', 90]);
  });
});

describe('period properties', () => {
  const KEYWORDS = [
    'today', 'yesterday', 'this-week', 'last-week', 'this-month', 'last-month', 'this-quarter', 'last-quarter',
    'this-year', 'last-year', 'ytd', 'qtd', 'mtd', 'wtd', 'last-7d', 'last-30d', 'last-90d', 'last-12m',
  ];
  const ZONES = ['UTC', 'Europe/Lisbon', 'Europe/Bucharest', 'America/Sao_Paulo', 'America/New_York', 'Asia/Kolkata', 'Pacific/Chatham'];

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
          const b = periodBounds(r.value);
          if (!(b.startMs < b.endMs) || b.days < 1) return false;
          const days = splitPeriod(r.value, 'day', fiscalYearStart);
          if (!days.ok || days.value.length !== b.days) return false;
          let cursor = r.value.startDate;
          for (const d of days.value) {
            if (d.period.startDate !== cursor) return false;
            cursor = d.period.endDate;
          }
          // `previous` always ends where the period starts, except for to-date periods.
          const prev = shiftPeriod(r.value, 'previous', fiscalYearStart);
          return cursor === r.value.endDate && (prev.endDate === r.value.startDate || ['ytd', 'qtd', 'mtd', 'wtd'].includes(keyword));
        },
      ),
      { numRuns: 400 },
    );
  });
});
