import type { Random } from './random.js';
import type { TableSink } from './demo-writer.js';
import type { DemoWorld } from './demo-world.js';
import { round2 } from './demo-world.js';
import { ORDER_MONTH_SEASON } from './demo-profile.js';

export const MARKET_COLUMNS = ['month', 'market_sales', 'company_sales', 'largest_competitor_sales'] as const;

/** The market grows this much a year, whatever the company does. */
const MARKET_GROWTH = 0.045;
/** The company's share of the market over the last twelve months. */
const RECENT_SHARE = 0.075;

/**
 * The market by month: company_sales is the month's completed order revenue; the market has its
 * own milder season and grows a few percent a year, sized so the company holds about 7.5% of it
 * over the last year (less before: the company grows faster than its market); the largest
 * competitor holds about a fifth, slowly losing ground. Partial months (the first and the
 * current one) count only their covered part.
 */
export function drawMarket(world: DemoWorld, sink: TableSink, rnd: Random): void {
  const { cal } = world;
  const months = cal.months;
  const last = months.length - 1;
  const shape = months.map((m, i) => {
    const yearsBack = (last - i) / 12;
    const monthOfYear = Number(m.month.slice(5, 7));
    const season = 1 + 0.5 * ((ORDER_MONTH_SEASON[monthOfYear - 1] ?? 1) - 1);
    return (1 + MARKET_GROWTH) ** -yearsBack * season * rnd.logNormal(1, 0.02) * m.covered;
  });
  let recentRevenue = 0;
  let recentShape = 0;
  for (let i = Math.max(0, last - 11); i <= last; i++) {
    recentRevenue += world.revenueByMonth[i] ?? 0;
    recentShape += shape[i] ?? 0;
  }
  const level = Math.max(1, recentRevenue) / (RECENT_SHARE * Math.max(1e-9, recentShape));
  months.forEach((m, i) => {
    const company = round2(world.revenueByMonth[i] ?? 0);
    const market = level * (shape[i] ?? 0);
    const competitorShare = (0.22 - 0.02 * cal.progress(m.startMs)) * rnd.logNormal(1, 0.03);
    const competitor = Math.max(market * competitorShare, company * 1.2);
    sink.add([m.month, round2(Math.max(market, company + competitor)), company, round2(competitor)]);
  });
}
