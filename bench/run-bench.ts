/**
 * Benchmark of issue 17: a fixed mix of questions through the engine, end to end (chart PNGs
 * included) and as hand-written SQL on the same file, in one process, interleaved so that the
 * page cache and the machine's other load treat all three alike.
 *
 *   npm run bench -- --orders 1000000 [--runs 7] [--db PATH]
 *
 * The demo database for N orders is made once under bench/data/ and reused; --db reads another
 * file (made there for --orders when missing). Results go to bench/results/<time>-<orders>.json.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { openApp } from '../bot/app.js';
import { askKpi } from '../bot/answer-question.js';
import { parseLine } from '../bot/parse-line.js';
import { DEFAULT_WORKSPACE } from '../engine/config.js';
import { createChartRenderer } from '../engine/chart/chart-renderer.js';
import { generateDemo } from '../engine/demo/generate-demo.js';
import { openSqliteStore } from '../engine/store/sqlite-store.js';
import { packageRoot } from '../bot/package-root.js';
import { median, percentile } from '../scripts/stats.js';
import { BENCH_NOW, BENCH_QUESTIONS } from './bench-questions.js';
import { engineRows, mismatches, type ValueRow } from './compare-results.js';
import { customersFor, demoDb } from './demo-db.js';
import { answerEndToEnd } from './answer-end-to-end.js';
import { markdownTable, type QuestionTimes } from './print-table.js';

const { values: args } = parseArgs({
  options: {
    orders: { type: 'string', default: '1000000' },
    runs: { type: 'string', default: '7' },
    db: { type: 'string' },
  },
});
const wantedOrders = Number(args.orders);
const runs = Number(args.runs);
if (!Number.isInteger(wantedOrders) || wantedOrders < 1) throw new RangeError(`--orders must be a whole number, not ${args.orders}`);
if (!Number.isInteger(runs) || runs < 1) throw new RangeError(`--runs must be a whole number, not ${args.runs}`);
/** How many questions the burst fires at once. */
const BURST = 20;

const customers = customersFor(wantedOrders);
let generationSeconds: number | null = null;
let dbPath: string;
if (args.db !== undefined) {
  dbPath = args.db;
  if (!existsSync(dbPath)) {
    const store = await openSqliteStore(dbPath);
    const t0 = performance.now();
    await generateDemo(store, { customers, now: BENCH_NOW, timezone: 'UTC' });
    await store.close();
    generationSeconds = (performance.now() - t0) / 1000;
  }
} else {
  console.log(`demo database for ${wantedOrders.toLocaleString('en-US')} orders: ${customers.toLocaleString('en-US')} customers`);
  const db = await demoDb(customers, BENCH_NOW);
  dbPath = db.path;
  generationSeconds = db.generationSeconds;
  console.log(db.generated ? `made ${db.path} in ${db.generationSeconds?.toFixed(1)} s` : `reusing ${db.path}`);
}

const app = await openApp({ dbPath, workspace: DEFAULT_WORKSPACE, kpiDirs: [], now: () => BENCH_NOW });
const renderer = createChartRenderer();
const dimensionValues = await app.engine.dimensionValues();
const orders = (await app.store.get<{ n: number }>('SELECT count(*) AS n FROM orders'))?.n ?? 0;
const customerRows = (await app.store.get<{ n: number }>('SELECT count(*) AS n FROM customers'))?.n ?? 0;
console.log(`${dbPath}: ${orders.toLocaleString('en-US')} orders; ${BENCH_QUESTIONS.length} questions, ${runs} runs each after one warm-up`);

/** Runs `f` once and says how long it took, in ms. */
async function timed(f: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await f();
  return performance.now() - t;
}

/**
 * Each question read once, as the bot reads it, so that the engine's time is the engine's alone:
 * bot/ask.ts would also read every dimension's values from the database on each call.
 */
const commands = new Map(
  BENCH_QUESTIONS.map((q) => {
    const parsed = parseLine(app.engine, q.question, dimensionValues);
    const metric = parsed.ok && parsed.value.kind === 'query' ? parsed.value.metrics[0] : undefined;
    if (!parsed.ok || parsed.value.kind !== 'query' || metric === undefined) throw new Error(`${q.question}: not read as a question of one KPI`);
    return [q.question, { command: parsed.value, metric }] as const;
  }),
);

/** The engine's answer with the comparison the bot adds (the workspace's default), as askKpi gives it. */
async function engineAnswer(question: string) {
  const c = commands.get(question);
  if (!c) throw new Error(`${question}: not read`);
  const r = await askKpi(app.engine, c.command, c.metric);
  if (!r.ok) throw new Error(`${question}: the engine says ${r.error.code}`);
  return r.value;
}
const rawAnswer = (sql: string) => app.store.all<ValueRow>(sql);

