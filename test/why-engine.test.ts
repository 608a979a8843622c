import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { openFixture, type Fixture } from './engine-fixture.js';
import { bulk, seedChurnMixShift, seedComplaintPair, seedComplaintsByChannel, seedSmallCsat } from './why-fixtures.js';
import type { ChangeDecomposition, ChangeQuery } from '../engine/query/decompose-change.js';
import { rateMix, type RatioParts } from '../engine/query/change-split.js';
import { topContributors } from '../engine/query/top-contributors.js';
import type { SqlValue } from '../engine/store/store.js';
import type { Dimension } from '../engine/schema/tables.js';

const OCTOBER: Omit<ChangeQuery, 'metric'> = { period: '2026-10', compare: 'previous' };

async function decompose(fx: Fixture, query: Partial<ChangeQuery> & { metric: string }): Promise<ChangeDecomposition> {
  const r = await fx.engine.decompose({ ...OCTOBER, ...query });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

const byKey = <G extends { key: Readonly<Record<string, string>> }>(groups: readonly G[], dim: string): Record<string, G> =>
  Object.fromEntries(groups.map((g) => [g.key[dim] ?? '', g]));

describe('why: a count splits into its groups’ changes', () => {
  let fx: Fixture;
  beforeAll(async () => {
    fx = await openFixture();
    await seedComplaintsByChannel(fx.store);
  });
  afterAll(() => fx.close());

  it('GIVEN complaints by channel THEN each group’s part is its own change and they add up to the total', async () => {
    const d = await decompose(fx, { metric: 'complaints' });
    expect(d.before.value).toBe(25);
    expect(d.after.value).toBe(55);
    expect(d.delta).toBe(30);
    expect(d.split.kind).toBe('additive');
    if (d.split.kind !== 'additive') return;
    // No customers and no categories: every other dimension is one group, `(none)`.
    expect(d.split.splits.map((s) => s.by)).toEqual([['channel']]);
    expect(d.skipped.map((s) => s.dimension)).toEqual(['segment', 'region', 'plan', 'acquisition_channel', 'category']);
    const [channel] = d.split.splits;
    // Largest part first: phone +30, then chat −2 and social +2 (missing in September: 0 there), email 0.
    expect(channel?.groups.map((g) => [g.key['channel'], g.before, g.after, g.contribution])).toEqual([
      ['phone', 10, 40, 30],
      ['chat', 5, 3, -2],
      ['social', 0, 2, 2],
      ['email', 10, 10, 0],
    ]);
    expect(channel?.residual).toBe(0);
    // sqrt(25 + 55) = 8.944; 30 > 2 × 8.944.
    expect(d.noise).toEqual({ kind: 'poisson', se: Math.sqrt(80), within: false });
    const top = topContributors(d.split, 5);
    // email's part is 0: it explains nothing and is left out.
    expect(top.items.map((i) => i.group.key['channel'])).toEqual(['phone', 'chat', 'social']);
  });

  it('GIVEN the same question asked of the engine THEN the change and the periods are the ones `vs previous` shows', async () => {
    const d = await decompose(fx, { metric: 'complaints' });
    const asked = await fx.ask({ metric: 'complaints', period: '2026-10', compare: 'previous', by: ['channel'] });
    expect(d.delta).toBe(asked.compare?.delta);
    expect(d.compare.period).toEqual(asked.compare?.period);
    expect(d.period).toEqual(asked.period);
  });
});

describe('why: a ratio splits into rate and mix', () => {
  let fx: Fixture;
  beforeAll(async () => {
    fx = await openFixture();
    await seedChurnMixShift(fx.store);
  });
  afterAll(() => fx.close());

  it('GIVEN churn by segment with a mix shift THEN rate + mix add up exactly to the change, and SMB’s part is all mix', async () => {
    const d = await decompose(fx, { metric: 'churn_rate', dimensions: ['segment'] });
    expect(d.before.value).toBeCloseTo(6, 12);
    expect(d.after.value).toBeCloseTo(8.25, 12);
    expect(d.delta).toBeCloseTo(2.25, 12);
    expect(d.split.kind).toBe('ratio');
    if (d.split.kind !== 'ratio') return;
    // N and D of the whole, unscaled: 12 / 200 and 33 / 400, in units of 5 customers.
    expect(d.split.totals).toEqual({ before: { numerator: 60, denominator: 1000 }, after: { numerator: 165, denominator: 2000 } });
    const [segment] = d.split.splits;
    const g = byKey(segment?.groups ?? [], 'segment');
    expect(g['SMB']?.parts).toEqual({ before: { numerator: 50, denominator: 500 }, after: { numerator: 150, denominator: 1500 } });
    expect(g['SMB']?.weight).toEqual({ before: 0.5, after: 0.75 });
    expect(g['SMB']?.rate).toBeCloseTo(0, 12);
    expect(g['SMB']?.mix).toBeCloseTo(2.5, 12);
    expect(g['SMB']?.contribution).toBeCloseTo(2.5, 12);
    expect(g['Enterprise']?.rate).toBeCloseTo(0.375, 12);
    expect(g['Enterprise']?.mix).toBeCloseTo(-0.625, 12);
    expect(g['Enterprise']?.contribution).toBeCloseTo(-0.25, 12);
    expect(g['Enterprise']?.before).toBeCloseTo(2, 12);
    expect(g['Enterprise']?.after).toBeCloseTo(3, 12);
    const sum = (segment?.groups ?? []).reduce((s, x) => s + x.rate + x.mix, 0);
    expect(Math.abs(sum - (d.delta ?? NaN))).toBeLessThan(1e-12);
    expect(Math.abs(segment?.residual ?? NaN)).toBeLessThan(1e-12);
    // The group a person would name comes first.
    expect(topContributors(d.split, 5).items[0]?.group.key).toEqual({ segment: 'SMB' });
    // 100 × sqrt(0.06 × 0.94 / 1000 + 0.0825 × 0.9175 / 2000) = 0.9708; 2.25 > 2 × 0.9708.
    expect(d.noise.kind === 'binomial' && d.noise.se).toBeCloseTo(0.9708083, 6);
    expect(d.noise.kind === 'binomial' && d.noise.within).toBe(false);
  });

  it('GIVEN every dimension churn allows THEN the ones with one group are skipped and channel and source, the acquisition channel here, are not split twice', async () => {
    const d = await decompose(fx, { metric: 'churn_rate' });
    expect(d.split.splits.map((s) => s.by)).toEqual([['segment']]);
    expect(d.skipped).toEqual([
      { dimension: 'region', reason: 'one-group' },
      { dimension: 'plan', reason: 'one-group' },
      { dimension: 'acquisition_channel', reason: 'one-group' },
      { dimension: 'channel', reason: 'one-group' },
      { dimension: 'source', reason: 'one-group' },
    ]);
  });

  it('GIVEN a group with no customers at the start of one period THEN it has no rate there and its whole part is mix', () => {
    // A group new in October: 0 / 0 in September, 1 / 10 in October, of totals 100 and 200 (scale 100).
    const g = rateMix({ before: { numerator: 0, denominator: 0 }, after: { numerator: 1, denominator: 10 } }, { before: 100, after: 200 }, 100);
    expect(g.rate).toBe(0);
    // w1 r1 = 10/200 × 10% = 0.5 pp.
    expect(g.mix).toBeCloseTo(0.5, 12);
    expect(g.value).toEqual({ before: null, after: 10 });
  });
});

describe('why: noise and pairs', () => {
  it('GIVEN five CSAT answers a month THEN a 20-point fall is within the noise of the sample', async () => {
    const fx = await openFixture();
    await seedSmallCsat(fx.store);
    const d = await decompose(fx, { metric: 'csat' });
    expect(d.before.value).toBeCloseTo(80, 12);
    expect(d.after.value).toBeCloseTo(60, 12);
    // 100 × sqrt(0.8 × 0.2 / 5 + 0.6 × 0.4 / 5) = 28.28; |−20| < 2 × 28.28.
    expect(d.noise.kind === 'binomial' && d.noise.se).toBeCloseTo(100 * Math.sqrt(0.08), 9);
    expect(d.noise.kind === 'binomial' && d.noise.within).toBe(true);
    await fx.close();
  });

  it('GIVEN complaints concentrated in SMB in Europe THEN that pair is ranked beside SMB and Europe, and the pairs that are a slice of one group are not', async () => {
    const fx = await openFixture();
    await seedComplaintPair(fx.store);
    const d = await decompose(fx, { metric: 'complaints', pairs: true });
    expect(d.delta).toBe(12);
    const top = topContributors(d.split, 5);
    const labels = top.items.map((i) => `${i.by.join('×')}:${Object.values(i.group.key).join('·')}:${'contribution' in i.group ? i.group.contribution : ''}`);
    expect(labels).toEqual(['segment:SMB:11', 'region:Europe:11', 'segment×region:SMB·Europe:10', 'segment:Enterprise:1', 'region:APAC:1']);
    expect(d.noise).toEqual({ kind: 'poisson', se: Math.sqrt(28), within: false });
    await fx.close();
  });
});

/**
 * Random small data sets on a real SQLite file: for every kind of KPI the split supports, each
 * split's parts add up to the change the engine answers with `vs previous` (to 1e-9), rate + mix
 * is each group's part, and each group's values are the ones a breakdown by its dimension shows.
 */
describe('why: properties on random data', () => {
  let fx: Fixture;
  beforeAll(async () => {
    fx = await openFixture();
  });
  afterAll(() => fx.close());

  const SEGMENTS = ['SMB', 'Enterprise', 'Mid-Market', null] as const;
  const REGIONS = ['Europe', 'APAC', null] as const;
  const CHANNELS = ['email', 'phone', 'chat', null] as const;
  // Days from 2026-08-01 to 2026-10-31: August is before both periods, then September and October.
  const day = fc.integer({ min: 0, max: 91 });
  const instant = (d: number, hour: number): number => Date.parse('2026-08-01T00:00:00Z') + d * 86_400_000 + hour * 3_600_000;
  const customer = fc.record({
    segment: fc.constantFrom(...SEGMENTS),
    region: fc.constantFrom(...REGIONS),
    signup: day,
    churn: fc.option(day, { nil: null }),
  });
  const ticket = fc.record({ customer: fc.nat(9), day, channel: fc.constantFrom(...CHANNELS), complaint: fc.boolean(), response: fc.option(fc.integer({ min: 1, max: 48 }), { nil: null }) });
  const order = fc.record({ customer: fc.nat(9), day, amount: fc.integer({ min: 1, max: 50_000 }).map((c) => c / 100) });
  const answer = fc.record({ customer: fc.nat(9), day, score: fc.integer({ min: 1, max: 5 }) });
  const data = fc.record({
    customers: fc.array(customer, { minLength: 1, maxLength: 10 }),
    tickets: fc.array(ticket, { maxLength: 25 }),
    orders: fc.array(order, { maxLength: 20 }),
    answers: fc.array(answer, { maxLength: 20 }),
  });

  // A sum, a count, a stock, two ratios, an average and a formula.
  const KPIS = ['revenue', 'complaints', 'customers', 'churn_rate', 'csat', 'first_response_time', 'arpu_annual'] as const;

  type Data = typeof data extends fc.Arbitrary<infer T> ? T : never;

  async function load(x: Data): Promise<void> {
    for (const t of ['customers', 'tickets', 'orders', 'surveys']) await fx.store.run(`DELETE FROM ${t}`);
    await bulk(fx.store, 'customers', ['customer_id', 'segment', 'region', 'signup_at', 'churned_at'], x.customers.map((c, i): SqlValue[] => {
      const signup = instant(c.signup, 9);
      const churn = c.churn === null ? null : Math.max(signup + 3_600_000, instant(c.churn, 15));
      return [`c${i}`, c.segment, c.region, signup, churn];
    }));
    await bulk(fx.store, 'tickets', ['ticket_id', 'customer_id', 'opened_at', 'first_response_at', 'channel', 'is_complaint'], x.tickets.map((t, i): SqlValue[] => {
      const opened = instant(t.day, 10);
      return [`t${i}`, `c${t.customer}`, opened, t.response === null ? null : opened + t.response * 3_600_000, t.channel, t.complaint ? 1 : 0];
    }));
    await bulk(fx.store, 'orders', ['order_id', 'customer_id', 'ordered_at', 'amount', 'status'], x.orders.map((o, i): SqlValue[] => [`o${i}`, `c${o.customer}`, instant(o.day, 11), o.amount, 'completed']));
    await bulk(fx.store, 'surveys', ['response_id', 'customer_id', 'answered_at', 'kind', 'score'], x.answers.map((a, i): SqlValue[] => [`s${i}`, `c${a.customer}`, instant(a.day, 12), 'csat', a.score]));
  }

  it('GIVEN random customers, tickets, orders and answers THEN for every KPI type the parts add up to the change the engine answers', async () => {
    await fc.assert(
      fc.asyncProperty(data, async (x) => {
        await load(x);
        for (const metric of KPIS) {
          const d = await decompose(fx, { metric, pairs: true });
          const asked = await fx.ask({ metric, period: '2026-10', compare: 'previous' });
          expect(d.after.value).toBe(asked.value);
          expect(d.before.value).toBe(asked.compare?.value);
          if (d.delta === null) {
            expect(d.split.splits).toEqual([]);
            continue;
          }
          const tolerance = 1e-9 * Math.max(1, Math.abs(d.before.value ?? 0), Math.abs(d.after.value ?? 0));
          switch (d.split.kind) {
            case 'additive':
              for (const s of d.split.splits) expect(Math.abs(s.groups.reduce((t, g) => t + g.contribution, 0) - d.delta)).toBeLessThan(tolerance);
              break;
            case 'ratio':
            case 'mean':
              for (const s of d.split.splits) {
                expect(Math.abs(s.groups.reduce((t, g) => t + g.rate + g.mix, 0) - d.delta)).toBeLessThan(tolerance);
                for (const g of s.groups) expect(g.rate + g.mix).toBe(g.contribution);
              }
              break;
            case 'deltas':
              // A formula's groups do not add up: nothing to check but their values, below.
              break;
          }
          // Each single-dimension group is the group a breakdown by that dimension shows, in both periods.
          for (const s of d.split.splits.filter((s) => s.by.length === 1)) {
            const dim = s.by[0] as Dimension;
            const shown = await fx.ask({ metric, period: '2026-10', compare: 'previous', by: [dim] });
            for (const g of s.groups) {
              const same = shown.groups?.find((h) => h.key[dim] === g.key[dim]);
              // A group with records only in September is not (yet) among the breakdown's groups: nothing in October.
              if (!same) {
                expect([0, null]).toContain(g.after);
                continue;
              }
              expect(close(g.after, same.value), `${metric} ${dim}=${g.key[dim]} after`).toBe(true);
              // A group with no records in September is 0 there for a sum, count or stock (../shared/kpis.md);
              // the engine's comparison may still leave it with no value there.
              const before = same.compare?.value ?? (d.split.kind === 'additive' ? 0 : null);
              expect(close(g.before, before), `${metric} ${dim}=${g.key[dim]} before`).toBe(true);
            }
          }
        }
      }),
      { numRuns: 25 },
    );
  }, 120_000);

  it('GIVEN random groups THEN the midpoint split of a ratio adds up to its change to 1e-9', () => {
    const parts = fc.record({ numerator: fc.nat(50), denominator: fc.nat(60) }).filter((p) => p.numerator <= p.denominator || p.denominator === 0);
    fc.assert(
      fc.property(fc.array(fc.record({ before: parts, after: parts }), { minLength: 1, maxLength: 8 }), fc.constantFrom(1, 100), (groups, scale) => {
        const total = (side: 'before' | 'after'): RatioParts => ({
          numerator: groups.reduce((s, g) => s + g[side].numerator, 0),
          denominator: groups.reduce((s, g) => s + g[side].denominator, 0),
        });
        const [t0, t1] = [total('before'), total('after')];
        fc.pre(t0.denominator > 0 && t1.denominator > 0);
        const change = (t1.numerator / t1.denominator - t0.numerator / t0.denominator) * scale;
        const split = groups.map((g) => rateMix(g, { before: t0.denominator, after: t1.denominator }, scale));
        expect(Math.abs(split.reduce((s, g) => s + g.rate + g.mix, 0) - change)).toBeLessThan(1e-9);
        for (const g of split) expect(g.weight.before).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 500 },
    );
  });
});

function close(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

describe('why: periods and shares as the engine reads them', () => {
  it('GIVEN a period read to date THEN it is compared with the same span of the one before, as `vs previous` compares it', async () => {
    // Now is 2026-11-22 10:00 UTC: this-month is 1-22 November up to 10:00, compared with 1-22 October to 10:00.
    const fx = await openFixture();
    const opened = ['2026-10-10T12:00:00Z', '2026-10-25T12:00:00Z', '2026-11-05T12:00:00Z', '2026-11-06T12:00:00Z', '2026-11-22T11:00:00Z'];
    await bulk(fx.store, 'tickets', ['ticket_id', 'opened_at', 'channel', 'is_complaint'], opened.map((t, i) => [`t${i}`, Date.parse(t), i % 2 === 0 ? 'email' : 'phone', 1]));
    for (const compare of ['previous', { period: '2026-10' }] as const) {
      const d = await decompose(fx, { metric: 'complaints', period: 'this-month', compare });
      const asked = await fx.ask({ metric: 'complaints', period: 'this-month', compare });
      // 25 October is past the same span, 22 November 11:00 past now: 1 → 2.
      expect([d.before.value, d.after.value]).toEqual([1, 2]);
      expect(d.compare.period).toEqual(asked.compare?.period);
      expect(d.period).toEqual(asked.period);
      expect(d.delta).toBe(asked.compare?.delta);
    }
    await fx.close();
  });

  it('GIVEN share of voice THEN its brands are shares of one whole, not parts of the own brand’s share: no split by brand', async () => {
    const fx = await openFixture();
    // September: Acme (own) 40 of 100 mentions = 40%; October: 50 of 100 = 50%.
    await bulk(fx.store, 'mentions', ['day', 'brand', 'mentions', 'own'], [
      ['2026-09-10', 'Acme', 40, 1], ['2026-09-10', 'Rival', 60, 0],
      ['2026-10-10', 'Acme', 50, 1], ['2026-10-10', 'Rival', 50, 0],
    ]);
    const d = await decompose(fx, { metric: 'share_of_voice' });
    expect(d.delta).toBeCloseTo(10, 12);
    expect(d.skipped).toEqual([{ dimension: 'brand', reason: 'not-parts' }]);
    expect(d.split.splits).toEqual([]);
    // A filter by brand leaves the denominator whole, as the ratio does: Rival 60% → 50%.
    const rival = await decompose(fx, { metric: 'share_of_voice', filters: { brand: ['Rival'] } });
    const asked = await fx.ask({ metric: 'share_of_voice', period: '2026-10', compare: 'previous', filters: { brand: ['Rival'] } });
    expect(rival.delta).toBeCloseTo(-10, 12);
    expect(rival.delta).toBe(asked.compare?.delta);
    await fx.close();
  });
});
