import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { cellParser, CellError } from '../engine/import/parse-cell.js';
import { instantParser, type InstantParser } from '../engine/import/parse-instant.js';
import { columnOf, type ColumnKind, type ColumnDef } from '../engine/schema/tables.js';

function instants(zone: string): InstantParser {
  const p = instantParser(zone);
  if (p === null) throw new Error(`no zone ${zone}`);
  return p;
}
const utc = instants('UTC');
const lisbon = instants('Europe/Lisbon');

/** What a cell of the given kind reads as: its value, or `!reason`. */
function cell(kind: ColumnKind | ColumnDef, text: string, zone = 'UTC'): unknown {
  const column: ColumnDef = typeof kind === 'string' ? { name: 'c', kind, required: false } : kind;
  const v = cellParser(column, instants(zone))(text);
  return v instanceof CellError ? `!${v.reason}` : v;
}

describe('instants', () => {
  it('GIVEN an offset or Z THEN the instant is absolute, whatever the workspace zone', () => {
    for (const p of [utc, lisbon]) {
      expect(p('2026-03-01T14:00:00Z')).toBe(Date.UTC(2026, 2, 1, 14));
      expect(p('2026-03-01t14:00z')).toBe(Date.UTC(2026, 2, 1, 14));
      expect(p('2026-07-01T14:00:00+01:00')).toBe(Date.UTC(2026, 6, 1, 13));
      expect(p('2026-07-01T14:00:00+0530')).toBe(Date.UTC(2026, 6, 1, 8, 30));
      expect(p('2026-07-01 14:00-03')).toBe(Date.UTC(2026, 6, 1, 17));
      expect(p('2026-07-01 14:00:00 UTC')).toBe(Date.UTC(2026, 6, 1, 14));
    }
  });

  it('GIVEN a date or a date-time without offset THEN it is read in the workspace zone', () => {
    expect(lisbon('2026-03-01')).toBe(Date.UTC(2026, 2, 1));
    expect(lisbon('2026-07-01')).toBe(Date.UTC(2026, 5, 30, 23));
    expect(lisbon('2026-07-01 14:00')).toBe(Date.UTC(2026, 6, 1, 13));
    expect(lisbon('2026-07-01T14:00:05')).toBe(Date.UTC(2026, 6, 1, 13, 0, 5));
    expect(lisbon('2026-07-01T14:00:05.25')).toBe(Date.UTC(2026, 6, 1, 13, 0, 5, 250));
    // Digits past milliseconds are dropped, not rounded.
    expect(utc('2026-07-01T14:00:05.123999')).toBe(Date.UTC(2026, 6, 1, 14, 0, 5, 123));
    expect(instants('America/Sao_Paulo')('2026-03-01 21:00')).toBe(Date.UTC(2026, 2, 2, 0));
    expect(instants('Asia/Kolkata')('2026-03-01')).toBe(Date.UTC(2026, 1, 28, 18, 30));
  });

  it('GIVEN a time the clocks skip in spring THEN it moves forward by the gap', () => {
    // Lisbon goes from WET (UTC+0) to WEST (UTC+1) at 01:00 UTC on 2026-03-29: 01:00 local becomes 02:00.
    expect(lisbon('2026-03-29 00:59')).toBe(Date.UTC(2026, 2, 29, 0, 59));
    // 01:30 does not exist; an hour later, 02:30 WEST, is 01:30 UTC.
    expect(lisbon('2026-03-29 01:30')).toBe(Date.UTC(2026, 2, 29, 1, 30));
    expect(lisbon('2026-03-29 02:00')).toBe(Date.UTC(2026, 2, 29, 1));
    // New York goes from EST (UTC-5) to EDT (UTC-4) at 07:00 UTC on 2026-03-08: 02:00 becomes 03:00.
    // 02:30 does not exist; 03:30 EDT is 07:30 UTC.
    expect(instants('America/New_York')('2026-03-08 02:30')).toBe(Date.UTC(2026, 2, 8, 7, 30));
  });

  /*
   * The autumn hour, worked out from the tz rules: the EU changes at 01:00 UTC on the last Sunday
   * of October (25 October 2026), the US at 02:00 local daylight time on the first Sunday of
   * November (1 November 2026). The first occurrence is the one still in summer time.
   */
  it.each([
    // Lisbon: 02:00 WEST (UTC+1) becomes 01:00 WET (UTC+0), so 01:00-01:59 happens twice; 01:30 WEST is 00:30 UTC.
    ['Europe/Lisbon', '2026-10-25 01:30', Date.UTC(2026, 9, 25, 0, 30)],
    ['Europe/Lisbon', '2026-10-25T01:00:00', Date.UTC(2026, 9, 25, 0, 0)],
    ['Europe/Lisbon', '2026-10-25 01:59:59', Date.UTC(2026, 9, 25, 0, 59, 59)],
    // Bucharest: 04:00 EEST (UTC+3) becomes 03:00 EET (UTC+2); 03:30 EEST is 00:30 UTC.
    ['Europe/Bucharest', '2026-10-25 03:30', Date.UTC(2026, 9, 25, 0, 30)],
    // New York: 02:00 EDT (UTC-4) becomes 01:00 EST (UTC-5); 01:30 EDT is 05:30 UTC.
    ['America/New_York', '2026-11-01 01:30', Date.UTC(2026, 10, 1, 5, 30)],
    // Havana goes back from 01:00 CDT (UTC-4) to 00:00 CST (UTC-5), so its midnight is repeated: a
    // date alone is the first midnight, 04:00 UTC.
    ['America/Havana', '2026-11-01', Date.UTC(2026, 10, 1, 4)],
  ])('GIVEN %s %s, a time the clocks repeat in autumn, THEN it is the first occurrence', (zone, text, expected) => {
    expect(instants(zone)(text)).toBe(expected);
  });

  it('GIVEN the times either side of the repeated hour in Lisbon THEN each happens once and keeps its offset', () => {
    expect(lisbon('2026-10-25 00:30')).toBe(Date.UTC(2026, 9, 24, 23, 30)); // WEST, UTC+1
    expect(lisbon('2026-10-25 02:00')).toBe(Date.UTC(2026, 9, 25, 2)); // WET, UTC+0
    expect(lisbon('2026-10-25 02:30')).toBe(Date.UTC(2026, 9, 25, 2, 30));
  });

  /**
   * The instant the contract gives a wall-clock `text` in `zone`, found without the code under
   * test: of the instants whose local time in `zone` reads `text`, the earliest; when none does
   * (the spring gap), luxon's reading, which moves forward by the gap whatever the date it runs
   * on. (luxon's reading of a repeated time is not used: it depends on the date it runs on.)
   */
  function contractInstant(text: string, zone: string): number {
    const wall = DateTime.fromISO(text.replace(' ', 'T'), { zone: 'utc' }).toMillis();
    const format = "yyyy-MM-dd'T'HH:mm:ss.SSS";
    const written = DateTime.fromMillis(wall, { zone: 'utc' }).toFormat(format);
    // Every offset the zone has within a day and a half of the time (clock changes are months apart) gives one candidate.
    const offsets = new Set<number>();
    for (let t = wall - 36 * 3_600_000; t <= wall + 36 * 3_600_000; t += 6 * 3_600_000) offsets.add(DateTime.fromMillis(t, { zone }).offset);
    const readings = [...offsets].map((o) => wall - o * 60_000).filter((t) => DateTime.fromMillis(t, { zone }).toFormat(format) === written);
    return readings.length > 0 ? Math.min(...readings) : DateTime.fromISO(text.replace(' ', 'T'), { zone }).toMillis();
  }

  it('GIVEN any wall-clock time in zones with DST, half-hour DST, midnight changes or skipped days THEN it is the instant the contract gives', () => {
    const zones = ['Europe/Lisbon', 'America/New_York', 'Australia/Lord_Howe', 'America/Santiago', 'Asia/Beirut', 'Pacific/Apia', 'America/St_Johns', 'America/Havana', 'UTC'];
    const parsers = new Map(zones.map((z) => [z, instants(z)]));
    const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: Date.UTC(2010, 0, 1), max: Date.UTC(2030, 0, 1) }),
        fc.boolean(),
        (zone, t, dateOnly) => {
          const d = new Date(t);
          const date = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
          const text = dateOnly ? date : `${date} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
          expect(parsers.get(zone)?.(text)).toBe(contractInstant(text, zone));
        },
      ),
      { numRuns: 3000 },
    );
    // Every quarter hour within two days of each clock change of 2025-2026, where a day's cached offset would be wrong.
    const DAY = 86_400_000;
    for (const zone of zones) {
      for (let day = Date.UTC(2025, 0, 1); day < Date.UTC(2027, 0, 1); day += DAY) {
        const offsetAt = (t: number): number => DateTime.fromMillis(t, { zone }).offset;
        if (offsetAt(day) === offsetAt(day + DAY)) continue;
        for (let t = day - 2 * DAY; t < day + 3 * DAY; t += 15 * 60_000) {
          const text = DateTime.fromMillis(t, { zone: 'UTC' }).toFormat("yyyy-MM-dd'T'HH:mm");
          if (parsers.get(zone)?.(text) !== contractInstant(text, zone)) throw new Error(`${zone} ${text}`);
        }
      }
    }
  });

  it('GIVEN text that is not an ISO 8601 date or time THEN it says so', () => {
    expect(utc('03/01/2026')).toBe(
      "not an ISO 8601 date or time: '03/01/2026' (e.g. 2026-03-01, 2026-03-01 14:00 or 2026-03-01T14:00:00Z); for day-first or month-first dates give --date-format DMY or MDY",
    );
    for (const text of ['2026-3-1', '2026-03-01T14', '2026-03-01Z', '20260301', '2026-03-01T14:00:00 +01:00', 'yesterday']) {
      expect(utc(text), text).toBe(`not an ISO 8601 date or time: '${text}' (e.g. 2026-03-01, 2026-03-01 14:00 or 2026-03-01T14:00:00Z)`);
    }
    for (const text of ['2026-02-29', '2026-13-01', '2026-04-31', '2026-03-01T24:00', '2026-03-01T12:60', '2026-03-01T12:00:60']) {
      expect(utc(text), text).toBe(`not a real date or time: '${text}'`);
    }
    expect(utc('2024-02-29')).toBe(Date.UTC(2024, 1, 29));
    expect(utc('2026-03-01T12:00+19:00')).toBe("not a real time-zone offset: '2026-03-01T12:00+19:00'");
    expect(utc('x'.repeat(60))).toBe(`not an ISO 8601 date or time: '${'x'.repeat(40)}…' (e.g. 2026-03-01, 2026-03-01 14:00 or 2026-03-01T14:00:00Z)`);
  });

  it('GIVEN a zone luxon does not know THEN there is no parser', () => {
    expect(instantParser('Nowhere/City')).toBeNull();
  });
});

describe('cells by column kind', () => {
  it('GIVEN days and months THEN only real ones in YYYY-MM-DD and YYYY-MM pass, kept as text', () => {
    expect(cell('date', '2026-03-01')).toBe('2026-03-01');
    expect(cell('date', '2024-02-29')).toBe('2024-02-29');
    for (const bad of ['2026-02-29', '2026-3-1', '2026-03-01T00:00', '01/03/2026', '2026-00-10']) {
      expect(cell('date', bad)).toBe(`!not a calendar day YYYY-MM-DD: '${bad}'`);
    }
    expect(cell('month', '2026-12')).toBe('2026-12');
    for (const bad of ['2026-13', '2026-3', '2026-03-01', 'Mar 2026']) expect(cell('month', bad)).toBe(`!not a month YYYY-MM: '${bad}'`);
  });

  it('GIVEN money with a decimal point THEN plain decimals, exponents and comma or space thousands pass; negatives, decimal commas, NaN and Infinity do not', () => {
    expect(['10', '10.50', '.5', '5.', '+3', '1e3', '1.5E-2', '0', '-0', '1,000.50', '1 000', '12,345,678'].map((t) => cell('money', t))).toEqual([
      10, 10.5, 0.5, 5, 3, 1000, 0.015, 0, 0, 1000.5, 1000, 12345678,
    ]);
    expect(cell('money', '-10.5')).toBe('!negative amount: -10.5');
    // '1,00' is no thousands group (three digits follow a thousands comma); '1,000 000' mixes two kinds.
    for (const bad of ['10,5', '1,00', '1,000 000', 'NaN', 'Infinity', '1e999', '$10', '0x10']) {
      expect(cell('money', bad)).toBe(`!not a number: '${bad}' (read with a decimal point and ',' or space thousands; --decimal ',' reads decimal commas)`);
    }
  });

  it('GIVEN counts THEN whole non-negative numbers pass, 3.0 too', () => {
    expect(['0', '3', '3.0', '007'].map((t) => cell('count', t))).toEqual([0, 3, 3, 7]);
    expect(cell('count', '-2')).toBe('!negative count: -2');
    expect(cell('count', '2.5')).toBe("!not a whole number: '2.5'");
    expect(cell('count', 'three')).toBe("!not a whole number: 'three'");
    expect(cell('count', '99999999999999999999')).toBe("!too large a count: '99999999999999999999'");
  });

  it('GIVEN booleans THEN 1/0, true/false and yes/no in any case pass as 1/0', () => {
    expect(['1', 'TRUE', 'Yes', '0', 'false', 'NO'].map((t) => cell('boolean', t))).toEqual([1, 1, 1, 0, 0, 0]);
    expect(cell('boolean', 'y')).toBe("!not a boolean: 'y' (use 1/0, true/false, yes/no, sim/não, s/n, da/nu)");
  });

  it('GIVEN a closed vocabulary THEN any case matches and is stored lowercase', () => {
    const status = columnOf('orders', 'status');
    const kind = columnOf('surveys', 'kind');
    if (!status || !kind) throw new Error('schema changed');
    expect(cell(status, 'Completed')).toBe('completed');
    expect(cell(status, 'shipped')).toBe("!unknown status 'shipped' (expected completed, returned, cancelled)");
    expect(cell(kind, 'NPS')).toBe('nps');
    expect(cell(kind, 'ces')).toBe("!unknown kind 'ces' (expected nps, csat, engagement, brand)");
  });

  it('GIVEN scores THEN any decimal passes here (the scale is checked with the row)', () => {
    expect(['9', '7.5', '-1'].map((t) => cell('score', t))).toEqual([9, 7.5, -1]);
    expect(cell('score', 'ten')).toBe("!not a number: 'ten' (read with a decimal point and ',' or space thousands; --decimal ',' reads decimal commas)");
  });
});

describe('cells in a region\'s format', () => {
  const comma = { decimal: ',', dateOrder: 'DMY' } as const;
  const unknown = { decimal: null, dateOrder: null } as const;
  const read = (kind: ColumnKind, text: string, format: { decimal: ',' | '.' | null; dateOrder: 'DMY' | 'MDY' | 'YMD' | null }): unknown => {
    const instant = instantParser('UTC', format.dateOrder);
    if (instant === null) throw new Error('UTC');
    const v = cellParser({ name: 'c', kind, required: false }, instant, format)(text);
    return v instanceof CellError ? `!${v.reason}` : v;
  };

  it('GIVEN a decimal comma THEN dot, space, no-break and narrow no-break space thousands pass, one kind per number', () => {
    expect(['1.234,56', '1 234,56', '1\u00A0234,56', '1\u202F234,56', '12,5', '2.500', '1.234.567', '0,01', '7'].map((t) => read('money', t, comma))).toEqual([
      1234.56, 1234.56, 1234.56, 1234.56, 12.5, 2500, 1234567, 0.01, 7,
    ]);
    for (const bad of ['3.75', '1.234 567', '1,234.56', '0.500']) {
      expect(read('money', bad, comma)).toBe(`!not a number: '${bad}' (read with a decimal comma and '.' or space thousands; --decimal '.' reads decimal points)`);
    }
    expect(read('count', '1.200', comma)).toBe(1200);
    expect(read('count', '3,0', comma)).toBe(3);
  });

  it('GIVEN no decimal mark known THEN a number that reads two ways is refused with both, one that reads one way is read', () => {
    expect(read('money', '1.234', unknown)).toBe("!'1.234' is 1234 with --decimal ',' or 1.234 with --decimal '.'");
    expect(read('money', '2,500', unknown)).toBe("!'2,500' is 2.5 with --decimal ',' or 2500 with --decimal '.'");
    expect(['1.234,56', '12,5', '3.75', '1 000', '1e3', '0.500'].map((t) => read('money', t, unknown))).toEqual([1234.56, 12.5, 3.75, 1000, 1000, 0.5]);
  });

  it('GIVEN day-first dates THEN /, - and . with optional time and seconds are the wall-clock times; ISO still passes', () => {
    expect(read('instant', '31/03/2026', comma)).toBe(Date.UTC(2026, 2, 31));
    expect(read('instant', '31-03-2026', comma)).toBe(Date.UTC(2026, 2, 31));
    expect(read('instant', '31.03.2026 14:05', comma)).toBe(Date.UTC(2026, 2, 31, 14, 5));
    expect(read('instant', '1/3/2026 9:05:30', comma)).toBe(Date.UTC(2026, 2, 1, 9, 5, 30));
    expect(read('instant', '2026-03-31T14:05:00Z', comma)).toBe(Date.UTC(2026, 2, 31, 14, 5));
    expect(read('instant', '31/02/2026', comma)).toBe("!not a real date or time: '31/02/2026'");
    expect(read('instant', '03/31/2026', comma)).toBe("!not a real date or time: '03/31/2026'");
    expect(read('date', '31.03.2026', comma)).toBe('2026-03-31');
    expect(read('date', '31.03.2026 10:00', comma)).toBe("!not a calendar day YYYY-MM-DD: '31.03.2026 10:00'");
    expect(read('month', '03/2026', comma)).toBe('2026-03');
  });

  it('GIVEN no date order known THEN a date that reads two ways is refused with both; one with a day above 12 or the same both ways is read', () => {
    expect(read('instant', '03/04/2026', unknown)).toBe("!'03/04/2026' is 2026-04-03 with --date-format DMY or 2026-03-04 with --date-format MDY");
    expect(read('instant', '13/04/2026', unknown)).toBe(Date.UTC(2026, 3, 13));
    expect(read('instant', '04/13/2026', unknown)).toBe(Date.UTC(2026, 3, 13));
    expect(read('instant', '04/04/2026', unknown)).toBe(Date.UTC(2026, 3, 4));
  });

  it('GIVEN yes and no in Portuguese and Romanian, any case or accents THEN they are 1 and 0; English still passes', () => {
    const yes = ['sim', 'SIM', 's', 'Verdadeiro', 'da', 'DA', 'adevărat', 'Adevarat', 'true', 'yes'];
    const no = ['não', 'NAO', 'n', 'falso', 'nu', 'Nu', 'fals', 'false', 'no'];
    expect(yes.map((t) => read('boolean', t, comma))).toEqual(yes.map(() => 1));
    expect(no.map((t) => read('boolean', t, comma))).toEqual(no.map(() => 0));
  });
});
