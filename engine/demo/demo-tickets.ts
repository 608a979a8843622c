import { Weighted, type Random } from './random.js';
import type { DemoCustomer } from './demo-customers.js';
import type { DemoWorld } from './demo-world.js';
import {
  CATEGORY_WEIGHTS,
  FIRST_RESPONSE_HOURS,
  HOUR_MS,
  MAX_HOUR_WEIGHT,
  MEAN_HOUR_WEIGHT,
  MONTH_MS,
  SEGMENT_PROFILES,
  SHOCK_CATEGORY_WEIGHTS,
  TICKET_CHANNEL_WEIGHTS,
  WEEKDAY_SEASON,
} from './demo-profile.js';

export const TICKET_COLUMNS = [
  'ticket_id', 'customer_id', 'opened_at', 'first_response_at', 'resolved_at', 'channel', 'category', 'is_complaint', 'contacts',
] as const;

/** A resolved ticket, for the satisfaction survey that may follow it. */
export interface ResolvedTicket {
  readonly resolvedMs: number;
  readonly complaint: boolean;
  readonly hours: number;
  readonly contacts: number;
}

const CHANNELS = new Weighted(TICKET_CHANNEL_WEIGHTS);
const CATEGORIES = new Weighted(CATEGORY_WEIGHTS);
const SHOCK_CATEGORIES = new Weighted(SHOCK_CATEGORY_WEIGHTS);
const CONTACTS = new Weighted([[1, 76], [2, 17], [3, 5], [4, 2]] as const);
const COMPLAINT_CONTACTS = new Weighted([[1, 52], [2, 30], [3, 12], [4, 6]] as const);
/** Tickets never closed (abandoned); recent tickets are also open because they are recent. */
const NEVER_RESOLVED = 0.015;
/** New customers open more tickets while they set up. */
const ONBOARDING_MS = MONTH_MS;
const MAX_WEEKDAY = Math.max(...WEEKDAY_SEASON);
const MEAN_WEEKDAY = WEEKDAY_SEASON.reduce((a, b) => a + b, 0) / WEEKDAY_SEASON.length;
/** How much the price change multiplies tickets (and, separately, the complaint share). */
const SHOCK_TICKETS = 0.5;

/**
 * A customer's support tickets: more in the first month and during the price change (then
 * mostly billing), in business hours and on weekdays. About 15-20% are complaints, rising to
 * ~26% in the bad quarter and drifting with a slow wave otherwise. First responses take minutes
 * on the phone and hours by email; complaints take longer to resolve and need more contacts.
 */
export function drawTickets(c: DemoCustomer, world: DemoWorld, rnd: Random, resolved: ResolvedTicket[]): void {
  const { cal, tickets } = world;
  const from = Math.max(c.signupMs, cal.startMs);
  const to = Math.min(c.churnMs ?? cal.nowMs, cal.nowMs);
  if (to <= from) return;
  const maxFactor = 2 * (1 + SHOCK_TICKETS) * MAX_WEEKDAY * MAX_HOUR_WEIGHT;
  const gap = (MONTH_MS * MEAN_WEEKDAY * MEAN_HOUR_WEIGHT) / (SEGMENT_PROFILES[c.segment].ticketsPerMonth * maxFactor);

  for (let t = from + rnd.exponential(gap); t < to; t += rnd.exponential(gap)) {
    const day = cal.dayIndex(t);
    const shock = cal.shock(t, 60);
    const factor =
      (t - c.signupMs < ONBOARDING_MS ? 2 : 1) *
      (1 + SHOCK_TICKETS * shock) *
      (cal.weekdaySeason[day] ?? 1) *
      cal.hourWeight(t, day);
    if (rnd.next() * maxFactor >= factor) continue;

    const opened = Math.floor(t);
    const channel = CHANNELS.pick(rnd);
    const complaintShare = 0.16 + 0.1 * shock + 0.03 * Math.sin(cal.progress(t) * 5 * Math.PI);
    const complaint = rnd.chance(complaintShare);
    const category = (shock > 0.3 ? SHOCK_CATEGORIES : CATEGORIES).pick(rnd);
    const contacts = (complaint ? COMPLAINT_CONTACTS : CONTACTS).pick(rnd);
    // A busy support team answers more slowly; resolution always follows the first response.
    const firstHours = rnd.logNormal(FIRST_RESPONSE_HOURS[channel] * (1 + 0.6 * shock), 0.7);
    const hours = firstHours + rnd.logNormal((complaint ? 30 : 14) * (1 + 0.3 * shock) * (0.8 + 0.2 * contacts), 0.9);
    const first = opened + Math.round(firstHours * HOUR_MS);
    const done = rnd.chance(NEVER_RESOLVED) ? null : opened + Math.round(hours * HOUR_MS);
    const resolvedMs = done !== null && done < cal.nowMs ? done : null;
    tickets.add([
      null,
      c.id,
      opened,
      first < cal.nowMs ? first : null,
      resolvedMs,
      channel,
      category,
      complaint ? 1 : 0,
      contacts,
    ]);
    if (resolvedMs !== null) resolved.push({ resolvedMs, complaint, hours, contacts });
  }
}
