import type { Random } from './random.js';
import type { TableSink } from './demo-writer.js';
import type { DemoWorld } from './demo-world.js';
import { movingAverage } from './demo-smoothing.js';
import { ACQUISITION_CHANNELS, CAC_BY_CHANNEL } from './demo-profile.js';

export const SPEND_COLUMNS = ['day', 'channel', 'amount'] as const;

/**
 * Sales and marketing spend for every day and channel, sized so that each channel's cost per
 * new customer lands near CAC_BY_CHANNEL: it follows the channel's signups averaged over a
 * quarter (budgets move slowly), with daily noise. Organic costs little (content, SEO).
 */
export function drawSpend(world: DemoWorld, sink: TableSink, rnd: Random): void {
  const { cal } = world;
  const full = cal.dayCovered(cal.dayCount - 1) < 1 ? cal.dayCount - 1 : cal.dayCount;
  const smooth = Object.fromEntries(
    ACQUISITION_CHANNELS.map((ch) => [ch, movingAverage(world.signupsByDay[ch], full, 91)]),
  ) as Record<(typeof ACQUISITION_CHANNELS)[number], Float64Array>;
  for (let day = 0; day < cal.dayCount; day++) {
    for (const channel of ACQUISITION_CHANNELS) {
      const amount = (smooth[channel][day] ?? 0) * CAC_BY_CHANNEL[channel] * rnd.logNormal(1, 0.2) * cal.dayCovered(day);
      sink.add([cal.dayName[day] ?? '', channel, Math.round(amount * 100) / 100]);
    }
  }
}
