/**
 * Renders the charts of a few questions on the demo data set to PNG files, to look at them:
 *   npx tsx scripts/render-charts.ts [--db data/kpibot.db] [--out charts] [--now ISO]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openApp } from '../bot/app.js';
import { ask } from '../bot/ask.js';
import { DEFAULT_WORKSPACE } from '../engine/config.js';
import { chartSpec } from '../engine/chart/chart-spec.js';
import { npsDistributionSpec } from '../engine/chart/nps-distribution.js';
import { smallMultiplesSpec } from '../engine/chart/small-multiples.js';
import { createChartRenderer } from '../engine/chart/chart-renderer.js';

const { values } = parseArgs({
  options: { db: { type: 'string', default: 'data/kpibot.db' }, out: { type: 'string', default: 'charts' }, now: { type: 'string' } },
});
const now = values.now ? Date.parse(values.now) : Date.now();
const QUESTIONS = [
  'nps by segment last-quarter',
  'revenue by month last-12m',
  'complaints by week last-90d by channel',
  'churn last-quarter vs previous',
  'revenue by month last-12m vs last-year',
  'orders by region, plan last-quarter',
];
const app = await openApp({ dbPath: values.db, workspace: DEFAULT_WORKSPACE, kpiDirs: [], now: () => now });
const renderer = createChartRenderer();
mkdirSync(values.out, { recursive: true });
for (const [i, q] of QUESTIONS.entries()) {
  const r = await ask(app.engine, q);
  if (!r.ok) throw new Error(`${q}: ${r.error.code}`);
  const chart = await renderer.render(chartSpec(r.value, { currency: DEFAULT_WORKSPACE.currency }));
  const file = join(values.out, `${i + 1}-${q.replace(/[^a-z0-9]+/gi, '-')}.png`);
  writeFileSync(file, chart.png);
  console.log(`${file}  ${chart.width}x${chart.height}`);
}
// The NPS distribution and a small-multiples sheet, built from several answers.
const answer = async (metric: string, period: string, by: ('segment' | 'month')[]) => {
  const r = await app.engine.ask({ metric, period, by });
  if (!r.ok) throw new Error(`${metric}: ${r.error.code}`);
  return r.value;
};
const shares = {
  promoters: await answer('recommendation_rate', 'last-quarter', ['segment']),
  passives: await answer('passive_rate', 'last-quarter', ['segment']),
  detractors: await answer('detractor_rate', 'last-quarter', ['segment']),
};
const extra: [string, Readonly<Record<string, unknown>>][] = [
  ['nps-distribution-by-segment', npsDistributionSpec(shares)],
  ['small-multiples', smallMultiplesSpec(await Promise.all(['revenue', 'orders', 'nps', 'churn_rate'].map((m) => answer(m, 'last-12m', ['month']))), { currency: 'USD' })],
];
for (const [name, spec] of extra) {
  const chart = await renderer.render(spec);
  const file = join(values.out, `${name}.png`);
  writeFileSync(file, chart.png);
  console.log(`${file}  ${chart.width}x${chart.height}`);
}
await app.close();
