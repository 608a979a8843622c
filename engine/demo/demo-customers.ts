import type { SqlValue } from '../store/store.js';
import { Weighted, type Random } from './random.js';
import type { DemoCalendar } from './demo-calendar.js';
import {
  CHANNEL_CHURN,
  CHANNEL_WEIGHTS,
  DAY_MS,
  MAX_HOUR_WEIGHT,
  MONTH_MS,
  PLAN_CHURN,
  REGION_WEIGHTS,
  SEGMENT_PROFILES,
  SEGMENTS,
  type AcquisitionChannel,
  type Plan,
  type Region,
  type Segment,
} from './demo-profile.js';

export interface DemoCustomer {
  readonly id: string;
  readonly segment: Segment;
  readonly plan: Plan;
  readonly region: Region;
  readonly channel: AcquisitionChannel;
  readonly signupMs: number;
  /** Null while still a customer. */
  readonly churnMs: number | null;
}

export const CUSTOMER_COLUMNS = ['customer_id', 'name', 'segment', 'region', 'plan', 'acquisition_channel', 'signup_at', 'churned_at'] as const;

/**
 * Share of customers who were already customers when the window opens, so the first quarters
 * have a base to churn from and the customer count grows about 2x over three years instead of
 * from zero.
 */
const EXISTING_SHARE = 0.3;
/** Share of new customers who cancel within their first weeks (trials that do not stick). */
const EARLY_CHURN = 0.04;
/** Churn hazard is applied week by week so that churn lands inside the bad quarter, not around it. */
const STEP_MS = 7 * DAY_MS;
/** Extra churn during the price change: 1 + this, times the normal hazard. */
const SHOCK_CHURN = 2.2;

const segments = new Weighted(SEGMENTS.map((s) => [s, SEGMENT_PROFILES[s].share] as const));
const plansOf = Object.fromEntries(SEGMENTS.map((s) => [s, new Weighted(SEGMENT_PROFILES[s].plans)])) as Record<Segment, Weighted<Plan>>;
const regions = new Weighted(REGION_WEIGHTS);
const channels = new Weighted(CHANNEL_WEIGHTS);

/**
 * Customer number `index` (0-based). Signups grow from 0.6x to 1.4x across the window with a
 * business-year season, dip during the price change and fall in business hours; a base predates
 * the window. Churn is a weekly hazard by segment, plan and acquisition channel, about three
 * times higher in the bad quarter, slowly improving otherwise; a few new customers cancel within
 * weeks, so some sign up and churn inside one period.
 */
export function drawCustomer(index: number, idWidth: number, cal: DemoCalendar, rnd: Random): DemoCustomer {
  const segment = segments.pick(rnd);
  const profile = SEGMENT_PROFILES[segment];
  const plan = plansOf[segment].pick(rnd);
  const region = regions.pick(rnd);
  const channel = channels.pick(rnd);
  const existing = rnd.chance(EXISTING_SHARE);

  let signupMs: number;
  if (existing) signupMs = cal.startMs - rnd.between(1, 4 * 365) * DAY_MS;
  else {
    const span = cal.nowMs - cal.startMs;
    const max = 1.4 * cal.maxSignupSeason * MAX_HOUR_WEIGHT;
    for (;;) {
      signupMs = cal.startMs + rnd.next() * span;
      const day = cal.dayIndex(signupMs);
      const weight =
        (0.6 + 0.8 * cal.progress(signupMs)) *
        (cal.signupSeason[day] ?? 1) *
        cal.hourWeight(signupMs, day) *
        (1 - 0.2 * cal.shock(signupMs, 30));
      if (rnd.next() * max < weight) break;
    }
  }

  let churnMs: number | null = null;
  if (!existing && rnd.chance(EARLY_CHURN)) churnMs = signupMs + rnd.between(2, 40) * DAY_MS;
  else {
    const base = (profile.monthlyChurn * PLAN_CHURN[plan] * CHANNEL_CHURN[channel] * STEP_MS) / MONTH_MS;
    for (let t = Math.max(signupMs, cal.startMs); t < cal.nowMs; t += STEP_MS) {
      const hazard = base * (1 + SHOCK_CHURN * cal.shock(t, 21)) * (1 - 0.2 * cal.progress(t));
      if (rnd.chance(hazard)) {
        churnMs = t + rnd.next() * STEP_MS;
        break;
      }
    }
  }
  if (churnMs !== null && churnMs >= cal.nowMs) churnMs = null;
  return {
    id: `C${String(index + 1).padStart(idWidth, '0')}`,
    segment,
    plan,
    region,
    channel,
    signupMs: Math.floor(signupMs),
    churnMs: churnMs === null ? null : Math.floor(churnMs),
  };
}

const NAMES_A = ['Blue', 'North', 'Bright', 'Iron', 'Silver', 'Green', 'Swift', 'Prime', 'Coral', 'Atlas', 'Nova', 'Cedar'];
const NAMES_B = ['Foods', 'Logistics', 'Labs', 'Retail', 'Studio', 'Health', 'Energy', 'Media', 'Works', 'Systems', 'Travel', 'Textiles'];

export function customerRow(c: DemoCustomer, index: number): SqlValue[] {
  const name = `${NAMES_A[index % NAMES_A.length]} ${NAMES_B[Math.floor(index / NAMES_A.length) % NAMES_B.length]} ${Math.floor(index / 144) + 1}`;
  return [c.id, name, c.segment, c.region, c.plan, c.channel, c.signupMs, c.churnMs];
}
