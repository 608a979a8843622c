import type { SqlValue } from '../store/store.js';
import type { Random } from './random.js';
import type { DemoCustomer } from './demo-customers.js';
import {
  DAY_MS,
  FIRST_RESPONSE_HOURS,
  HOUR_MS,
  SEGMENT_PROFILES,
  TICKET_CATEGORIES,
  TICKET_CHANNELS,
  type DemoCalendar,
} from './demo-profile.js';

const MONTH_MS = 30 * DAY_MS;
/** The highest season factor (a December weekday), for thinning the order process. */
const MAX_SEASON = 1.35 * 1.05;

export interface Activity {
  readonly orders: SqlValue[][];
  readonly invoices: SqlValue[][];
  readonly tickets: SqlValue[][];
  readonly surveys: SqlValue[][];
  /** Completed revenue by local month, for the market table. */
  readonly revenueByMonth: Map<string, number>;
  /** Completed orders by local day, for website sessions. */
  readonly ordersByDay: Map<string, number>;
}

export const ORDER_COLUMNS = ['order_id', 'customer_id', 'ordered_at', 'amount', 'cost', 'status'] as const;
export const INVOICE_COLUMNS = ['invoice_id', 'customer_id', 'issued_at', 'due_at', 'paid_at', 'amount'] as const;
export const TICKET_COLUMNS = [
  'ticket_id', 'customer_id', 'opened_at', 'first_response_at', 'resolved_at', 'channel', 'category', 'is_complaint', 'contacts',
] as const;
export const SURVEY_COLUMNS = ['response_id', 'customer_id', 'answered_at', 'kind', 'score'] as const;

/**
 * What customers do while they are customers, inside the window: orders (seasonal, by segment),
 * monthly invoices of those orders, support tickets (more, and more complaints, in the bad
 * quarter), and survey answers (NPS dipping in the bad quarter, engagement slowly improving).
 */
