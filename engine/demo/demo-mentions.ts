import type { Random } from './random.js';
import type { TableSink } from './demo-writer.js';
import type { DemoWorld } from './demo-world.js';
import { COMPETITORS, OWN_BRAND } from './demo-profile.js';

export const MENTION_COLUMNS = ['day', 'brand', 'mentions', 'own'] as const;

/** Share of days with a campaign or press piece that multiplies the own brand's mentions. */
const CAMPAIGN_DAYS = 0.02;

/**
 * Online mentions for every day: the own brand (OWN_BRAND) every day, growing from about 28% to
 * 37% share of voice, with campaign days and a burst of (unhappy) buzz during the price change;
 * competitors steady with slow drifts. `scale` follows the data set's size.
 */
export function drawMentions(world: DemoWorld, sink: TableSink, scale: number, rnd: Random): void {
  const { cal } = world;
  for (let day = 0; day < cal.dayCount; day++) {
    const at = cal.dayStart[day] ?? 0;
    const p = cal.progress(at);
    const covered = cal.dayCovered(day);
    const weekday = cal.weekdaySeason[day] ?? 1;
    const campaign = rnd.chance(CAMPAIGN_DAYS) ? rnd.between(1.8, 3) : 1;
    const own = scale * (30 + 16 * p) * weekday * campaign * (1 + 0.3 * cal.shock(at, 30)) * covered;
    sink.add([cal.dayName[day] ?? '', OWN_BRAND, rnd.poisson(own), 1]);
    COMPETITORS.forEach(([brand, base], i) => {
      const drift = 1 + 0.12 * Math.sin(2 * Math.PI * (p * (1 + i / 2) + i / 4));
      sink.add([cal.dayName[day] ?? '', brand, rnd.poisson(scale * base * drift * weekday * covered), 0]);
    });
  }
}
