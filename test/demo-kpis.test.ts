import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemo } from '../engine/demo/generate-demo.js';
import { openFixture, type Fixture } from './engine-fixture.js';

/** Every KPI id of ../shared/kpis.md, the contract this project answers to. */
const CONTRACT_IDS = [
  'customers', 'new_customers', 'churn_rate', 'retention_rate', 'turnover_rate', 'repeat_purchase_rate',
  'revenue', 'sales_growth', 'orders', 'average_basket', 'average_ticket', 'gross_margin', 'return_rate',
  'conversion_rate', 'web_conversion_rate', 'cac', 'arpu_annual', 'lifetime_years', 'clv',
  'customer_profitability', 'dso', 'nps', 'recommendation_rate', 'csat', 'satisfaction_index',
  'engagement_ratio', 'brand_equity', 'tickets', 'complaints', 'first_response_time', 'resolution_time',
  'complaint_resolution_time', 'complaints_resolved_72h', 'repeat_contact_rate', 'market_share',
  'relative_market_share', 'market_growth', 'share_of_voice',
];

let fx: Fixture;
const NOW = Date.parse('2026-11-22T10:00:00Z');

beforeAll(async () => {
  fx = await openFixture({}, NOW);
  await generateDemo(fx.store, { customers: 600, now: NOW, timezone: 'UTC' });
});
afterAll(() => fx.close());

describe('every KPI of the contract on the demo data set', () => {
  it('GIVEN the catalog THEN it has every KPI id of kpis.md', () => {
    for (const id of CONTRACT_IDS) expect(fx.engine.catalog.get(id), id).toBeDefined();
  });

  it.each(CONTRACT_IDS)('GIVEN %s over last-quarter and last-12m THEN it answers with a number', async (id) => {
    for (const period of ['last-quarter', 'last-12m']) {
      const r = await fx.ask({ metric: id, period });
      expect(typeof r.value === 'number' && Number.isFinite(r.value), `${id} ${period}: ${r.value}`).toBe(true);
      expect(r.dataThrough).not.toBeNull();
    }
  });

  it('GIVEN the bad quarter of the demo THEN churn and complaints rise and fall around it', async () => {
    // The demo's price change is the quarter that began about eight months before now: 2026-Q1.
    const churn = await fx.ask({ metric: 'churn_rate', period: 'last-12m', by: ['quarter'] });
    const byQuarter = Object.fromEntries((churn.groups ?? []).map((g) => [g.key['quarter'], g.value ?? 0]));
    expect(byQuarter['2026-Q1']).toBeGreaterThan(1.5 * (byQuarter['2026-Q3'] ?? Infinity));
    const complaints = await fx.ask({ metric: 'complaints', period: '2025-10-01..2026-09-30', by: ['quarter'] });
    const c = Object.fromEntries((complaints.groups ?? []).map((g) => [g.key['quarter'], g.value ?? 0]));
    expect(c['2026-Q1']).toBeGreaterThan(c['2025-Q4'] ?? Infinity);
    expect(c['2026-Q1']).toBeGreaterThan(c['2026-Q3'] ?? Infinity);
  });

  it('GIVEN segments THEN SMB churns more than Enterprise over the whole window', async () => {
    const r = await fx.ask({ metric: 'churned_customers', period: 'last-12m', by: ['segment'] });
    const start = await fx.ask({ metric: 'customers_at_start', period: 'last-12m', by: ['segment'] });
    const rate = (seg: string): number => {
      const lost = r.groups?.find((g) => g.key['segment'] === seg)?.value ?? 0;
      const base = start.groups?.find((g) => g.key['segment'] === seg)?.value ?? 1;
      return lost / base;
    };
    expect(rate('SMB')).toBeGreaterThan(rate('Enterprise'));
  });
});