// The honesty check, which is also every question's warm-up.
const found = new Map<string, string[]>();
for (const q of BENCH_QUESTIONS) {
  const m = mismatches(engineRows(await engineAnswer(q.question)), await rawAnswer(q.sql));
  found.set(q.question, m);
  if (m.length > 0) console.log(`MISMATCH: the raw SQL of \`${q.question}\` does not give the engine's numbers:\n  ${m.slice(0, 10).join('\n  ')}`);
  await answerEndToEnd(app.engine, renderer, dimensionValues, q.question);
}
const bad = [...found.values()].filter((m) => m.length > 0).length;
console.log(bad === 0 ? `checked: the raw SQL gives the engine's numbers for all ${BENCH_QUESTIONS.length} questions` : `${bad} question(s) MISMATCH (see above)`);

const lag = monitorEventLoopDelay({ resolution: 10 });
lag.enable();
const times = BENCH_QUESTIONS.map(() => ({ engine: [] as number[], raw: [] as number[], endToEnd: [] as number[] }));
const t0 = performance.now();
for (let run = 0; run < runs; run++) {
  for (const [i, q] of BENCH_QUESTIONS.entries()) {
    const t = times[i];
    if (!t) continue;
    t.engine.push(await timed(() => engineAnswer(q.question)));
    t.raw.push(await timed(() => rawAnswer(q.sql)));
    t.endToEnd.push(await timed(() => answerEndToEnd(app.engine, renderer, dimensionValues, q.question)));
  }
  process.stderr.write(`  run ${run + 1} of ${runs}: ${((performance.now() - t0) / 1000).toFixed(0)} s\n`);
}

const rows: QuestionTimes[] = BENCH_QUESTIONS.map((q, i) => {
  const t = times[i] ?? { engine: [], raw: [], endToEnd: [] };
  const engine = { median: median(t.engine), p95: percentile(t.engine, 0.95) };
  const raw = { median: median(t.raw) };
  return {
    question: q.question,
    area: q.area,
    engine,
    endToEnd: { median: median(t.endToEnd), p95: percentile(t.endToEnd, 0.95) },
    raw,
    ratio: engine.median / raw.median,
    mismatches: found.get(q.question) ?? [],
  };
});

// Twenty answers asked at once, as twenty people in a channel would: when does each arrive?
const burstQuestions = BENCH_QUESTIONS.slice(0, BURST);
const burstStart = performance.now();
const arrivals = await Promise.all(
  burstQuestions.map(async (q) => {
    await answerEndToEnd(app.engine, renderer, dimensionValues, q.question);
    return { question: q.question, ms: performance.now() - burstStart };
  }),
);
const burstWall = performance.now() - burstStart;
const burstAlone = rows.slice(0, BURST).reduce((a, r) => a + r.endToEnd.median, 0);
// The quickest question on its own, and how long it waited in the burst.
const quickest = rows.slice(0, BURST).reduce((a, r) => (r.endToEnd.median < a.endToEnd.median ? r : a));
const quickestInBurst = arrivals.find((a) => a.question === quickest.question)?.ms ?? 0;
lag.disable();

const worstLagMs = lag.max / 1e6;
const peakRssMb = process.resourceUsage().maxRSS / 1024;
await app.close();

console.log(`\n${markdownTable(rows)}\n`);
console.log(`worst event-loop lag: ${worstLagMs.toFixed(0)} ms; peak RSS: ${peakRssMb.toFixed(0)} MB`);
console.log(`${BURST} questions at once (end to end): ${(burstWall / 1000).toFixed(2)} s wall, against ${(burstAlone / 1000).toFixed(2)} s for the same one after the other (medians); the quickest, \`${quickest.question}\` (${quickest.endToEnd.median.toFixed(1)} ms alone), arrived after ${quickestInBurst.toFixed(0)} ms`);

const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const dir = join(packageRoot(), 'bench', 'results');
mkdirSync(dir, { recursive: true });
const file = join(dir, `${stamp}-${orders}.json`);
writeFileSync(
  file,
  `${JSON.stringify(
    {
      date: new Date().toISOString(),
      machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? null, node: process.version, platform: process.platform },
      db: dbPath,
      orders,
      customers: customerRows,
      generationSeconds,
      runs,
      questions: rows,
      sums: {
        engineMedianMs: rows.reduce((a, r) => a + r.engine.median, 0),
        endToEndMedianMs: rows.reduce((a, r) => a + r.endToEnd.median, 0),
        rawMedianMs: rows.reduce((a, r) => a + r.raw.median, 0),
      },
      worstEventLoopLagMs: worstLagMs,
      peakRssMb,
      burst: { questions: BURST, wallMs: burstWall, oneAfterTheOtherMs: burstAlone, arrivals },
      mismatchedQuestions: bad,
    },
    null,
    2,
  )}\n`,
);
console.log(`written ${file}`);
if (bad > 0) process.exitCode = 1;