export function demoActivity(customers: readonly DemoCustomer[], cal: DemoCalendar, rnd: Random): Activity {
  const a: Activity = { orders: [], invoices: [], tickets: [], surveys: [], revenueByMonth: new Map(), ordersByDay: new Map() };
  for (const c of customers) {
    const from = Math.max(c.signupMs, cal.startMs);
    const to = Math.min(c.churnMs ?? cal.nowMs, cal.nowMs);
    if (to <= from) continue;
    const profile = SEGMENT_PROFILES[c.segment];
    const monthly = new Map<string, { amount: number; lastMs: number }>();

    // Orders: a Poisson process thinned by the season.
    const orderRate = (profile.ordersPerMonth * MAX_SEASON) / MONTH_MS;
    for (let t = from + rnd.exponential(1 / orderRate); t < to; t += rnd.exponential(1 / orderRate)) {
      if (rnd.next() * MAX_SEASON > cal.season(t) * (1 - 0.15 * cal.spike(t))) continue;
      const amount = round2(rnd.logNormal(profile.medianOrder, 0.55));
      const status = rnd.weighted([['completed', 90], ['returned', 6], ['cancelled', 4]] as const);
      const cost = rnd.chance(0.03) ? null : round2(amount * rnd.between(0.55, 0.75));
      const at = Math.round(t);
      a.orders.push([`O${String(a.orders.length + 1).padStart(9, '0')}`, c.id, at, amount, cost, status]);
      if (status === 'completed') {
        const { day, month } = cal.dayOf(at);
        a.revenueByMonth.set(month, (a.revenueByMonth.get(month) ?? 0) + amount);
        a.ordersByDay.set(day, (a.ordersByDay.get(day) ?? 0) + 1);
        const m = monthly.get(month) ?? { amount: 0, lastMs: at };
        m.amount += amount;
        m.lastMs = at;
        monthly.set(month, m);
      }
    }

    // One invoice a month for the month's completed orders, issued a day after its last order.
    for (const { amount, lastMs } of monthly.values()) {
      const issued = lastMs + DAY_MS;
      if (issued >= cal.nowMs) continue;
      const late = rnd.chance(0.12);
      const paidAfter = rnd.chance(0.02) ? Infinity : (late ? rnd.between(45, 120) : rnd.logNormal(24, 0.35)) * DAY_MS;
      const paid = issued + paidAfter;
      a.invoices.push([
        `I${String(a.invoices.length + 1).padStart(9, '0')}`, c.id, issued, issued + 30 * DAY_MS,
        paid < cal.nowMs ? Math.round(paid) : null, round2(amount),
      ]);
    }

    // Tickets: more of them, and more complaints, in and after the bad quarter.
    const ticketRate = (profile.ticketsPerMonth * 2) / MONTH_MS;
    for (let t = from + rnd.exponential(1 / ticketRate); t < to; t += rnd.exponential(1 / ticketRate)) {
      if (rnd.next() * 2 > 1 + cal.spike(t)) continue;
      const opened = Math.round(t);
      const channel = rnd.weighted(TICKET_CHANNELS);
      const complaintChance = 0.15 + 0.2 * cal.spike(t) + 0.04 * Math.sin(cal.progress(t) * 6 * Math.PI);
      const complaint = rnd.chance(complaintChance);
      const firstResponse = rnd.chance(0.04) ? null : opened + Math.round(rnd.logNormal(FIRST_RESPONSE_HOURS[channel], 0.6) * HOUR_MS);
      const resolveHours = rnd.logNormal(complaint ? 40 : 22, 0.8);
      const resolved = rnd.chance(0.03) ? null : opened + Math.round(resolveHours * HOUR_MS);
      const contacts = rnd.weighted(complaint ? ([[1, 50], [2, 30], [3, 14], [4, 6]] as const) : ([[1, 72], [2, 19], [3, 6], [4, 3]] as const));
      a.tickets.push([
        `T${String(a.tickets.length + 1).padStart(9, '0')}`, c.id, opened,
        firstResponse !== null && firstResponse < cal.nowMs ? firstResponse : null,
        resolved !== null && resolved < cal.nowMs ? resolved : null,
        channel, rnd.weighted(TICKET_CATEGORIES), complaint ? 1 : 0, contacts,
      ]);
      // Some customers rate the support they got, a few hours after the resolution.
      if (resolved !== null && rnd.chance(0.45)) {
        const answered = resolved + Math.round(rnd.between(1, 48) * HOUR_MS);
        if (answered < cal.nowMs) {
          const satisfied = 0.86 - (complaint ? 0.25 : 0) - (resolveHours > 72 ? 0.2 : 0);
          const score = rnd.chance(satisfied) ? rnd.weighted([[4, 55], [5, 45]] as const) : rnd.weighted([[1, 20], [2, 35], [3, 45]] as const);
          a.surveys.push([`R${String(a.surveys.length + 1).padStart(9, '0')}`, c.id, answered, 'csat', score]);
        }
      }
    }

    // Relationship surveys: NPS, engagement (CE11 class) and brand perception.
    for (const [kind, perMonth] of [['nps', 0.14], ['engagement', 0.07], ['brand', 0.06]] as const) {
      const rate = perMonth / MONTH_MS;
      for (let t = from + rnd.exponential(1 / rate); t < to; t += rnd.exponential(1 / rate)) {
        const score = surveyScore(kind, t, profile.promoters, profile.detractors, cal, rnd);
        a.surveys.push([`R${String(a.surveys.length + 1).padStart(9, '0')}`, c.id, Math.round(t), kind, score]);
      }
    }
  }
  return a;
}

function surveyScore(
  kind: 'nps' | 'engagement' | 'brand',
  t: number,
  promoters: number,
  detractors: number,
  cal: DemoCalendar,
  rnd: Random,
): number {
  const spike = cal.spike(t);
  const progress = cal.progress(t);
  switch (kind) {
    case 'nps': {
      const p = promoters - 0.12 * spike + 0.04 * progress;
      const d = detractors + 0.12 * spike - 0.03 * progress;
      const r = rnd.next();
      if (r < p) return rnd.weighted([[9, 45], [10, 55]] as const);
      if (r < p + d) return rnd.weighted([[0, 3], [1, 2], [2, 3], [3, 6], [4, 10], [5, 30], [6, 46]] as const);
      return rnd.weighted([[7, 45], [8, 55]] as const);
    }
    case 'engagement': {
      // Fully engaged per actively disengaged: from about 5.4:1 to 7.2:1 across the window.
      const disengaged = 0.07;
      const engaged = disengaged * (5.4 + 1.8 * progress) * (1 - 0.3 * spike);
      const r = rnd.next();
      if (r < disengaged) return 1;
      if (r < disengaged + engaged) return 4;
      return rnd.chance(0.55) ? 3 : 2;
    }
    case 'brand':
      return Math.min(10, Math.max(0, Math.round((6.6 + 0.8 * progress - 0.6 * spike + 1.6 * rnd.normal()) * 10) / 10));
  }
}

const round2 = (x: number): number => Math.round(x * 100) / 100;
