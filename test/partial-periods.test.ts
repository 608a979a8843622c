import { voiceOf } from '../bot/i18n/voice.js';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../engine/store/sqlite-store.js';
import { loadCatalog, formatProblem } from '../engine/catalog/load-catalog.js';
import { createEngine, type Engine } from '../engine/query/engine.js';
import { DEFAULT_WORKSPACE, type Workspace } from '../engine/config.js';
import { readToDate, resolvePeriod } from '../engine/time/index.js';
import { createBot } from '../bot/bot.js';
import { sqlSessionStore } from '../bot/session/sql-session-store.js';
import type { Reply } from '../bot/reply/reply.js';
import type { Store } from '../engine/store/store.js';
import { runKpibot } from './cli-harness.js';
import { answerParts } from '../bot/reply/answer-reply.js';
import { chartSpec } from '../engine/chart/chart-spec.js';

/**
 * Completed orders (amount, instant). In December: 100 on the 1st, 50 on the 15th at 08:00, and
 * 70 on the 15th at 10:00. In November: 40 on the 1st, 20 on the 15th at 09:00, 30 on the 15th at
 * 11:00, and 500 on the 20th.
 */
const ORDERS: [number, string][] = [
  [100, '2026-12-01T12:00:00Z'],
  [50, '2026-12-15T08:00:00Z'],
  [70, '2026-12-15T10:00:00Z'],
  [40, '2026-11-01T12:00:00Z'],
  [20, '2026-11-15T09:00:00Z'],
  [30, '2026-11-15T11:00:00Z'],
  [500, '2026-11-20T12:00:00Z'],
];

async function seed(store: Store): Promise<void> {
  for (const [i, [amount, at]] of ORDERS.entries()) {
    await store.run("INSERT INTO orders (order_id, customer_id, ordered_at, amount, cost, status) VALUES (?, NULL, ?, ?, 0, 'completed')", [`o${i}`, Date.parse(at), amount]);
  }
}

async function world(nowIso: string, workspace: Partial<Workspace> = {}): Promise<{ engine: Engine; ask: (text: string) => Promise<Reply>; store: Store; file: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'kpibot-partial-'));
  const file = join(dir, 'k.db');
  const store = await openSqliteStore(file);
  const catalog = await loadCatalog({ dirs: [join(process.cwd(), 'queries')], store });
  if (!catalog.ok) throw new Error(catalog.error.map(formatProblem).join('\n'));
  const now = Date.parse(nowIso);
  const engine = createEngine({ store, catalog: catalog.value, workspace: { ...DEFAULT_WORKSPACE, ...workspace }, now: () => now });
  await seed(store);
  const bot = createBot({ engine, sessions: sqlSessionStore(store), now: () => now, notebookDir: join(dir, 'nb') });
  return { engine, store, file, ask: (text) => bot.handle({ channel: 'c', user: 'ana', text }) };
}

const headline = (r: Reply): Extract<Reply, { kind: 'headline' }> | undefined => {
  const parts = r.kind === 'multi' ? r.parts : [r];
  const h = parts.find((p) => p.kind === 'headline');
  return h?.kind === 'headline' ? h : undefined;
};
const table = (r: Reply): Extract<Reply, { kind: 'table' }> | undefined => {
  const parts = r.kind === 'multi' ? r.parts : [r];
  const t = parts.find((p) => p.kind === 'table');
  return t?.kind === 'table' ? t : undefined;
};

