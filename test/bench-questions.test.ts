import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openApp, type App } from '../bot/app.js';
import { ask } from '../bot/ask.js';
import { DEFAULT_WORKSPACE } from '../engine/config.js';
import { generateDemo } from '../engine/demo/generate-demo.js';
import { openSqliteStore } from '../engine/store/sqlite-store.js';
import { BENCH_NOW, BENCH_QUESTIONS } from '../bench/bench-questions.js';
import { engineRows, mismatches, type ValueRow } from '../bench/compare-results.js';

// The benchmark's ratio engine / raw SQL means something only while the raw SQL computes the
// engine's numbers: this keeps the two from drifting apart when a KPI or the engine changes.
let dir: string;
let app: App;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kpibot-bench-questions-'));
  const path = join(dir, 'demo.db');
  const store = await openSqliteStore(path);
  await generateDemo(store, { customers: 300, now: BENCH_NOW, timezone: 'UTC' });
  await store.close();
  app = await openApp({ dbPath: path, workspace: DEFAULT_WORKSPACE, kpiDirs: [], now: () => BENCH_NOW });
});
afterAll(async () => {
  await app.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the benchmark questions', () => {
  it('GIVEN the mix THEN it has at least 25 questions over every area', () => {
    expect(BENCH_QUESTIONS.length).toBeGreaterThanOrEqual(25);
    expect(new Set(BENCH_QUESTIONS.map((q) => q.area))).toEqual(new Set(['customers', 'sales', 'satisfaction', 'service', 'market']));
  });

  it.each(BENCH_QUESTIONS.map((q) => [q.question, q] as const))('GIVEN `%s` THEN the hand-written SQL gives the engine\'s numbers', async (_, q) => {
    const r = await ask(app.engine, q.question);
    if (!r.ok) throw new Error(`${q.question}: ${r.error.code}`);
    const raw = await app.store.all<ValueRow>(q.sql);
    // Every number the engine gives, the whole and its comparison at least, has a row in the raw SQL.
    expect(raw.length).toBeGreaterThanOrEqual(r.value.compare ? 2 : 1);
    expect(mismatches(engineRows(r.value), raw)).toEqual([]);
  });

  it('GIVEN a raw result one part in a million off, or missing a group THEN the check says so', () => {
    const engine: ValueRow[] = [{ p: 'cur', k: '*', v: 100 }, { p: 'cur', k: 'SMB', v: 40 }, { p: 'cur', k: 'Empty', v: 0 }];
    expect(mismatches(engine, [{ p: 'cur', k: '*', v: 100 + 1e-10 }, { p: 'cur', k: 'SMB', v: 40 }])).toEqual([]);
    expect(mismatches(engine, [{ p: 'cur', k: '*', v: 100.0001 }, { p: 'cur', k: 'SMB', v: 40 }])).toHaveLength(1);
    expect(mismatches(engine, [{ p: 'cur', k: '*', v: 100 }])).toEqual(['cur SMB: engine 40, raw SQL no row']);
  });
});
