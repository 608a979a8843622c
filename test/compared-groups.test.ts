import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { at, openFixture, type Fixture } from './engine-fixture.js';
import type { GroupResult } from '../engine/query/query.js';

/** Each group as [key, value, value in the compared period, change], in the engine's order. */
const rows = (groups: readonly GroupResult[] | undefined, dim: string): unknown[][] =>
  (groups ?? []).map((g) => [g.key[dim], g.value, g.compare?.value, g.compare?.delta]);

describe('a breakdown with a comparison lists the groups of both periods', () => {
  let fx: Fixture;
  beforeAll(async () => {
    fx = await openFixture();
  });
  afterAll(() => fx.close());

  it('GIVEN complaints on two channels this week and on four last week THEN all four are listed and their changes add up to the total change', async () => {
    await fx.store.run('DELETE FROM tickets');
    // 2026-11-22 (the fixture's today) is a Sunday: this week is 16-22 Nov, the one before 9-15 Nov.
    const complaints: [string, number][] = [
      ['email', 2], ['phone', 1], // this week
      ['email', 6], ['phone', 3], ['chat', 4], ['social', 1], // last week
    ];
    const tickets: (string | number)[][] = [];
    complaints.forEach(([channel, n], i) => {
      const day = i < 2 ? '2026-11-17' : '2026-11-10';
      for (let j = 0; j < n; j++) tickets.push([`T${i}-${j}`, at(`${day}T12:00:00Z`), channel, 1]);
    });
    await fx.insert('tickets', ['ticket_id', 'opened_at', 'channel', 'is_complaint'], tickets);

    const r = await fx.ask({ metric: 'complaints', period: 'this-week', by: ['channel'], compare: 'previous' });
    // 3 this week against 14 the week before.
    expect([r.value, r.compare?.value, r.compare?.delta]).toEqual([3, 14, -11]);
    // Largest first; chat and social had none this week (0, by name), and lost all of theirs.
    expect(rows(r.groups, 'channel')).toEqual([
      ['email', 2, 6, -4],
      ['phone', 1, 3, -2],
      ['chat', 0, 4, -4],
      ['social', 0, 1, -1],
    ]);
    expect((r.groups ?? []).map((g) => g.sample)).toEqual([2, 1, 0, 0]);
  });

  it('GIVEN a channel with complaints this week and none the week before THEN it was 0 there, not no value', async () => {
    await fx.store.run('DELETE FROM tickets');
    await fx.insert('tickets', ['ticket_id', 'opened_at', 'channel', 'is_complaint'], [
      ['A', at('2026-11-17T09:00:00Z'), 'chat', 1],
      ['B', at('2026-11-18T09:00:00Z'), 'chat', 1],
      ['C', at('2026-11-11T09:00:00Z'), 'email', 1],
    ]);
    const r = await fx.ask({ metric: 'complaints', period: 'this-week', by: ['channel'], compare: 'previous' });
    // chat: 2 now, 0 before (+2); email: 0 now, 1 before (−1). Total 2 − 1 = +1.
    expect(rows(r.groups, 'channel')).toEqual([
      ['chat', 2, 0, 2],
      ['email', 0, 1, -1],
    ]);
    expect(r.compare?.delta).toBe(1);
  });

  it('GIVEN a ratio by channel and a channel without tickets in one week THEN it has no value there, and no change', async () => {
    await fx.store.run('DELETE FROM tickets');
    await fx.insert('tickets', ['ticket_id', 'opened_at', 'channel', 'contacts'], [
      // This week: email 2 tickets, 1 of them a repeat contact (50%).
      ['E1', at('2026-11-17T09:00:00Z'), 'email', 2],
      ['E2', at('2026-11-17T10:00:00Z'), 'email', 1],
      // Last week: email 4 tickets, 1 repeat (25%); chat 2 tickets, both repeats (100%).
      ['E3', at('2026-11-10T09:00:00Z'), 'email', 3],
      ['E4', at('2026-11-10T10:00:00Z'), 'email', 1],
      ['E5', at('2026-11-11T09:00:00Z'), 'email', 1],
      ['E6', at('2026-11-11T10:00:00Z'), 'email', 1],
      ['C1', at('2026-11-12T09:00:00Z'), 'chat', 2],
      ['C2', at('2026-11-12T10:00:00Z'), 'chat', 2],
    ]);
    const r = await fx.ask({ metric: 'repeat_contact_rate', period: 'this-week', by: ['channel'], compare: 'previous' });
    expect(rows(r.groups, 'channel')).toEqual([
      ['email', 50, 25, 25],
      ['chat', null, 100, null],
    ]);
  });
});

type Customer = { id: string; segment: string | null; acquisition_channel: string | null };
type Ticket = { id: string; customer: string; hour: number; channel: string | null; complaint: boolean };
type Order = { id: string; customer: string; hour: number; amount: number; cost: number | null; status: 'completed' | 'returned' | 'cancelled' };
type Data = { customers: Customer[]; tickets: Ticket[]; orders: Order[] };

/**
 * What one row adds to an additive KPI: when, for whom, how much. `channel` is the row's own
 * channel (tickets have one; orders take the customer's acquisition channel).
 */
type Fact = { hour: number; customer: string; channel?: string | null; amount: number };

