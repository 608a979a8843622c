import type { SqlValue } from '../store/store.js';
import type { Random } from './random.js';
import type { DemoCustomer } from './demo-customers.js';
import {
  ACQUISITION_CHANNELS,
  CAC_BY_CHANNEL,
  COMPETITORS,
  DAY_MS,
  OWN_BRAND,
  type AcquisitionChannel,
  type DemoCalendar,
} from './demo-profile.js';

export const LEAD_COLUMNS = ['lead_id', 'created_at', 'source', 'converted_at', 'customer_id'] as const;
export const VISIT_COLUMNS = ['day', 'channel', 'sessions'] as const;
export const SPEND_COLUMNS = ['day', 'channel', 'amount'] as const;
export const MENTION_COLUMNS = ['day', 'brand', 'mentions', 'own'] as const;
export const MARKET_COLUMNS = ['month', 'market_sales', 'company_sales', 'largest_competitor_sales'] as const;

/** Leads that did not convert, per lead that did: about a 25% conversion rate. */
const UNCONVERTED_PER_CONVERTED = 3;

/**
 * Leads: most customers signed up in the window came through a lead a few days to a month
 * earlier; three times as many leads never converted.
 */
export function demoLeads(customers: readonly DemoCustomer[], cal: DemoCalendar, rnd: Random): SqlValue[][] {
  const rows: SqlValue[][] = [];
  const id = (): string => `L${String(rows.length + 1).padStart(9, '0')}`;
  for (const c of customers) {
    if (c.signupMs < cal.startMs || !rnd.chance(0.75)) continue;
    const created = Math.round(Math.max(cal.startMs, c.signupMs - rnd.between(2, 35) * DAY_MS));
    rows.push([id(), created, c.channel, c.signupMs, c.id]);
    for (let k = 0; k < UNCONVERTED_PER_CONVERTED; k++) {
      const at = Math.round(cal.startMs + rnd.next() * (cal.nowMs - cal.startMs));
      rows.push([id(), at, rnd.weighted(ACQUISITION_CHANNELS), null, null]);
    }
  }
  return rows;
}

/** Website sessions by day and channel, about fifty per completed order, with weekly rhythm. */
export function demoVisits(ordersByDay: ReadonlyMap<string, number>, cal: DemoCalendar, rnd: Random): SqlValue[][] {
  const rows: SqlValue[][] = [];
  const total = [...ordersByDay.values()].reduce((s, n) => s + n, 0);
  const meanOrders = total / Math.max(1, cal.days().length);
  for (const { day, season } of cal.days()) {
    // Sessions follow the smoothed order volume, not each day's count, so conversion varies.
    const orders = 0.5 * (ordersByDay.get(day) ?? 0) + 0.5 * meanOrders * season;
    for (const [channel, weight] of ACQUISITION_CHANNELS) {
      const sessions = Math.max(1, Math.round(orders * 50 * (weight / 100) * rnd.logNormal(1, 0.15)));
      rows.push([day, channel, sessions]);
    }
  }
  return rows;
}

/** Sales and marketing spend by day and channel, sized to each channel's cost per new customer. */
export function demoSpend(customers: readonly DemoCustomer[], cal: DemoCalendar, rnd: Random): SqlValue[][] {
  const signups = new Map<AcquisitionChannel, number>();
  for (const c of customers) if (c.signupMs >= cal.startMs) signups.set(c.channel, (signups.get(c.channel) ?? 0) + 1);
  const days = cal.days();
  const rows: SqlValue[][] = [];
  for (const { day, startMs, season } of days) {
    const growth = 0.6 + 0.8 * cal.progress(startMs);
    for (const [channel] of ACQUISITION_CHANNELS) {
      const perDay = (signups.get(channel) ?? 0) / days.length;
      const amount = perDay * growth * season * CAC_BY_CHANNEL[channel] * rnd.logNormal(1, 0.25);
      rows.push([day, channel, Math.round(amount * 100) / 100]);
    }
  }
  return rows;
}

/** Online mentions by day: our brand growing from about 30% to 40% share of voice. */
export function demoMentions(cal: DemoCalendar, scale: number, rnd: Random): SqlValue[][] {
  const rows: SqlValue[][] = [];
  for (const { day, startMs } of cal.days()) {
    const p = cal.progress(startMs);
    rows.push([day, OWN_BRAND, rnd.poisson(scale * (32 + 20 * p) * (1 - 0.2 * cal.spike(startMs))), 1]);
    for (const [brand, base] of COMPETITORS) rows.push([day, brand, rnd.poisson(scale * base), 0]);
  }
  return rows;
}

/** The market by month: our revenue is a share of it that grows from about 6% to 8%. */
export function demoMarket(revenueByMonth: ReadonlyMap<string, number>, cal: DemoCalendar, rnd: Random): SqlValue[][] {
  const rows: SqlValue[][] = [];
  const months = [...new Set(cal.days().map((d) => d.month))];
  months.forEach((month, i) => {
    const revenue = revenueByMonth.get(month) ?? 0;
    if (revenue === 0) return;
    const share = 0.06 + (0.02 * i) / Math.max(1, months.length - 1);
    const market = revenue / share;
    rows.push([month, Math.round(market), Math.round(revenue), Math.round(market * rnd.between(0.16, 0.2))]);
  });
  return rows;
}
