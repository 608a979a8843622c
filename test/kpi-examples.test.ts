import { describe, expect, it } from 'vitest';
import { at, openFixture } from './engine-fixture.js';

/**
 * The worked examples of the seed guides (kpis.md names them), each rebuilt as data and answered
 * by the engine. Each test also checks that the KPI file's `example.value` says the same number.
 */
describe('worked examples of the seed guides', () => {
  it('GIVEN 100 customers at the start of March, 20 new and 5 lost THEN turnover = 5 / (100 + 20 - 5) = 4.35%', async () => {
    const fx = await openFixture();
    const rows = [];
    for (let i = 0; i < 100; i++) {
      // Five of the starting hundred leave in March.
      rows.push([`S${i}`, at('2025-01-01T00:00:00Z'), i < 5 ? at(`2026-03-${10 + i}T12:00:00Z`) : null]);
    }
    for (let i = 0; i < 20; i++) rows.push([`N${i}`, at(`2026-03-${String(1 + i).padStart(2, '0')}T09:00:00Z`), null]);
    await fx.insert('customers', ['customer_id', 'signup_at', 'churned_at'], rows);
    const r = await fx.ask({ metric: 'turnover_rate', period: '2026-03' });
    expect(r.value).toBeCloseTo((5 / 115) * 100, 12);
    expect(fx.engine.catalog.get('turnover_rate')?.example?.value).toBeCloseTo(r.value ?? NaN, 12);
    await fx.close();
  });

  it('GIVEN 1,000 a year per customer, 10% margin, 20% yearly churn and 100 per acquisition THEN clv = 1000 × 0.1 × 5 - 100 = 400', async () => {
    const fx = await openFixture();
    // 2025 has 365 days, so yearly and period rates coincide. Ten customers at the start, two of
    // them leave (churn 20%: lifetime 5 years), two join at the start of the year (E = S = 10).
    const customers = [];
    for (let i = 0; i < 10; i++) customers.push([`S${i}`, at('2024-06-01T00:00:00Z'), i < 2 ? at('2025-07-01T00:00:00Z') : null]);
    customers.push(['N0', at('2025-01-01T00:00:00Z'), null], ['N1', at('2025-01-01T00:00:00Z'), null]);
    await fx.insert('customers', ['customer_id', 'signup_at', 'churned_at'], customers);
    // Revenue 10,000 over an average base of 10: 1,000 a year each; cost 9,000: a 10% margin.
    await fx.insert('orders', ['order_id', 'customer_id', 'ordered_at', 'amount', 'cost', 'status'], [
      ['O1', 'S5', at('2025-03-01T10:00:00Z'), 6000, 5400, 'completed'],
      ['O2', 'N0', at('2025-09-01T10:00:00Z'), 4000, 3600, 'completed'],
    ]);
    // 200 spent for two new customers: CAC 100.
    await fx.insert('marketing_spend', ['day', 'channel', 'amount'], [['2025-01-01', 'paid_search', 200]]);
    const clv = await fx.ask({ metric: 'clv', period: '2025' });
    expect((await fx.ask({ metric: 'arpu_annual', period: '2025' })).value).toBeCloseTo(1000, 9);
    expect((await fx.ask({ metric: 'lifetime_years', period: '2025' })).value).toBeCloseTo(5, 9);
    expect((await fx.ask({ metric: 'cac', period: '2025' })).value).toBeCloseTo(100, 9);
    expect(clv.value).toBeCloseTo(400, 9);
    expect(fx.engine.catalog.get('clv')?.example?.value).toBe(400);
    await fx.close();
  });

  it('GIVEN 70 promoters, 28 passives and 2 detractors THEN nps = 70 - 2 = 68', async () => {
    const fx = await openFixture();
    const rows = [];
    for (let i = 0; i < 100; i++) {
      const score = i < 70 ? 9 + (i % 2) : i < 98 ? 7 + (i % 2) : 3;
      rows.push([`R${i}`, at('2026-02-10T10:00:00Z'), 'nps', score]);
    }
    await fx.insert('surveys', ['response_id', 'answered_at', 'kind', 'score'], rows);
    const r = await fx.ask({ metric: 'nps', period: '2026-02' });
    expect(r.value).toBeCloseTo(68, 12);
    expect(r.sample).toBe(100);
    expect(r.smallSample).toBe(false);
    expect(fx.engine.catalog.get('nps')?.example?.value).toBe(68);
    await fx.close();
  });

  it('GIVEN a 20% share against a largest competitor with 40% THEN relative market share = 0.5', async () => {
    const fx = await openFixture();
    await fx.insert('market', ['month', 'market_sales', 'company_sales', 'largest_competitor_sales'], [['2026-01', 1000, 200, 400]]);
    const r = await fx.ask({ metric: 'relative_market_share', period: '2026-01' });
    expect(r.value).toBeCloseTo(0.5, 12);
    expect((await fx.ask({ metric: 'market_share', period: '2026-01' })).value).toBeCloseTo(20, 12);
    expect(fx.engine.catalog.get('relative_market_share')?.example?.value).toBe(0.5);
    await fx.close();
  });

  it('GIVEN a market of 500 in 2020 and 750 in 2021 THEN market growth = 50% (the guide\'s 150% is the index)', async () => {
    const fx = await openFixture();
    await fx.insert('market', ['month', 'market_sales', 'company_sales', 'largest_competitor_sales'], [
      ['2020-06', 300, 30, 60],
      ['2020-11', 200, 20, 40],
      ['2021-03', 750, 80, 150],
    ]);
    const r = await fx.ask({ metric: 'market_growth', period: '2021' });
    expect(r.value).toBeCloseTo(50, 12);
    expect(fx.engine.catalog.get('market_growth')?.example?.value).toBe(50);
    await fx.close();
  });

  it('GIVEN 1,840 own mentions out of 4,089 THEN share of voice = 45%', async () => {
    const fx = await openFixture();
    await fx.insert('mentions', ['day', 'brand', 'mentions', 'own'], [
      ['2026-05-04', 'Ours', 1000, 1],
      ['2026-05-05', 'Ours', 840, 1],
      ['2026-05-04', 'Rival', 2249, 0],
    ]);
    const r = await fx.ask({ metric: 'share_of_voice', period: '2026-05' });
    expect(r.value).toBeCloseTo((1840 / 4089) * 100, 12);
    expect(Math.round(r.value ?? 0)).toBe(45);
    expect(fx.engine.catalog.get('share_of_voice')?.example?.value).toBeCloseTo(r.value ?? NaN, 12);
    await fx.close();
  });

  it('GIVEN 54 fully engaged and 10 actively disengaged answers THEN the engagement ratio is 5.4 (to one)', async () => {
    const fx = await openFixture();
    const rows = [];
    for (let i = 0; i < 54; i++) rows.push([`E4-${i}`, at('2026-04-02T10:00:00Z'), 'engagement', 4]);
    for (let i = 0; i < 10; i++) rows.push([`E1-${i}`, at('2026-04-03T10:00:00Z'), 'engagement', 1]);
    for (let i = 0; i < 30; i++) rows.push([`E3-${i}`, at('2026-04-04T10:00:00Z'), 'engagement', 2 + (i % 2)]);
    await fx.insert('surveys', ['response_id', 'answered_at', 'kind', 'score'], rows);
    const r = await fx.ask({ metric: 'engagement_ratio', period: '2026-04' });
    expect(r.value).toBeCloseTo(5.4, 12);
    expect(fx.engine.catalog.get('engagement_ratio')?.example?.value).toBe(5.4);
    await fx.close();
  });

  it('GIVEN 100,000 spent in a year and 1,000 new customers THEN cac = 100', async () => {
    const fx = await openFixture();
    const customers = [];
    for (let i = 0; i < 1000; i++) customers.push([`C${i}`, at('2025-01-01T00:00:00Z') + i * 8 * 3_600_000]);
    await fx.insert('customers', ['customer_id', 'signup_at'], customers);
    await fx.insert('marketing_spend', ['day', 'channel', 'amount'], [
      ['2025-02-01', 'paid_search', 60000],
      ['2025-08-01', 'social', 40000],
    ]);
    const r = await fx.ask({ metric: 'cac', period: '2025' });
    expect(r.value).toBeCloseTo(100, 12);
    expect(fx.engine.catalog.get('cac')?.example?.value).toBe(100);
    await fx.close();
  });
});
