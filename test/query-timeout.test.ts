import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../engine/store/sqlite-store.js';
import type { Store } from '../engine/store/store.js';
import { loadCatalog, formatProblem } from '../engine/catalog/load-catalog.js';
import { createEngine } from '../engine/query/engine.js';
import { DEFAULT_WORKSPACE } from '../engine/config.js';
import { createBot } from '../bot/bot.js';
import { sqlSessionStore } from '../bot/session/sql-session-store.js';
import { seedSurveys } from './survey-seed.js';
import { loadConfig } from '../bot/config.js';
import { assembleBot } from '../bot/assemble-bot.js';
import { runKpibot } from './cli-harness.js';

const NOW = Date.parse('2026-11-22T10:00:00Z');
const Q1 = Date.parse('2026-01-01T00:00:00Z');

/** The survey seed and a million more NPS answers in 2026-Q1: NPS over them takes a few hundred ms, far past 10 ms. */
async function slowSurveys(file: string): Promise<Store> {
  const seeder = await openSqliteStore(file);
  await seedSurveys(seeder);
  await seeder.run(
    `INSERT INTO surveys (response_id, customer_id, answered_at, kind, score)
     WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 1000000)
     SELECT 'bulk' || x, 'A', ? + x * 7000, 'nps', x % 11 FROM c`,
    [Q1],
  );
  return seeder;
}

describe('a question past the time limit', () => {
  it('GIVEN a read that outlasts the limit THEN the bot answers store.timeout in the person\'s language, saves nothing, and answers the next question', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kpibot-timeout-'));
    const file = join(dir, 'k.db');
    const seeder = await slowSurveys(file);
    const store = await openSqliteStore(file, { queryTimeoutMs: 10 });
    // The catalog is checked on a store without the limit: only the question is meant to run out of time.
    const catalog = await loadCatalog({ dirs: [join(process.cwd(), 'queries')], store: seeder });
    if (!catalog.ok) throw new Error(catalog.error.map(formatProblem).join('\n'));
    const engine = createEngine({ store, catalog: catalog.value, workspace: DEFAULT_WORKSPACE, now: () => NOW });
    const sessions = sqlSessionStore(store);
    const bot = createBot({ engine, sessions, now: () => NOW, notebookDir: join(dir, 'nb') });

    const en = await bot.handle({ channel: 'c', user: 'ana', text: 'nps 2026-Q1' });
    expect(en.kind === 'error' && [en.code, en.message]).toEqual([
      'store.timeout',
      'That question took longer than 0.01 seconds, so it was stopped and nothing was saved. Ask for a shorter period or fewer breakdowns.',
    ]);
    const pt = await bot.handle({ channel: 'c', user: 'ana', text: 'nps 2026-Q1', language: 'pt' });
    expect(pt.kind === 'error' && pt.message).toMatch(/^Esta pergunta demorou mais de 0,01 segundos, por isso foi interrompida/);
    const ro = await bot.handle({ channel: 'c', user: 'ana', text: 'nps 2026-Q1', language: 'ro' });
    expect(ro.kind === 'error' && ro.message).toMatch(/^Întrebarea a durat mai mult de 0,01 secunde, așa că a fost oprită/);
    expect(await sessions.cells('c')).toEqual([]);

    // The interrupted connections answer the next question, one small enough for the limit.
    await seeder.run("DELETE FROM surveys WHERE response_id LIKE 'bulk%'");
    const after = await bot.handle({ channel: 'c', user: 'ana', text: 'nps 2026-Q1' });
    expect(after.kind === 'multi' && after.cell?.n).toBe(1);
    await store.close();
    await seeder.close();
  });

  it('GIVEN query_timeout_seconds in the config THEN the assembled bot holds its questions to it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kpibot-timeout-config-'));
    const file = join(dir, 'k.db');
    const seeder = await slowSurveys(file);
    await seeder.close();
    writeFileSync(join(dir, 'kpibot.config.yaml'), 'query_timeout_seconds: 0.01\n');
    const config = loadConfig({}, dir);
    if (!config.ok) throw new Error(config.error.join('\n'));
    expect(config.value.queryTimeoutSeconds).toBe(0.01);
    const assembled = await assembleBot({ dbPath: file, config: config.value, workspace: DEFAULT_WORKSPACE, now: () => NOW, cwd: dir });
    const reply = await assembled.bot.handle({ channel: 'c', user: 'ana', text: 'nps 2026-Q1' });
    expect(reply.kind === 'error' && reply.code).toBe('store.timeout');
    await assembled.close();

    // `kpibot ask` reads the same config: the same words, and a failure exit, not a stack trace.
    const asked = await runKpibot(['ask', 'nps 2026-Q1', '--db', file, '--now', '2026-11-22T10:00:00Z'], { cwd: dir });
    expect(asked.code).toBe(1);
    expect(asked.stderr.trim()).toBe(
      'That question took longer than 0.01 seconds, so it was stopped and nothing was saved. Ask for a shorter period or fewer breakdowns.',
    );
  });
});
