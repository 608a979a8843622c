import type { Random } from './random.js';
import type { TableSink } from './demo-writer.js';
import type { DemoWorld } from './demo-world.js';
import { movingAverage } from './demo-smoothing.js';
import { SESSION_SHARE, WEEKDAY_SEASON } from './demo-profile.js';

export const VISIT_COLUMNS = ['day', 'channel', 'sessions'] as const;

const MEAN_WEEKDAY = WEEKDAY_SEASON.reduce((a, b) => a + b, 0) / WEEKDAY_SEASON.length;
const TOTAL_SHARE = SESSION_SHARE.reduce((s, [, w]) => s + w, 0);

/**
 * Website sessions for every day and channel: they follow the four-week average of completed
 * orders (not each day's count, so the conversion rate moves from day to day), with the weekday
 * rhythm, at a conversion that improves from about 1.8% to 2.4% over the window. Today counts
 * only the hours so far.
 */
export function drawVisits(world: DemoWorld, sink: TableSink, rnd: Random): void {
  const { cal } = world;
  const full = cal.dayCovered(cal.dayCount - 1) < 1 ? cal.dayCount - 1 : cal.dayCount;
  const orders = movingAverage(world.completedByDay, full, 28);
  for (let day = 0; day < cal.dayCount; day++) {
    const conversion = 0.018 + 0.006 * cal.progress(cal.dayStart[day] ?? 0);
    const total = ((orders[day] ?? 0) * ((cal.weekdaySeason[day] ?? 1) / MEAN_WEEKDAY)) / conversion;
    for (const [channel, share] of SESSION_SHARE) {
      const sessions = Math.round(total * (share / TOTAL_SHARE) * rnd.logNormal(1, 0.12) * cal.dayCovered(day));
      sink.add([cal.dayName[day] ?? '', channel, Math.max(1, sessions)]);
    }
  }
}
