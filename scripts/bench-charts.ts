/**
 * Benchmark: render time per chart kind (spec to PNG), on the demo data set.
 *   npx tsx scripts/bench-charts.ts [--runs 30]
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { openApp } from '../bot/app.js';
import { ask } from '../bot/ask.js';
import { median } from './stats.js';
import { DEFAULT_WORKSPACE } from '../engine/config.js';
import { generateDemo } from '../engine/demo/generate-demo.js';
import { openSqliteStore } from '../engine/store/sqlite-store.js';
import { chartSpec } from '../engine/chart/chart-spec.js';
import { npsDistributionSpec } from '../engine/chart/nps-distribution.js';
import { smallMultiplesSpec } from '../engine/chart/small-multiples.js';
import { createChartRenderer } from '../engine/chart/chart-renderer.js';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '30' } } });
const runs = Number(values.runs);
const now = Date.parse('2026-11-22T10:00:00Z');
const db = join(mkdtempSync(join(tmpdir(), 'kpibot-bench-charts-')), 'demo.db');
const store = await openSqliteStore(db);
await generateDemo(store, { customers: 2000, now, timezone: 'UTC' });
await store.close();
const app = await openApp({ dbPath: db, workspace: DEFAULT_WORKSPACE, kpiDirs: [], now: () => now });

const KINDS: [string, string][] = [
  ['bars (nps by segment)', 'nps by segment last-quarter'],
  ['line (revenue by month)', 'revenue by month last-12m'],
  ['lines (complaints by week, channel)', 'complaints by week last-90d by channel'],
  ['headline card (churn vs previous)', 'churn last-quarter vs previous'],
  ['bars, two axes (orders by region, plan)', 'orders by region, plan last-quarter'],
];
const renderer = createChartRenderer();
console.log(`render time per chart kind, spec to PNG, ${runs} runs after one warm-up`);
const all: number[] = [];
/** One warm-up render, then `runs` timed ones. */
async function timeRenders(spec: Readonly<Record<string, unknown>>): Promise<number[]> {
  await renderer.render(spec);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await renderer.render(spec);
    times.push(performance.now() - t);
  }
  return times;
}
function report(kind: string, times: number[]): void {
  all.push(...times);
  console.log(`${kind.padEnd(42)} median ${median(times).toFixed(1)} ms  min ${Math.min(...times).toFixed(1)}  max ${Math.max(...times).toFixed(1)}`);
}
for (const [kind, q] of KINDS) {
  const r = await ask(app.engine, q);
  if (!r.ok) throw new Error(q);
  report(kind, await timeRenders(chartSpec(r.value, { currency: 'USD' })));
}
const shares = async (metric: string) => {
  const r = await app.engine.ask({ metric, period: 'last-quarter', by: ['segment'] });
  if (!r.ok) throw new Error(metric);
  return r.value;
};
const sheets: [string, Readonly<Record<string, unknown>>][] = [
  ['NPS distribution (by segment)', npsDistributionSpec({ promoters: await shares('recommendation_rate'), passives: await shares('passive_rate'), detractors: await shares('detractor_rate') })],
  ['small multiples (4 KPIs by month)', smallMultiplesSpec(await Promise.all(['revenue', 'orders', 'nps', 'churn_rate'].map(async (m) => {
    const r = await app.engine.ask({ metric: m, period: 'last-12m', by: ['month'] });
    if (!r.ok) throw new Error(m);
    return r.value;
  })), { currency: 'USD' })],
];
for (const [kind, spec] of sheets) report(kind, await timeRenders(spec));
console.log(`median of all renders: ${median(all).toFixed(1)} ms`);
await app.close();
