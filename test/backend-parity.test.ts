import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { generateDemo } from '../engine/demo/generate-demo.js';
import { loadCatalog, formatProblem } from '../engine/catalog/load-catalog.js';
import { createEngine, type Engine } from '../engine/query/engine.js';
import { DEFAULT_WORKSPACE } from '../engine/config.js';
import type { Catalog } from '../engine/catalog/catalog.js';
import type { Store } from '../engine/store/store.js';
import type { KpiResult, Query } from '../engine/query/query.js';
import { backends } from './backends.js';

/**
 * The golden sets prove each KPI's number by hand on a few rows; this proves the backends agree
 * on a larger, messier set: the same seeded demo data on SQLite and PostgreSQL, and every KPI
 * with a breakdown by month and by its first dimension. SQLite is the reference because the
 * golden suite holds it to the hand-worked values.
 */
const NOW = Date.parse('2026-06-15T12:00:00Z');
const [sqlite, postgres] = backends;
const skip = postgres?.skip;

describe.skipIf(skip !== undefined)(`the same demo data on SQLite and PostgreSQL${skip ? ` (skipped: ${skip})` : ''}`, () => {
  const opened: Store[] = [];
  let catalog: Catalog;
  let reference: Engine;
  let candidate: Engine;

  const open = async (backend: NonNullable<typeof sqlite>): Promise<{ engine: Engine; catalog: Catalog }> => {
    const store = await backend.open();
    opened.push(store);
    await generateDemo(store, { customers: 150, years: 2, seed: 7, now: NOW, timezone: 'Europe/Lisbon' });
    const loaded = await loadCatalog({ dirs: [join(process.cwd(), 'queries')], store });
    if (!loaded.ok) throw new Error(loaded.error.map(formatProblem).join('\n'));
    const workspace = { ...DEFAULT_WORKSPACE, timezone: 'Europe/Lisbon', support_cost_per_ticket: 4 };
    return { catalog: loaded.value, engine: createEngine({ store, catalog: loaded.value, workspace, now: () => NOW }) };
  };

  beforeAll(async () => {
    if (!sqlite || !postgres) throw new Error('both backends are listed');
    const [a, b] = await Promise.all([open(sqlite), open(postgres)]);
    ({ catalog, engine: reference } = a);
    candidate = b.engine;
  });
  afterAll(async () => {
    for (const s of opened) await s.close();
  });

  const ask = async (e: Engine, q: Query): Promise<KpiResult> => {
    const r = await e.ask(q);
    if (!r.ok) throw new Error(`${q.metric}: ${JSON.stringify(r.error)}`);
    return r.value;
  };

  /** Values and samples of an answer, groups in the order the engine lists them. */
  const numbersOf = (r: KpiResult): (number | string | null)[][] => [
    [r.value, r.sample, r.dataThrough ?? null, r.compare?.value ?? null],
    ...(r.groups ?? []).map((g) => [JSON.stringify(g.key), g.value, g.sample]),
  ];
  const expectSame = (got: KpiResult, want: KpiResult): void => {
    const a = numbersOf(got);
    const b = numbersOf(want);
    expect(a.length).toBe(b.length);
    a.forEach((row, i) =>
      row.forEach((v, j) => {
        const w = b[i]?.[j];
        // Sums of doubles in another order differ in their last bits: equal to 12 significant digits.
        if (typeof v === 'number' && typeof w === 'number') expect(Math.abs(v - w)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(w)));
        else expect(v).toEqual(w);
      }),
    );
  };

  it('GIVEN every KPI over the last full quarter vs the one before THEN both backends give the same numbers', async () => {
    // Agreement on empty tables would prove nothing.
    expect((await ask(reference, { metric: 'orders', period: '2026-Q1' })).value).toBeGreaterThan(100);
    for (const kpi of catalog.list()) {
      const q: Query = { metric: kpi.id, period: '2026-Q1', compare: 'previous' };
      expectSame(await ask(candidate, q), await ask(reference, q));
    }
  });

  it('GIVEN every KPI by month and by its first dimension THEN both backends give the same groups and numbers', async () => {
    for (const kpi of catalog.list()) {
      const queries: Query[] = [{ metric: kpi.id, period: '2025', by: ['month'] }];
      const dim = kpi.dimensions[0];
      if (dim) queries.push({ metric: kpi.id, period: '2026-H1', by: [dim] });
      for (const q of queries) expectSame(await ask(candidate, q), await ask(reference, q));
    }
  });
});
