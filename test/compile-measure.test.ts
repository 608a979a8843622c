import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compileMeasure, type SliceBounds } from '../engine/query/compile-measure.js';
import { sqliteDialect } from '../engine/store/sqlite-dialect.js';
import { DIMENSIONS, type Dimension } from '../engine/schema/tables.js';
import type { Measure } from '../engine/catalog/kpi-schema.js';

const bounds = {
  startMs: Date.UTC(2026, 0, 1),
  endMs: Date.UTC(2026, 3, 1),
  startDate: '2026-01-01',
  endDate: '2026-04-01',
  startMonth: '2026-01',
  endMonth: '2026-04',
  days: 90,
};
const previous = { ...bounds, startMs: Date.UTC(2025, 9, 1), startDate: '2025-10-01', startMonth: '2025-10' };
const slice: SliceBounds = { current: bounds, previous };
const revenue: Measure = {
  table: 'orders',
  select: 'sum(t.amount)',
  where: "t.status = 'completed'",
  time: 'ordered_at',
  window: 'current',
};

describe('compileMeasure', () => {
  it('GIVEN revenue by segment where region=Europe THEN the SQL joins customers, groups by the coalesced column and binds every value', () => {
    const s = compileMeasure({ measure: revenue, slices: [slice], by: ['segment'], filters: { region: ['Europe'] } }, sqliteDialect);
    expect(s.sql).toBe(
      [
        'WITH b (k, s, e, sd, ed, sm, em, ps, psd, psm) AS (VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?))',
        "SELECT b.k AS k, COALESCE(c.segment, '(none)') AS d0, (sum(t.amount)) AS value, count(*) AS n",
        'FROM b CROSS JOIN orders t',
        'LEFT JOIN customers c ON c.customer_id = t.customer_id',
        "WHERE t.ordered_at >= b.s AND t.ordered_at < b.e AND (t.status = 'completed') AND COALESCE(c.region, '(none)') IN (?)",
        'GROUP BY b.k, d0',
      ].join('\n'),
    );
    expect(s.params).toEqual([
      0, bounds.startMs, bounds.endMs, '2026-01-01', '2026-04-01', '2026-01', '2026-04',
      previous.startMs, '2025-10-01', '2025-10', 'Europe',
    ]);
  });

  it('GIVEN a stock measure read at the end THEN {at} becomes the slice end and there is no time range', () => {
    const s = compileMeasure(
      {
        measure: { table: 'customers', select: 'count(*)', where: 't.signup_at < {at} AND (t.churned_at IS NULL OR t.churned_at >= {at})', window: 'current' },
        at: 'end',
        slices: [slice],
        by: [],
        filters: {},
      },
      sqliteDialect,
    );
    expect(s.sql).toContain('WHERE (t.signup_at < b.e AND (t.churned_at IS NULL OR t.churned_at >= b.e))');
    expect(s.sql).not.toContain('LEFT JOIN customers');
  });

  it('GIVEN a daily table THEN the period is compared on days; a previous window uses the window before', () => {
    const visits = compileMeasure(
      { measure: { table: 'visits', select: 'sum(t.sessions)', time: 'day', window: 'current' }, slices: [slice], by: ['channel'], filters: {} },
      sqliteDialect,
    );
    expect(visits.sql).toContain('WHERE t.day >= b.sd AND t.day < b.ed');
    expect(visits.sql).toContain("COALESCE(t.channel, '(none)') AS d0");
    const prev = compileMeasure({ measure: { ...revenue, window: 'previous' }, slices: [slice], by: [], filters: {} }, sqliteDialect);
    expect(prev.sql).toContain('t.ordered_at >= b.ps AND t.ordered_at < b.s');
  });

  it('GIVEN a default condition on brand THEN it holds unless the question breaks down or filters by brand', () => {
    const own: Measure = { table: 'mentions', select: 'sum(t.mentions)', time: 'day', window: 'current', default_where: { brand: 't.own = 1' } };
    const where = (by: Dimension[], filters: Partial<Record<Dimension, string[]>>): string =>
      compileMeasure({ measure: own, slices: [slice], by, filters }, sqliteDialect).sql.split('\n').find((l) => l.startsWith('WHERE')) ?? '';
    expect(where([], {})).toBe('WHERE t.day >= b.sd AND t.day < b.ed AND (t.own = 1)');
    expect(where(['brand'], {})).toBe('WHERE t.day >= b.sd AND t.day < b.ed');
    expect(where([], { brand: ['Globex'] })).toBe("WHERE t.day >= b.sd AND t.day < b.ed AND COALESCE(t.brand, '(none)') IN (?)");
    // An empty filter picks nothing, so the default still holds.
    expect(where([], { brand: [] })).toBe('WHERE t.day >= b.sd AND t.day < b.ed AND (t.own = 1)');
  });

  it('GIVEN any filter values a user could type THEN the SQL text is the same and the values travel only as parameters', () => {
    const dims = DIMENSIONS.filter((d) => d !== 'brand' && d !== 'category') as Dimension[];
    const baseline = (dim: Dimension, n: number) =>
      compileMeasure({ measure: revenue, slices: [slice], by: [], filters: { [dim]: Array.from({ length: n }, () => 'x') } }, sqliteDialect).sql;
    fc.assert(
      fc.property(fc.constantFrom(...dims), fc.array(fc.string({ unit: 'grapheme' }), { minLength: 1, maxLength: 4 }), (dim, values) => {
        const s = compileMeasure({ measure: revenue, slices: [slice], by: [], filters: { [dim]: values } }, sqliteDialect);
        expect(s.sql).toBe(baseline(dim, values.length));
        expect(s.params.slice(-values.length)).toEqual(values);
      }),
      { numRuns: 300 },
    );
  });
});
