import { Weighted, type Random } from './random.js';
import type { DemoCustomer } from './demo-customers.js';
import type { ResolvedTicket } from './demo-tickets.js';
import type { DemoWorld } from './demo-world.js';
import { HOUR_MS, MAX_HOUR_WEIGHT, MONTH_MS, SEGMENT_PROFILES, type Plan, type Segment } from './demo-profile.js';

export const SURVEY_COLUMNS = ['response_id', 'customer_id', 'answered_at', 'kind', 'score'] as const;

/**
 * Relationship survey answers per active customer and month. High enough that every month has
 * well over 30 answers of each kind at the default size (about 600 active customers at the start).
 */
const ANSWERS_PER_MONTH = { nps: 0.12, engagement: 0.3, brand: 0.1 } as const;
/** Share of customers who rate a resolved ticket. */
const CSAT_RESPONSE = 0.4;
const PLAN_PROMOTERS: Record<Plan, number> = { Basic: -0.03, Pro: 0, Premium: 0.04 };
const SEGMENT_BRAND: Record<Segment, number> = { SMB: -0.2, 'Mid-Market': 0.1, Enterprise: 0.3 };

const PROMOTER = new Weighted([[9, 45], [10, 55]] as const);
const PASSIVE = new Weighted([[7, 45], [8, 55]] as const);
const DETRACTOR = new Weighted([[0, 3], [1, 2], [2, 3], [3, 6], [4, 10], [5, 30], [6, 46]] as const);
const SATISFIED = new Weighted([[4, 55], [5, 45]] as const);
const UNSATISFIED = new Weighted([[1, 20], [2, 35], [3, 45]] as const);

/**
 * A customer's survey answers (ids are assigned when written, in time order): NPS (by segment and plan, dipping in the bad quarter, slowly
 * improving), engagement on the CE11 scale (fully engaged to actively disengaged from about 5:1
 * to 7:1 over the window), brand perception (0-10 with one decimal), and CSAT after some
 * resolved tickets (lower for complaints, slow or repeated contacts).
 */
export function drawSurveys(c: DemoCustomer, world: DemoWorld, rnd: Random, resolved: readonly ResolvedTicket[]): void {
  const { cal, surveys } = world;
  const from = Math.max(c.signupMs, cal.startMs);
  const to = Math.min(c.churnMs ?? cal.nowMs, cal.nowMs);
  const add = (at: number, kind: string, score: number): void =>
    surveys.add([null, c.id, at, kind, score]);

  for (const kind of ['nps', 'engagement', 'brand'] as const) {
    if (to <= from) break;
    const gap = MONTH_MS / ANSWERS_PER_MONTH[kind];
    for (let t = from + rnd.exponential(gap); t < to; t += rnd.exponential(gap)) {
      // Answers cluster in waking hours: move night answers into the day without changing the rate.
      const day = cal.dayIndex(t);
      const at = rnd.next() * MAX_HOUR_WEIGHT < cal.hourWeight(t, day) ? t : t - (rnd.between(6, 12) * HOUR_MS);
      const shock = cal.shock(at, 60);
      const progress = cal.progress(at);
      add(Math.floor(Math.max(at, from)), kind, score(kind, c, shock, progress, rnd));
    }
  }

  for (const r of resolved) {
    if (!rnd.chance(CSAT_RESPONSE)) continue;
    const answered = r.resolvedMs + Math.round(rnd.between(0.5, 48) * HOUR_MS);
    // Former customers are no longer surveyed.
    if (answered >= to) continue;
    const satisfied = 0.88 - (r.complaint ? 0.22 : 0) - (r.hours > 72 ? 0.18 : 0) - (r.contacts > 1 ? 0.08 : 0);
    add(answered, 'csat', (rnd.chance(satisfied) ? SATISFIED : UNSATISFIED).pick(rnd));
  }
}

function score(kind: 'nps' | 'engagement' | 'brand', c: DemoCustomer, shock: number, progress: number, rnd: Random): number {
  const profile = SEGMENT_PROFILES[c.segment];
  switch (kind) {
    case 'nps': {
      const p = profile.promoters + PLAN_PROMOTERS[c.plan] - 0.15 * shock + 0.05 * progress;
      const d = profile.detractors + 0.14 * shock - 0.03 * progress;
      const r = rnd.next();
      return (r < p ? PROMOTER : r < p + d ? DETRACTOR : PASSIVE).pick(rnd);
    }
    case 'engagement': {
      const disengaged = 0.08 * (1 + 0.15 * shock);
      const engaged = 0.08 * (4.9 + 2.5 * progress) * (1 - 0.1 * shock);
      const r = rnd.next();
      if (r < disengaged) return 1;
      if (r < disengaged + engaged) return 4;
      return rnd.chance(0.6) ? 3 : 2;
    }
    case 'brand': {
      const mean = 6.7 + SEGMENT_BRAND[c.segment] + 0.8 * progress - 0.7 * shock;
      return Math.min(10, Math.max(0, Math.round((mean + 1.5 * rnd.normal()) * 10) / 10));
    }
  }
}