describe('a period that has not ended is read to date', () => {
  it('GIVEN 15 December at 09:30 THEN this month is 1-15 December up to now, against 1-15 November up to 09:30', async () => {
    const w = await world('2026-12-15T09:30:00Z');
    const r = await w.engine.ask({ metric: 'revenue', period: 'this-month', compare: 'previous' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    // 100 + 50; the 70 at 10:00 is after now. November to 15 Nov 09:30: 40 + 20 (not 30 at 11:00, not 500 on the 20th).
    expect(r.value.value).toBe(150);
    expect([r.value.period.start, r.value.period.end, r.value.period.asOf]).toEqual(['2026-12-01', '2026-12-16', '2026-12-15T09:30:00.000Z']);
    expect(r.value.compare?.value).toBe(60);
    expect([r.value.compare?.period.start, r.value.compare?.period.end, r.value.compare?.period.asOf]).toEqual(['2026-11-01', '2026-11-16', '2026-11-15T09:30:00.000Z']);
    const h = headline(await w.ask('revenue this month'));
    expect(h?.interpretation).toBe('this month to date (Dec 1 – 15, 2026 until 09:30, UTC)');
    expect(h?.delta?.against).toBe('vs previous 2026-11-01..2026-11-15 (Nov 1 – 15, 2026 until 09:30, UTC), the same span: $60.00');
    // An explicit other period is cut to the same span too.
    expect(headline(await w.ask('revenue this month vs 2026-11'))?.delta?.text).toBe('+$90.00, +150.0%');
    await w.store.close();
  });

  it('GIVEN a target for a month read to date THEN it is not met "so far", never plainly failed, in the reply and on the card', async () => {
    const w = await world('2026-12-15T09:30:00Z');
    const r = await w.engine.ask({ metric: 'revenue', period: 'this-month' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    // 150 of a 1,000 target, half-way through the month.
    const parts = answerParts(r.value, { voice: voiceOf('en', { currency: 'USD' }), target: 1000 });
    expect(parts[0]?.kind === 'headline' && parts[0].context[0]).toBe('target $1,000.00: not met so far');
    const card = chartSpec(r.value, { currency: 'USD', target: 1000 }) as { data?: { values: { text: string }[] } };
    expect((card.data?.values ?? []).map((l) => l.text)).toContain('target $1K: not met so far');
    await w.store.close();
  });

  it('GIVEN the first day of a month THEN this month is that day up to now, and by month its bucket says it has one day', async () => {
    const w = await world('2026-12-01T13:00:00Z');
    expect(headline(await w.ask('revenue this month'))?.value).toBe('$100.00');
    const byMonth = table(await w.ask('revenue by month 2026-11-01..2026-12-31'));
    expect(byMonth?.rows).toEqual([
      ['2026-11', '$590.00'],
      ['2026-12 (1 day)', '$100.00'],
    ]);
    await w.store.close();
  });

  it('GIVEN a week that starts before the period THEN its bucket is marked with the days it covers', async () => {
    const w = await world('2026-12-15T09:30:00Z');
    // last-30d on 15 December: 15 November to 14 December. ISO week 46 is 9-15 November: one day of it.
    const byWeek = table(await w.ask('revenue by week last-30d'));
    expect(byWeek?.rows[0]).toEqual(['2026-W46 (1 day)', '$50.00']);
    await w.store.close();
  });

  it('GIVEN the first day of a fiscal year THEN this year is that day to now, against the first day of the year before', async () => {
    const w = await world('2026-04-01T08:00:00Z', { fiscal_year_start: 4 });
    const r = await w.engine.ask({ metric: 'revenue', period: 'this-year', compare: 'previous' });
    expect(r.ok && [r.value.period.start, r.value.period.end, r.value.period.asOf]).toEqual(['2026-04-01', '2026-04-02', '2026-04-01T08:00:00.000Z']);
    expect(r.ok && [r.value.compare?.period.start, r.value.compare?.period.end, r.value.compare?.period.asOf]).toEqual(['2025-04-01', '2025-04-02', '2025-04-01T08:00:00.000Z']);
    await w.store.close();
  });

  it('GIVEN --now THEN rows dated after it do not count, even on the same day', async () => {
    const w = await world('2026-12-15T09:30:00Z');
    await w.store.close();
    const r = await runKpibot(['ask', 'revenue today', '--json', '--db', w.file, '--now', '2026-12-15T09:30:00Z'], { cwd: join(w.file, '..') });
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).value).toBe(50);
  });

  it('GIVEN any period that ended before now THEN reading to date leaves it exactly as it was', () => {
    const now = Date.parse('2026-12-15T09:30:00Z');
    const past = fc.oneof(
      fc.tuple(fc.integer({ min: 2015, max: 2025 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
      fc.tuple(fc.integer({ min: 2015, max: 2025 }), fc.integer({ min: 1, max: 4 })).map(([y, q]) => `${y}-Q${q}`),
      fc.integer({ min: 2015, max: 2025 }).map(String),
      fc.constantFrom('last-month', 'last-quarter', 'last-year', 'yesterday', 'last-week', 'last-30d', 'last-12m'),
    );
    fc.assert(
      fc.property(past, fc.constantFrom('UTC', 'Europe/Lisbon', 'Europe/Bucharest', 'America/Sao_Paulo'), (text, timezone) => {
        const p = resolvePeriod(text, { now, timezone, fiscalYearStart: 1 });
        expect(p.ok).toBe(true);
        if (p.ok) expect(readToDate(p.value, now)).toEqual(p.value);
      }),
      { numRuns: 300 },
    );
  });
});
