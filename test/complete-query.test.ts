import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../engine/store/sqlite-store.js';
import type { Store } from '../engine/store/store.js';
import { loadCatalog, formatProblem } from '../engine/catalog/load-catalog.js';
import { createEngine } from '../engine/query/engine.js';
import { DEFAULT_WORKSPACE } from '../engine/config.js';
import { createBot, type Bot } from '../bot/bot.js';
import { sqlSessionStore } from '../bot/session/sql-session-store.js';
import { MAX_CHOICES } from '../bot/complete-query.js';
import { seedSurveys } from './survey-seed.js';

const NOW = Date.parse('2026-11-22T10:00:00Z');

/** Autocomplete (Discord's) over a real catalog and the survey seed's values: segments SMB and Enterprise, regions Europe and APAC. */
describe('completing a half-typed question', () => {
  let store: Store;
  let bot: Bot;
  beforeAll(async () => {
    store = await openSqliteStore(join(mkdtempSync(join(tmpdir(), 'kpibot-complete-')), 'k.db'));
    await seedSurveys(store);
    const catalog = await loadCatalog({ dirs: [join(process.cwd(), 'queries')], store });
    if (!catalog.ok) throw new Error(catalog.error.map(formatProblem).join('\n'));
    const engine = createEngine({ store, catalog: catalog.value, workspace: DEFAULT_WORKSPACE, now: () => NOW });
    bot = createBot({ engine, sessions: sqlSessionStore(store), now: () => NOW, notebookDir: '/tmp' });
  });
  afterAll(() => store.close());

  it('GIVEN the start of a KPI THEN KPIs whose id, name or alias start so come first, named in the asker\'s language', async () => {
    const en = await bot.complete('chur');
    expect(en[0]).toEqual({ name: 'Churn rate (churn_rate)', value: 'churn_rate' });
    const pt = await bot.complete('chur', 'pt-BR');
    expect(pt[0]).toEqual({ name: 'Taxa de abandono (churn) (churn_rate)', value: 'churn_rate' });
  });

  it('GIVEN a KPI and a space THEN the rest of the language is offered, never more than Discord shows', async () => {
    const all = await bot.complete('nps ');
    expect(all.length).toBe(MAX_CHOICES);
    expect(all[0]).toEqual({ name: 'nps last-30d', value: 'nps last-30d' });
    expect((await bot.complete('complaints by ch')).map((c) => c.value)).toEqual(['complaints by channel']);
    expect((await bot.complete('nps vs l')).map((c) => c.value)).toEqual(['nps vs last-year']);
  });

  it('GIVEN a filter being typed THEN the values in the data complete it', async () => {
    expect((await bot.complete('nps where segment=s')).map((c) => c.value)).toEqual(['nps where segment=SMB']);
    expect((await bot.complete('nps where region=')).map((c) => c.value)).toEqual(['nps where region=APAC', 'nps where region=Europe']);
  });
});
