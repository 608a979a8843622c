import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importCsv } from '../engine/import/import-csv.js';
import { loadCatalog, formatProblem } from '../engine/catalog/load-catalog.js';
import { createEngine, type Engine } from '../engine/query/engine.js';
import { DEFAULT_WORKSPACE, type Workspace } from '../engine/config.js';
import { isTableName } from '../engine/schema/tables.js';
import type { Store } from '../engine/store/store.js';
import type { KpiResult, Query } from '../engine/query/query.js';
import * as X from './golden-expected.js';
import { eachBackend, type Backend } from './backends.js';

/**
 * Golden numbers: a small data set (test/fixtures/golden, imported from CSV as a user would) and,
 * for every KPI of ../shared/kpis.md, the value worked out by hand from the definitions.
 *
 * The data, over 2026-Q1 (2026-01-01 to 2026-04-01, 90 days, UTC) and 2025-Q4 before it:
 * customers  S (active at 2026-01-01) = C1, C2, C3, C4 (churns exactly at the start: still active
 *            just before it), C7 = 5. C8 churned in Q4; C5 signs up exactly at the start (new, not
 *            active at start). N = C5, C6, C10 = 3. L = C1, C4, C6 = 3; L_S = C1, C4 = 2 (C6 signs
 *            up and churns inside Q1). E = C2, C3, C5, C7, C10 = 5 = S + N - L.
 * orders     Q1 completed: O6 150, O7 250 (no cost), O8 2000, O9 500, O11 80, O13 60 (unknown
 *            customer X99), O14 120 (last second of Q1) = 3160 over 7 orders; O15 at 2026-04-01
 *            00:00 is outside. Cost 90 + 0 + 1500 + 300 + 50 + 30 + 80 = 2050. One return (O10),
 *            one cancellation (O12). Q4 completed: 100 + 200 + 1000 + 50 = 1350.
 */
const FIXTURES = join(process.cwd(), 'test', 'fixtures', 'golden');
const NOW = Date.parse('2026-06-15T12:00:00Z');

async function openGolden(backend: Backend, dir: string, workspace: Workspace): Promise<{ store: Store; engine: Engine }> {
  const s = await backend.open();
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.csv'))) {
    const table = name.replace(/\.csv$/, '');
    if (!isTableName(table)) throw new Error(`unexpected fixture ${name}`);
    const outcome = await importCsv(s, { table, file: join(dir, name), timezone: workspace.timezone });
    if (!outcome.ok) throw new Error(`${name}: ${JSON.stringify(outcome.problems)}`);
  }
  const catalog = await loadCatalog({ dirs: [join(process.cwd(), 'queries')], store: s });
  if (!catalog.ok) throw new Error(catalog.error.map(formatProblem).join('\n'));
  return { store: s, engine: createEngine({ store: s, catalog: catalog.value, workspace, now: () => NOW }) };
}

async function askOn(e: Engine, query: Partial<Query> & { metric: string }): Promise<KpiResult> {
  const r = await e.ask({ period: '2026-Q1', ...query });
  if (!r.ok) throw new Error(`${query.metric}: ${JSON.stringify(r.error)}`);
  return r.value;
}

/*
 * Every set runs on each backend: the numbers are worked out by hand once, and SQLite and
 * PostgreSQL must both give them.
 */
