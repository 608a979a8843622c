import { describe, expect, it } from 'vitest';
import { nextRun, type Schedule } from '../bot/digest/schedule.js';

const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());
const runs = (s: Schedule, zone: string, from: string, n: number): (string | null)[] => {
  const out: (string | null)[] = [];
  let at = Date.parse(from);
  for (let i = 0; i < n; i++) {
    const next = nextRun(s, zone, at);
    out.push(iso(next));
    if (next === null) break;
    at = next;
  }
  return out;
};

describe('digest schedules in the subscriber’s time zone', () => {
  it('GIVEN Monday 09:00 in Lisbon THEN 08:00Z in summer time and 09:00Z in winter time', () => {
    // Lisbon moves to UTC+1 on Sunday 29 March 2026 and back to UTC+0 on Sunday 25 October.
    expect(runs({ kind: 'weekly', day: 'monday', at: '09:00' }, 'Europe/Lisbon', '2026-03-20T12:00:00Z', 2)).toEqual([
      '2026-03-23T09:00:00.000Z',
      '2026-03-30T08:00:00.000Z',
    ]);
    expect(runs({ kind: 'weekly', day: 'monday', at: '09:00' }, 'Europe/Lisbon', '2026-10-17T12:00:00Z', 2)).toEqual([
      '2026-10-19T08:00:00.000Z',
      '2026-10-26T09:00:00.000Z',
    ]);
  });

  it('GIVEN a time the clock skips or repeats THEN the digest goes once: after the gap, or at the first of the two', () => {
    // 29 March 2026, Lisbon: 01:00 becomes 02:00, so 01:30 never happens; the digest goes at 02:00 (01:00Z).
    expect(runs({ kind: 'daily', at: '01:30' }, 'Europe/Lisbon', '2026-03-27T12:00:00Z', 3)).toEqual([
      '2026-03-28T01:30:00.000Z',
      '2026-03-29T01:00:00.000Z',
      '2026-03-30T00:30:00.000Z',
    ]);
    // 25 October 2026, Lisbon: 01:30 happens at 00:30Z (summer time) and again at 01:30Z; once, the first.
    expect(runs({ kind: 'daily', at: '01:30' }, 'Europe/Lisbon', '2026-10-23T12:00:00Z', 3)).toEqual([
      '2026-10-24T00:30:00.000Z',
      '2026-10-25T00:30:00.000Z',
      '2026-10-26T01:30:00.000Z',
    ]);
  });

  it('GIVEN a cron stepping through the repeated autumn hour THEN each local time fires once, at its first occurrence', () => {
    // 1 November 2026, New York: 02:00 EDT (06:00Z) becomes 01:00 EST, so 01:00 and 01:30 happen at
    // 05:00Z and 05:30Z (EDT, UTC-4) and again at 06:00Z and 06:30Z (EST, UTC-5). croner alone fires
    // all four; one firing per local time is two, then 01:00 EST (06:00Z) on 2 November.
    expect(runs({ kind: 'cron', expression: '*/30 1 * * *' }, 'America/New_York', '2026-10-31T12:00:00Z', 5)).toEqual([
      '2026-11-01T05:00:00.000Z',
      '2026-11-01T05:30:00.000Z',
      '2026-11-02T06:00:00.000Z',
      '2026-11-02T06:30:00.000Z',
      '2026-11-03T06:00:00.000Z',
    ]);
    // Hourly: 01:00 EDT at 05:00Z, then 02:00 EST at 07:00Z; the second 01:00 (06:00Z) is not a new hour.
    expect(runs({ kind: 'cron', expression: '0 * * * *' }, 'America/New_York', '2026-11-01T04:30:00Z', 3)).toEqual([
      '2026-11-01T05:00:00.000Z',
      '2026-11-01T07:00:00.000Z',
      '2026-11-01T08:00:00.000Z',
    ]);
  });

  it('GIVEN São Paulo (no summer time since 2019) and Bucharest THEN their own offsets', () => {
    expect(runs({ kind: 'daily', at: '08:00' }, 'America/Sao_Paulo', '2026-01-10T00:00:00Z', 1)).toEqual(['2026-01-10T11:00:00.000Z']);
    // Bucharest is UTC+2 in winter: day 1 of the month at 07:00 is 05:00Z.
    expect(runs({ kind: 'monthly', day: 1, at: '07:00' }, 'Europe/Bucharest', '2026-11-15T00:00:00Z', 2)).toEqual([
      '2026-12-01T05:00:00.000Z',
      '2027-01-01T05:00:00.000Z',
    ]);
  });

  it('GIVEN a cron schedule THEN it fires on its own fields: 09:00 on weekdays skips the weekend', () => {
    // Friday 4 December 2026, then Monday 7 December.
    expect(runs({ kind: 'cron', expression: '0 9 * * 1-5' }, 'UTC', '2026-12-04T08:00:00Z', 2)).toEqual(['2026-12-04T09:00:00.000Z', '2026-12-07T09:00:00.000Z']);
  });

  it('GIVEN a six-field cron stored before five fields were required THEN it never fires (it would fire every second)', () => {
    expect(nextRun({ kind: 'cron', expression: '* * * * * *' }, 'UTC', Date.parse('2026-03-25T10:00:00Z'))).toBeNull();
    expect(iso(nextRun({ kind: 'cron', expression: '* * * * *' }, 'UTC', Date.parse('2026-03-25T10:00:00Z')))).toBe('2026-03-25T10:01:00.000Z');
  });
});