/** Each additive KPI over tickets and orders, as its definition in kpis.md reads. */
const MODEL = {
  tickets: (d: Data): Fact[] => d.tickets.map((t) => ({ ...t, amount: 1 })),
  complaints: (d: Data): Fact[] => d.tickets.filter((t) => t.complaint).map((t) => ({ ...t, amount: 1 })),
  orders: (d: Data): Fact[] => completed(d).map((o) => ({ hour: o.hour, customer: o.customer, amount: 1 })),
  revenue: (d: Data): Fact[] => completed(d).map((o) => ({ hour: o.hour, customer: o.customer, amount: o.amount })),
  gross_profit: (d: Data): Fact[] => completed(d).map((o) => ({ hour: o.hour, customer: o.customer, amount: o.amount - (o.cost ?? 0) })),
} as const;
type Metric = keyof typeof MODEL;
const completed = (d: Data): Order[] => d.orders.filter((o) => o.status === 'completed');

/** The group a fact falls in, by the data contract: its own channel, else the customer's; `(none)` without one. */
function groupOf(d: Data, fact: Fact, dim: 'channel' | 'segment'): string {
  const customer = d.customers.find((c) => c.id === fact.customer);
  if (dim === 'channel') return (fact.channel !== undefined ? fact.channel : customer?.acquisition_channel) ?? '(none)';
  return customer?.segment ?? '(none)';
}

/** 2026-W10 (2-8 Mar) is compared with 2026-W09 (23 Feb - 1 Mar): rows fall in the 14 days from 23 Feb. */
const W09 = Date.parse('2026-02-23T00:00:00Z');
const W10_HOUR = 7 * 24;
const instant = (hour: number): number => W09 + hour * 3_600_000;
const hour = fc.integer({ min: 0, max: 14 * 24 - 1 });

// Customers C0-C2 may exist; C3 and C4 never do, so their rows have no customer dimensions.
const customerId = fc.constantFrom('C0', 'C1', 'C2', 'C3', 'C4');
const data: fc.Arbitrary<Data> = fc.record({
  customers: fc.uniqueArray(
    fc.record({
      id: fc.constantFrom('C0', 'C1', 'C2'),
      segment: fc.constantFrom('SMB', 'Enterprise', null),
      acquisition_channel: fc.constantFrom('paid_search', 'referral', null),
    }),
    { selector: (c) => c.id, maxLength: 3 },
  ),
  tickets: fc
    .array(fc.record({ customer: customerId, hour, channel: fc.constantFrom('email', 'chat', 'phone', 'social', null), complaint: fc.boolean() }), { maxLength: 8 })
    .map((ts) => ts.map((t, i) => ({ ...t, id: `T${i}` }))),
  orders: fc
    .array(
      fc.record({
        customer: customerId,
        hour,
        amount: fc.integer({ min: 1, max: 500 }),
        cost: fc.option(fc.integer({ min: 0, max: 300 })),
        status: fc.constantFrom('completed' as const, 'returned' as const, 'cancelled' as const),
      }),
      { maxLength: 8 },
    )
    .map((os) => os.map((o, i) => ({ ...o, id: `O${i}` }))),
});

describe('additive KPIs: the changes of the groups add up to the change of the total', () => {
  let fx: Fixture;
  beforeAll(async () => {
    fx = await openFixture();
  });
  afterAll(() => fx.close());

  it('GIVEN the catalog THEN the model below covers every simple count or sum over tickets and orders', () => {
    const additive = fx.engine.catalog
      .list()
      .filter((k) => k.type === 'simple' && k.empty === 'zero' && (k.measure.table === 'tickets' || k.measure.table === 'orders'))
      // A distinct count is not a sum of its groups' counts in general.
      .filter((k) => k.type === 'simple' && /^(count\(\*\)|sum\()/i.test(k.measure.select))
      .map((k) => k.id);
    expect(additive.sort()).toEqual(Object.keys(MODEL).sort());
  });

  it('GIVEN random tickets and orders over two adjacent weeks THEN the groups are those of either week and their deltas sum to the total delta', async () => {
    await fc.assert(
      fc.asyncProperty(data, fc.constantFrom(...(Object.keys(MODEL) as Metric[])), fc.constantFrom('channel', 'segment'), async (d, metric, dim) => {
        await fx.store.exec('DELETE FROM customers; DELETE FROM tickets; DELETE FROM orders;');
        await fx.insert('customers', ['customer_id', 'segment', 'acquisition_channel', 'signup_at'], d.customers.map((c) => [c.id, c.segment, c.acquisition_channel, at('2025-01-01T00:00:00Z')]));
        await fx.insert('tickets', ['ticket_id', 'customer_id', 'opened_at', 'channel', 'is_complaint'], d.tickets.map((t) => [t.id, t.customer, instant(t.hour), t.channel, t.complaint ? 1 : 0]));
        await fx.insert('orders', ['order_id', 'customer_id', 'ordered_at', 'amount', 'cost', 'status'], d.orders.map((o) => [o.id, o.customer, instant(o.hour), o.amount, o.cost, o.status]));

        const r = await fx.ask({ metric, period: '2026-W10', by: [dim], compare: 'previous' });

        const facts = MODEL[metric](d);
        const expectedGroups = new Set(facts.map((f) => groupOf(d, f, dim)));
        expect(new Set((r.groups ?? []).map((g) => g.key[dim]))).toEqual(expectedGroups);
        expect((r.groups ?? []).length).toBe(expectedGroups.size);

        const deltas = (r.groups ?? []).map((g) => g.compare?.delta);
        expect(deltas.every((x) => typeof x === 'number')).toBe(true);
        expect(deltas.reduce<number>((s, x) => s + (x ?? NaN), 0)).toBe(r.compare?.delta);
        // And the total change is the model's, so the sum does not agree by accident.
        const sum = (fs: readonly Fact[]): number => fs.reduce((s, f) => s + f.amount, 0);
        expect(r.compare?.delta).toBe(sum(facts.filter((f) => f.hour >= W10_HOUR)) - sum(facts.filter((f) => f.hour < W10_HOUR)));
      }),
      { numRuns: 120 },
    );
  });
});
