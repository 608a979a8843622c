import type { SqlValue } from '../store/store.js';
import type { Random } from './random.js';
import {
  ACQUISITION_CHANNELS,
  DAY_MS,
  PLAN_CHURN,
  REGIONS,
  SEGMENT_PROFILES,
  SEGMENTS,
  type AcquisitionChannel,
  type DemoCalendar,
  type Segment,
} from './demo-profile.js';

export interface DemoCustomer {
  readonly id: string;
  readonly segment: Segment;
  readonly plan: string;
  readonly region: string;
  readonly channel: AcquisitionChannel;
  readonly signupMs: number;
  /** Null while still a customer. */
  readonly churnMs: number | null;
}

/** Share of customers who were already customers when the window opens, so it starts with a base. */
const EXISTING_SHARE = 0.18;
const MONTH_MS = 30 * DAY_MS;

/**
 * Customers: signups that grow over the window (with a Q4 lift), a base that predates it, and
 * churn month by month at the segment's rate, three times higher during the bad quarter. A few
 * customers leave in their first weeks, so some sign up and churn inside one period.
 */
export function demoCustomers(count: number, cal: DemoCalendar, rnd: Random): DemoCustomer[] {
  const customers: DemoCustomer[] = [];
  const span = cal.nowMs - cal.startMs;
  for (let i = 0; i < count; i++) {
    const segment = rnd.weighted(SEGMENTS.map((s) => [s, SEGMENT_PROFILES[s].share] as const));
    const profile = SEGMENT_PROFILES[segment];
    const plan = rnd.weighted(profile.plans);
    let signupMs: number;
    if (rnd.chance(EXISTING_SHARE)) {
      signupMs = cal.startMs - rnd.between(1, 2 * 365) * DAY_MS;
    } else {
      // Rejection sampling: signups grow from 0.6x to 1.4x across the window, with the season.
      do signupMs = cal.startMs + rnd.next() * span;
      while (rnd.next() * 1.4 * 1.4 > (0.6 + 0.8 * cal.progress(signupMs)) * cal.season(signupMs));
    }
    let churnMs: number | null = null;
    const early = rnd.chance(0.03);
    if (early) churnMs = signupMs + rnd.between(2, 40) * DAY_MS;
    else {
      for (let t = signupMs; t < cal.nowMs; t += MONTH_MS) {
        const hazard = profile.monthlyChurn * (PLAN_CHURN[plan] ?? 1) * (1 + 2 * cal.spike(t));
        if (rnd.chance(hazard)) {
          churnMs = t + rnd.next() * MONTH_MS;
          break;
        }
      }
    }
    if (churnMs !== null && churnMs >= cal.nowMs) churnMs = null;
    customers.push({
      id: `C${String(i + 1).padStart(7, '0')}`,
      segment,
      plan,
      region: rnd.weighted(REGIONS),
      channel: rnd.weighted(ACQUISITION_CHANNELS),
      signupMs: Math.round(signupMs),
      churnMs: churnMs === null ? null : Math.round(churnMs),
    });
  }
  return customers;
}

export const CUSTOMER_COLUMNS = ['customer_id', 'name', 'segment', 'region', 'plan', 'acquisition_channel', 'signup_at', 'churned_at'] as const;

const NAMES_A = ['Blue', 'North', 'Bright', 'Iron', 'Silver', 'Green', 'Swift', 'Prime', 'Coral', 'Atlas', 'Nova', 'Cedar'];
const NAMES_B = ['Foods', 'Logistics', 'Labs', 'Retail', 'Studio', 'Health', 'Energy', 'Media', 'Works', 'Systems', 'Travel', 'Textiles'];

export function customerRow(c: DemoCustomer, index: number): SqlValue[] {
  const name = `${NAMES_A[index % NAMES_A.length]} ${NAMES_B[Math.floor(index / NAMES_A.length) % NAMES_B.length]} ${Math.floor(index / 144) + 1}`;
  return [c.id, name, c.segment, c.region, c.plan, c.channel, c.signupMs, c.churnMs];
}
