import { Weighted, type Random } from './random.js';
import type { DemoCustomer } from './demo-customers.js';
import type { BillingCycle } from './demo-invoices.js';
import { round2, type DemoWorld } from './demo-world.js';
import {
  MAX_HOUR_WEIGHT,
  MEAN_HOUR_WEIGHT,
  MONTH_MS,
  PLAN_AMOUNT,
  REGION_AMOUNT,
  SEGMENT_PROFILES,
  type Segment,
} from './demo-profile.js';

export const ORDER_COLUMNS = ['order_id', 'customer_id', 'ordered_at', 'amount', 'cost', 'status'] as const;

const STATUSES = new Weighted([
  ['completed', 90],
  ['returned', 6],
  ['cancelled', 4],
] as const);
/** Cost of goods as a share of the amount is 55-75%, shifted by segment: big accounts get discounts. */
const COST_SHIFT: Record<Segment, number> = { SMB: -0.03, 'Mid-Market': 0, Enterprise: 0.04 };
/** The price change raised prices by this much from the bad quarter on. */
const PRICE_RISE = 1.08;
/** Spread of a customer's order frequency and basket around the segment's (sigma of the log). */
const FREQUENCY_SPREAD = 0.6;
const BASKET_SPREAD = 0.3;

/**
 * A customer's orders between signup and churn: a Poisson process thinned by month, weekday and
 * local hour (Q4 peak, quiet weekends and nights) and slowed a little by the price change.
 * Customers differ: a few buy often and big, many rarely, which gives repeat purchases and an
 * average ticket well above the average basket. Completed orders feed the customer's monthly
 * invoices and the running totals.
 */
export function drawOrders(c: DemoCustomer, world: DemoWorld, rnd: Random, billing: BillingCycle): void {
  const { cal } = world;
  const from = Math.max(c.signupMs, cal.startMs);
  const to = Math.min(c.churnMs ?? cal.nowMs, cal.nowMs);
  if (to <= from) return;
  const profile = SEGMENT_PROFILES[c.segment];
  // Median below 1 so that the mean frequency is the segment's.
  const frequency = rnd.logNormal(Math.exp(-(FREQUENCY_SPREAD ** 2) / 2), FREQUENCY_SPREAD);
  const basket = rnd.logNormal(profile.medianOrder * PLAN_AMOUNT[c.plan] * REGION_AMOUNT[c.region], BASKET_SPREAD);
  const maxFactor = cal.maxOrderSeason * MAX_HOUR_WEIGHT;
  // Candidates come maxFactor / meanFactor times faster than orders; thinning keeps the mean.
  const gap = (MONTH_MS * cal.meanOrderSeason * MEAN_HOUR_WEIGHT) / (profile.ordersPerMonth * frequency * maxFactor);
  const costShift = COST_SHIFT[c.segment];

  for (let t = from + rnd.exponential(gap); t < to; t += rnd.exponential(gap)) {
    const day = cal.dayIndex(t);
    const factor = (cal.orderSeason[day] ?? 1) * cal.hourWeight(t, day) * (1 - 0.12 * cal.shock(t, 45));
    if (rnd.next() * maxFactor >= factor) continue;
    const amount = round2(rnd.logNormal(basket * (t >= cal.shockStartMs ? PRICE_RISE : 1), 0.45));
    const status = STATUSES.pick(rnd);
    // A few orders come without a cost of goods (the contract reads empty as 0).
    const cost = rnd.chance(0.01) ? null : round2(amount * (rnd.between(0.55, 0.75) + costShift));
    const at = Math.floor(t);
    world.orders.add([null, c.id, at, amount, cost, status]);
    if (status === 'completed') {
      const month = cal.dayMonth[day] ?? 0;
      world.revenueByMonth[month] = (world.revenueByMonth[month] ?? 0) + amount;
      world.completedByDay[day] = (world.completedByDay[day] ?? 0) + 1;
      billing.add(at, amount);
    }
  }
  billing.finish();
}
