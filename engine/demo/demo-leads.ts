import type { Random } from './random.js';
import type { DemoCustomer } from './demo-customers.js';
import type { DemoWorld } from './demo-world.js';
import { DAY_MS, UNCONVERTED_PER_CONVERTED } from './demo-profile.js';

export const LEAD_COLUMNS = ['lead_id', 'created_at', 'source', 'converted_at', 'customer_id'] as const;

/** Share of new customers who came through a recorded lead (the rest signed up directly). */
const WITH_LEAD = 0.8;

/**
 * Leads around a new customer: most customers signed up in the window came through a lead
 * created days to weeks before (converted_at = signup, customer_id set), and each such lead comes
 * with a few that never converted, from the same source and about the same time, so lead volume
 * follows signups and the conversion rate differs by source (referral best, paid search worst).
 * The latest leads have had no time to convert, so recent weeks convert less, as in real funnels.
 */
export function drawLeads(c: DemoCustomer, world: DemoWorld, rnd: Random): void {
  const { cal, leads } = world;
  if (c.signupMs < cal.startMs || !rnd.chance(WITH_LEAD)) return;
  const created = Math.floor(c.signupMs - rnd.logNormal(12, 0.7) * DAY_MS);
  if (created < cal.startMs) return;
  leads.add([null, created, c.channel, c.signupMs, c.id]);

  const span = cal.nowMs - cal.startMs;
  const unconverted = rnd.poisson(UNCONVERTED_PER_CONVERTED[c.channel]);
  for (let k = 0; k < unconverted; k++) {
    // Within two months of the converted lead, reflected at the window's edges so the density
    // near now stays the same.
    let at = created + rnd.between(-60, 60) * DAY_MS - cal.startMs;
    if (at < 0) at = -at;
    if (at >= span) at = 2 * span - at - 1;
    at = Math.min(span - 1, Math.max(0, at));
    leads.add([null, Math.floor(cal.startMs + at), c.channel, null, null]);
  }
}