describe.each(eachBackend)('golden numbers on %s', (_label, backend) => {
  if (backend.skip !== undefined) {
    it.skip(`skipped: ${backend.skip}`, () => undefined);
    return;
  }
  let store: Store;
  let engine: Engine;
  const ask = (query: Partial<Query> & { metric: string }, e: Engine = engine): Promise<KpiResult> => askOn(e, query);

  beforeAll(async () => {
    ({ store, engine } = await openGolden(backend, FIXTURES, { ...DEFAULT_WORKSPACE, timezone: 'UTC' }));
  });
  afterAll(() => store.close());

  const S = 5;
  const E = 5;
  const N = 3;
  const L = 3;
  const L_S = 2;
  const DAYS = 90;
  const REVENUE = 3160;
  const COST = 2050;
  const BUYERS = 6; // C1, C2, C3, C5, X99, C10
  const CHURN = (L_S / S) * 100;
  const MARGIN = ((REVENUE - COST) / REVENUE) * 100;
  const ARPU = (REVENUE / ((S + E) / 2)) * (365 / DAYS);
  const LIFETIME = Math.min(10, 1 / ((CHURN / 100) * (365 / DAYS)));
  const CAC = (300 + 150 + 0) / N; // spend in Q1 over new customers

  const EXPECTED: [string, number][] = [
    ['customers', E],
    ['new_customers', N],
    ['churn_rate', CHURN], // 40
    ['retention_rate', ((E - N) / S) * 100], // 40
    ['turnover_rate', (L / (S + N - L)) * 100], // 60
    // Bought in Q4: C1, C2, C3, C7; of them bought again in Q1: C1, C2, C3 (C7's next order is after Q1).
    ['repeat_purchase_rate', (3 / 4) * 100],
    ['revenue', REVENUE],
    ['sales_growth', ((REVENUE - 1350) / 1350) * 100],
    ['orders', 7],
    ['average_basket', REVENUE / 7],
    ['average_ticket', REVENUE / BUYERS],
    ['gross_margin', MARGIN],
    ['return_rate', (1 / (7 + 1)) * 100], // O10 of 7 completed + 1 returned; O12 cancelled is left out
    ['conversion_rate', (3 / 5) * 100], // Q1 leads L1-L5; converted L1, L3, L5 (L5 after the period, still converted)
    ['web_conversion_rate', (7 / (100 + 50 + 150 + 50)) * 100], // 7 orders over 350 sessions (2025-12-31 is outside)
    ['cac', CAC], // 150
    ['arpu_annual', ARPU],
    ['lifetime_years', LIFETIME], // 90 / (0.4 × 365)
    ['clv', ARPU * (MARGIN / 100) * LIFETIME - CAC], // 555 - 150 = 405
    ['customer_profitability', (REVENUE - COST - 5 * 0) / BUYERS], // 185: support_cost_per_ticket is 0 by default
    // Receivable at 2026-04-01: I2 (paid after), I3 (unpaid), I4 (Q4, unpaid) = 900; I5 paid exactly at the end is paid.
    // Invoiced in Q1: I1 100 + I2 200 + I3 400 + I5 50 = 750.
    ['dso', (900 / 750) * DAYS],
    // Q1 NPS answers 10, 9, 9, 8, 7, 6, 3, 10, 9, 5: 5 promoters, 3 detractors of 10.
    ['nps', ((5 - 3) / 10) * 100],
    ['recommendation_rate', (5 / 10) * 100],
    ['csat', (3 / 5) * 100], // 5, 4, 3, 2, 5
    ['satisfaction_index', ((19 / 5 - 1) / 4) * 100], // mean 3.8
    ['engagement_ratio', 3 / 1], // 4, 4, 4, 1, 2, 3
    ['brand_equity', ((7.5 + 8 + 6.5) / 3) * 10],
    ['tickets', 5], // T1-T5 opened in Q1
    ['complaints', 4], // T1, T2, T4, T5
    ['first_response_time', (2 + 0.5 + 1 + 6) / 4], // T3 has no first response
    ['resolution_time', (24 + 120 + 24 + 72 + 72) / 5], // resolved in Q1: T1, T2, T3, T5, and T6 (opened in Q4)
    ['complaint_resolution_time', (24 + 120 + 72) / 3], // T1, T2, T5
    ['complaints_resolved_72h', (2 / 4) * 100], // T1 (24 h) and T5 (exactly 72 h) of T1, T2, T4 (open), T5
    ['repeat_contact_rate', (2 / 5) * 100], // T2 (3 contacts), T4 (2)
    ['market_share', ((150 + 110 + 130) / (1200 + 1100 + 1300)) * 100],
    ['relative_market_share', (150 + 110 + 130) / (350 + 330 + 370)],
    ['market_growth', ((3600 - 3000) / 3000) * 100],
    ['share_of_voice', ((30 + 20) / (30 + 50 + 20 + 20)) * 100], // 2025-12-31 is outside
  ];

  describe('golden numbers on a hand-made data set imported from CSV', () => {
    it.each(EXPECTED)('GIVEN 2026-Q1 THEN %s = %d', async (metric, expected) => {
      expect((await ask({ metric })).value).toBeCloseTo(expected, 9);
    });

    it('GIVEN the derived values THEN their hand arithmetic is what the seed formulas give', () => {
      expect(CHURN).toBe(40);
      expect(LIFETIME).toBeCloseTo(90 / 146, 12);
      expect(ARPU * (MARGIN / 100) * LIFETIME - CAC).toBeCloseTo(405, 9);
    });

    it('GIVEN churn by segment THEN each segment uses its own starting base, and customers without a segment fall in (none)', async () => {
      const r = await ask({ metric: 'churn_rate', by: ['segment'] });
      const bySegment = Object.fromEntries((r.groups ?? []).map((g) => [g.key['segment'], [g.value, g.sample]]));
      // SMB: S = C1, C2, L_S = C1. Enterprise: S = C3, C4, L_S = C4. (none): S = C7.
      expect(bySegment).toEqual({ SMB: [50, 2], Enterprise: [50, 2], '(none)': [0, 1] });
      expect(r.sample).toBe(S);
    });

    it('GIVEN revenue by segment THEN an order of an unknown customer is in (none), and the groups add up', async () => {
      const r = await ask({ metric: 'revenue', by: ['segment'] });
      expect(r.groups?.map((g) => [g.key['segment'], g.value])).toEqual([
        ['Enterprise', 2500],
        ['SMB', 150 + 250 + 80 + 120],
        ['(none)', 60],
      ]);
    });

    it('GIVEN nps by segment THEN each group scores its own answers', async () => {
      const r = await ask({ metric: 'nps', by: ['segment'] });
      const bySegment = Object.fromEntries((r.groups ?? []).map((g) => [g.key['segment'], g.value]));
      // SMB: 10, 9, 9, 8, 9, 5 -> (4 - 1) / 6. Enterprise: 7, 6 -> -1 / 2. (none): 3, 10 -> 0.
      expect(bySegment['SMB']).toBeCloseTo(50, 9);
      expect(bySegment['Enterprise']).toBeCloseTo(-50, 9);
      expect(bySegment['(none)']).toBeCloseTo(0, 9);
      expect(r.sample).toBe(10);
      expect(r.smallSample).toBe(true);
    });

    it('GIVEN revenue and customers by month THEN each month is its own period (customers read at each month end)', async () => {
      const revenue = await ask({ metric: 'revenue', by: ['month'] });
      expect(revenue.groups?.map((g) => [g.key['month'], g.value])).toEqual([
        ['2026-01', 150 + 250],
        ['2026-02', 2000 + 80],
        ['2026-03', 500 + 60 + 120],
      ]);
      const customers = await ask({ metric: 'customers', by: ['month'] });
      // 1 Feb: C1, C2, C3, C5, C7 (C6 signs up exactly then). 1 Mar: C2, C3, C5, C6, C7. 1 Apr: E.
      expect(customers.groups?.map((g) => [g.key['month'], g.value])).toEqual([
        ['2026-01', 5],
        ['2026-02', 5],
        ['2026-03', 5],
      ]);
    });

    it('GIVEN a filter THEN only those rows count', async () => {
      expect((await ask({ metric: 'revenue', filters: { segment: ['SMB'] } })).value).toBeCloseTo(600, 9);
      expect((await ask({ metric: 'revenue', filters: { segment: ['(none)'] } })).value).toBeCloseTo(60, 9);
      expect((await ask({ metric: 'tickets', filters: { channel: ['email', 'phone'] } })).value).toBe(4);
    });

    it('GIVEN vs previous THEN the comparison is 2025-Q4 with the delta (points for NPS)', async () => {
      const revenue = await ask({ metric: 'revenue', compare: 'previous' });
      expect(revenue.compare?.period).toEqual({ label: '2025-Q4', start: '2025-10-01', end: '2026-01-01', timezone: 'UTC', fiscal: null });
      expect(revenue.compare?.value).toBeCloseTo(1350, 9);
      expect(revenue.compare?.delta).toBeCloseTo(REVENUE - 1350, 9);
      expect(revenue.compare?.deltaPct).toBeCloseTo(((REVENUE - 1350) / 1350) * 100, 9);
      const nps = await ask({ metric: 'nps', compare: 'previous' });
      // Q4 answers 10, 10, 6, 8: (2 - 1) / 4 = 25.
      expect(nps.compare?.value).toBeCloseTo(25, 9);
      expect(nps.compare?.delta).toBeCloseTo(20 - 25, 9);
    });

    it('GIVEN a support cost per ticket THEN profit per customer pays for the tickets', async () => {
      const { store: s, engine: e } = await openGolden(backend, FIXTURES, { ...DEFAULT_WORKSPACE, support_cost_per_ticket: 10 });
      expect((await ask({ metric: 'customer_profitability' }, e)).value).toBeCloseTo((REVENUE - COST - 5 * 10) / BUYERS, 9);
      await s.close();
    });

    it.each([
      ['nps', { period: '2024-01' }],
      ['first_response_time', { period: '2024-01' }],
      ['market_share', { period: '2024-01' }],
      ['churn_rate', { filters: { segment: ['Nobody'] } }],
      ['sales_growth', { period: '2025-Q1' }],
    ] as const)('GIVEN %s with an empty denominator THEN there is no value (null), not 0', async (metric, extra) => {
      expect((await ask({ metric, ...extra })).value).toBeNull();
    });

    it('GIVEN a count with no rows THEN it is zero, not missing', async () => {
      expect((await ask({ metric: 'revenue', period: '2024-01' })).value).toBe(0);
      expect((await ask({ metric: 'complaints', period: '2024-01' })).value).toBe(0);
    });

    it('GIVEN data through THEN it is the newest row before the end, the stalest table for a ratio', async () => {
      // Orders: O14 at 2026-03-31T23:59:59Z is the newest before 2026-04-01.
      expect((await ask({ metric: 'revenue' })).dataThrough).toBe('2026-03-31T23:59:59.000Z');
      // Sessions are daily: the newest day 2026-03-31 counts through its end.
      expect((await ask({ metric: 'sessions' })).dataThrough).toBe('2026-04-01T00:00:00.000Z');
    });
  });

  describe('golden numbers in a time zone away from UTC', () => {
    it('GIVEN São Paulo (UTC-3) THEN an order late on 31 March local time is Q1 and one early on 1 January UTC is still 2025', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'kpibot-golden-tz-'));
      writeFileSync(join(dir, 'orders.csv'), [
        'order_id,customer_id,ordered_at,amount,status',
        'A,C1,2026-03-31T23:30:00-03:00,70,completed',
        'B,C1,2026-01-01T01:00:00Z,5,completed',
        'C,C1,2026-01-01 00:30,11,completed',
      ].join('\n'));
      const { store: s, engine: e } = await openGolden(backend, dir, { ...DEFAULT_WORKSPACE, timezone: 'America/Sao_Paulo' });
      // A is 2026-04-01T02:30Z but 31 March locally: in. B is 31 December 22:00 locally: out.
      // C has no offset, so it is read in São Paulo: 1 January 00:30 local: in.
      expect((await ask({ metric: 'revenue' }, e)).value).toBe(70 + 11);
      expect((await ask({ metric: 'revenue', period: '2025-12' }, e)).value).toBe(5);
      await s.close();
    });
  });

  /*
   * A second, independent referee: another hand-made data set (test/fixtures/golden/independent)
   * with its expected values worked out by hand in ./golden-expected.ts, where every number is
   * derived row by row. It goes through the same helpers (openGolden, ask) as the set above.
   */
  const REF = join(FIXTURES, 'independent');

  describe('independent golden set: every KPI over 2026-Q1 (UTC)', () => {
    let refStore: Store;
    let ref: Engine;
    beforeAll(async () => {
      ({ store: refStore, engine: ref } = await openGolden(backend, REF, { ...DEFAULT_WORKSPACE, timezone: 'UTC' }));
    });
    afterAll(() => refStore.close());

    it('GIVEN the hand-made population THEN S + N - L = E holds for the referee numbers', () => {
      expect(X.S + X.N - X.L).toBe(X.E);
      expect(X.REVENUE).toBe(3955);
      expect(X.COST).toBe(2490);
      expect(X.REVENUE_Q4).toBe(2630);
    });

    it('GIVEN every KPI id of kpis.md THEN the referee table has each exactly once', () => {
      const ids = X.Q1_EXPECTED.map(([m]) => m);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.length).toBe(38);
    });

    it.each(X.Q1_EXPECTED)('GIVEN 2026-Q1 THEN %s = %d', async (metric, expected) => {
      expect((await ask({ metric }, ref)).value).toBeCloseTo(expected, 9);
    });

    it.each(X.FEB_EXPECTED)('GIVEN 2026-02 THEN %s = %d', async (metric, expected) => {
      expect((await ask({ metric, period: '2026-02' }, ref)).value).toBeCloseTo(expected, 9);
    });

    it.each(X.OTHER_EXPECTED)('GIVEN %s over %s THEN it is %d', async (metric, period, expected) => {
      expect((await ask({ metric, period }, ref)).value).toBeCloseTo(expected, 9);
    });

    it.each(X.NULL_CASES)('GIVEN %s with %j THEN there is no value (null): %s', async (metric, extra) => {
      expect((await ask({ metric, ...extra }, ref)).value).toBeNull();
    });

    it.each(X.ZERO_CASES)('GIVEN %s over %s with no rows THEN it is 0, not null', async (metric, period) => {
      expect((await ask({ metric, period }, ref)).value).toBe(0);
    });

    it('GIVEN churn_rate by segment THEN each group has its own S, and the empty segment is (none)', async () => {
      const r = await ask({ metric: 'churn_rate', by: ['segment'] }, ref);
      expect(r.sample).toBe(X.S);
      const got = Object.fromEntries((r.groups ?? []).map((g) => [g.key['segment'], g]));
      expect(Object.keys(got).sort()).toEqual(Object.keys(X.CHURN_BY_SEGMENT).sort());
      for (const [segment, want] of Object.entries(X.CHURN_BY_SEGMENT)) {
        expect(got[segment]?.value).toBeCloseTo(want.value, 9);
        expect(got[segment]?.sample).toBe(want.sample);
      }
    });

    it('GIVEN revenue by segment THEN an unknown customer is in (none) and the groups add up', async () => {
      const r = await ask({ metric: 'revenue', by: ['segment'] }, ref);
      const got = Object.fromEntries((r.groups ?? []).map((g) => [g.key['segment'], g.value]));
      expect(Object.keys(got).sort()).toEqual(Object.keys(X.REVENUE_BY_SEGMENT).sort());
      for (const [segment, want] of Object.entries(X.REVENUE_BY_SEGMENT)) expect(got[segment]).toBeCloseTo(want, 9);
      expect(r.value).toBeCloseTo(X.REVENUE, 9);
    });

    it('GIVEN nps by segment THEN each group scores its own answers, and the sample is the answer count', async () => {
      const r = await ask({ metric: 'nps', by: ['segment'] }, ref);
      expect(r.sample).toBe(12);
      expect(r.smallSample).toBe(true);
      const got = Object.fromEntries((r.groups ?? []).map((g) => [g.key['segment'], g]));
      expect(Object.keys(got).sort()).toEqual(Object.keys(X.NPS_BY_SEGMENT).sort());
      for (const [segment, want] of Object.entries(X.NPS_BY_SEGMENT)) {
        expect(got[segment]?.value).toBeCloseTo(want.value, 9);
        expect(got[segment]?.sample).toBe(want.sample);
      }
    });

    it('GIVEN revenue and customers by month THEN each month is its own period (customers = E at each month end)', async () => {
      const revenue = await ask({ metric: 'revenue', by: ['month'] }, ref);
      const rev = Object.fromEntries((revenue.groups ?? []).map((g) => [g.key['month'], g.value]));
      expect(Object.keys(rev).sort()).toEqual(Object.keys(X.REVENUE_BY_MONTH));
      for (const [month, want] of Object.entries(X.REVENUE_BY_MONTH)) expect(rev[month]).toBeCloseTo(want, 9);
      const customers = await ask({ metric: 'customers', by: ['month'] }, ref);
      const cus = Object.fromEntries((customers.groups ?? []).map((g) => [g.key['month'], g.value]));
      expect(cus).toEqual(X.CUSTOMERS_BY_MONTH);
    });

    it('GIVEN filters THEN only matching rows count', async () => {
      expect((await ask({ metric: 'revenue', filters: { segment: ['SMB'] } }, ref)).value).toBeCloseTo(X.REVENUE_SMB, 9);
      expect((await ask({ metric: 'cac', filters: { channel: ['paid_search'] } }, ref)).value).toBeCloseTo(X.CAC_PAID_SEARCH, 9);
    });

    it('GIVEN the sample sizes THEN churn rests on S and nps on its answers', async () => {
      expect((await ask({ metric: 'churn_rate' }, ref)).sample).toBe(X.S);
      const nps = await ask({ metric: 'nps' }, ref);
      expect(nps.sample).toBe(12);
      expect(nps.smallSample).toBe(true);
    });

    it('GIVEN vs previous THEN the comparison is 2025-Q4 with delta = value - previous (points for nps)', async () => {
      const revenue = await ask({ metric: 'revenue', compare: 'previous' }, ref);
      expect(revenue.value).toBeCloseTo(X.REVENUE_VS_PREVIOUS.value, 9);
      expect(revenue.compare?.period.label).toBe('2025-Q4');
      expect(revenue.compare?.period.start).toBe('2025-10-01');
      expect(revenue.compare?.period.end).toBe('2026-01-01');
      expect(revenue.compare?.value).toBeCloseTo(X.REVENUE_VS_PREVIOUS.compare, 9);
      expect(revenue.compare?.delta).toBeCloseTo(X.REVENUE_VS_PREVIOUS.delta, 9);
      expect(revenue.compare?.deltaPct).toBeCloseTo(X.REVENUE_VS_PREVIOUS.deltaPct, 9);
      const nps = await ask({ metric: 'nps', compare: 'previous' }, ref);
      expect(nps.value).toBeCloseTo(X.NPS_VS_PREVIOUS.value, 9);
      expect(nps.compare?.value).toBeCloseTo(X.NPS_VS_PREVIOUS.compare, 9);
      expect(nps.compare?.delta).toBeCloseTo(X.NPS_VS_PREVIOUS.delta, 9);
    });

    it('GIVEN support_cost_per_ticket = 10 THEN profit per customer pays for the 9 tickets opened', async () => {
      const { store: s, engine: e } = await openGolden(backend, REF, { ...DEFAULT_WORKSPACE, timezone: 'UTC', support_cost_per_ticket: 10 });
      try {
        expect((await ask({ metric: 'customer_profitability' }, e)).value).toBeCloseTo(X.PROFITABILITY_AT_10, 9);
      } finally {
        await s.close();
      }
    });
  });

  describe('independent golden set: America/Sao_Paulo', () => {
    let spStore: Store;
    let sp: Engine;
    beforeAll(async () => {
      const dir = mkdtempSync(join(tmpdir(), 'kpibot-golden-sp-'));
      writeFileSync(join(dir, 'customers.csv'), X.SAO_PAULO_CUSTOMERS);
      writeFileSync(join(dir, 'orders.csv'), X.SAO_PAULO_ORDERS);
      ({ store: spStore, engine: sp } = await openGolden(backend, dir, { ...DEFAULT_WORKSPACE, timezone: 'America/Sao_Paulo' }));
    });
    afterAll(() => spStore.close());

    it('GIVEN an order at 23:30 local on 31 March (1 April UTC) and one at 01:00Z on 1 January (2025 locally) THEN Q1 revenue takes the first, not the second', async () => {
      expect((await ask({ metric: 'revenue' }, sp)).value).toBeCloseTo(X.SAO_PAULO.revenueQ1, 9);
      expect((await ask({ metric: 'revenue', period: '2025-12' }, sp)).value).toBeCloseTo(X.SAO_PAULO.revenueDec2025, 9);
    });

    it('GIVEN revenue by month in Sao Paulo THEN months are local months', async () => {
      const r = await ask({ metric: 'revenue', by: ['month'] }, sp);
      const got = Object.fromEntries((r.groups ?? []).map((g) => [g.key['month'], g.value]));
      expect(got).toEqual(X.SAO_PAULO.revenueByMonth);
    });

    it('GIVEN signups around local midnights THEN new and active customers follow the local period', async () => {
      expect((await ask({ metric: 'new_customers' }, sp)).value).toBe(X.SAO_PAULO.newCustomersQ1);
      expect((await ask({ metric: 'new_customers', period: '2025-12' }, sp)).value).toBe(X.SAO_PAULO.newCustomersDec2025);
      expect((await ask({ metric: 'customers' }, sp)).value).toBe(X.SAO_PAULO.customersQ1);
    });
  });
});
