/**
 * Benchmark: how long the engine takes to answer typical questions on a large demo data set.
 * Prints medians (and min / p90) of repeated in-process runs, then the median wall time of the
 * whole `kpibot ask` command (process start, catalog validation, query, output).
 *
 *   npx tsx scripts/bench-query.ts [--customers 40000] [--db /tmp/kpibot-bench.db] [--runs 15]
 */
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { openApp } from '../bot/app.js';
import { ask } from '../bot/ask.js';
import { median, percentile } from './stats.js';
import { DEFAULT_WORKSPACE } from '../engine/config.js';
import { generateDemo } from '../engine/demo/generate-demo.js';
import { openSqliteStore } from '../engine/store/sqlite-store.js';
import { packageRoot } from '../bot/package-root.js';

const { values } = parseArgs({
  options: {
    customers: { type: 'string', default: '40000' },
    db: { type: 'string', default: '/tmp/kpibot-bench.db' },
    runs: { type: 'string', default: '15' },
    now: { type: 'string', default: '2026-11-22T10:00:00Z' },
  },
});
const now = Date.parse(values.now);
const runs = Number(values.runs);
const QUESTIONS = [
  'revenue by month last-12m',
  'churn last-quarter by segment',
  'nps by segment last-quarter',
  'complaints by week last-90d by channel',
  'clv last-quarter by channel',
];


if (!existsSync(values.db)) {
  const store = await openSqliteStore(values.db);
  const t0 = performance.now();
  const summary = await generateDemo(store, { customers: Number(values.customers), now, timezone: 'UTC' });
  console.log(`generated ${values.db} in ${((performance.now() - t0) / 1000).toFixed(1)} s:`, summary);
  await store.close();
}

const app = await openApp({ dbPath: values.db, workspace: DEFAULT_WORKSPACE, kpiDirs: [], now: () => now });
const orders = await app.store.get<{ n: number }>('SELECT count(*) AS n FROM orders');
console.log(`data set: ${orders?.n.toLocaleString('en-US')} orders; ${runs} runs per question after one warm-up`);
for (const q of QUESTIONS) {
  const first = await ask(app.engine, q);
  if (!first.ok) throw new Error(`${q}: ${first.error.code}`);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await ask(app.engine, q);
    times.push(performance.now() - t);
  }
  console.log(`${q.padEnd(42)} median ${median(times).toFixed(1)} ms  min ${Math.min(...times).toFixed(1)}  p90 ${percentile(times, 0.9).toFixed(1)}`);
}
await app.close();

const main = join(packageRoot(), 'dist', 'main.js');
if (existsSync(main)) {
  const walls: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    execFileSync(process.execPath, [main, 'ask', QUESTIONS[0] ?? '', '--db', values.db, '--now', values.now], { stdio: 'pipe' });
    walls.push(performance.now() - t);
  }
  console.log(`whole command \`kpibot ask "${QUESTIONS[0]}"\`: median ${median(walls).toFixed(0)} ms wall (5 runs)`);
}
