import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../engine/store/sqlite-store.js';
import { loadCatalog, formatProblem } from '../engine/catalog/load-catalog.js';
import { createEngine } from '../engine/query/engine.js';
import { DEFAULT_WORKSPACE } from '../engine/config.js';
import { createBot, type Bot } from '../bot/bot.js';
import { sqlSessionStore } from '../bot/session/sql-session-store.js';
import type { Reply } from '../bot/reply/reply.js';
import type { Store } from '../engine/store/store.js';

const NOW = Date.parse('2026-04-10T10:00:00Z');

/**
 * Customers A (SMB) and B (Enterprise); NPS answers in 2026-Q1: A 10 and 9, B 3. By hand:
 * SMB +100 (2 promoters of 2), Enterprise -100 (1 detractor of 1), both (2 - 1) / 3 = +33.3.
 */
async function seed(store: Store): Promise<void> {
  await store.run("INSERT INTO customers (customer_id, segment, region, signup_at) VALUES ('A', 'SMB', 'Europe', 0), ('B', 'Enterprise', 'APAC', 0)");
  const answers: [string, string, number][] = [['A', '2026-01-10', 10], ['A', '2026-02-10', 9], ['B', '2026-03-10', 3]];
  for (const [i, [who, day, score]] of answers.entries()) {
    await store.run("INSERT INTO surveys (response_id, customer_id, answered_at, kind, score) VALUES (?, ?, ?, 'nps', ?)", [`r${i}`, who, Date.parse(`${day}T12:00:00Z`), score]);
  }
}

async function open(file: string): Promise<{ bot: Bot; store: Store }> {
  const store = await openSqliteStore(file);
  const catalog = await loadCatalog({ dirs: [join(process.cwd(), 'queries')], store });
  if (!catalog.ok) throw new Error(catalog.error.map(formatProblem).join('\n'));
  const engine = createEngine({ store, catalog: catalog.value, workspace: DEFAULT_WORKSPACE, now: () => NOW });
  return { bot: createBot({ engine, sessions: sqlSessionStore(store), now: () => NOW, notebookDir: join(file, '..', 'nb') }), store };
}

const headline = (r: Reply): Extract<Reply, { kind: 'headline' }> | undefined => {
  const parts = r.kind === 'multi' ? r.parts : [r];
  const h = parts.find((p) => p.kind === 'headline');
  return h?.kind === 'headline' ? h : undefined;
};
const ask = (bot: Bot, text: string): Promise<Reply> => bot.handle({ channel: 'c', user: 'ana', text });

describe('values from the data as filters', () => {
  it('GIVEN values in the data THEN a value typed on its own filters by it, in any case, and the answer says how it was read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kpibot-values-'));
    const { bot, store } = await open(join(dir, 'k.db'));
    await seed(store);
    const smb = headline(await ask(bot, 'what was the nps of smb customers in Q1?'));
    expect(smb?.value).toBe('+100.0');
    expect(smb?.interpretation).toContain('where segment = SMB');
    expect(smb?.context).toContain('read as `nps 2026-Q1 where segment=SMB`');
    expect(headline(await ask(bot, 'nps 2026-Q1 where segment=enterprise'))?.value).toBe('-100.0');
    // Both segments: (2 promoters - 1 detractor) / 3 answers.
    expect(headline(await ask(bot, 'nps în T1 pentru clienții SMB și Enterprise'))?.value).toBe('+33,3');
    await store.close();
  });

  it('GIVEN a value that is not in the data THEN the error lists the values there are, never a silent "no data"', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kpibot-values-'));
    const { bot, store } = await open(join(dir, 'k.db'));
    await seed(store);
    const r = await ask(bot, 'nps 2026-Q1 where segment=enterprize');
    expect(r.kind === 'error' && [r.code, r.message]).toEqual(['filter.value_unknown', 'There is no segment `enterprize` in the data: Enterprise, SMB.']);
    await store.close();
  });

  it('GIVEN a value an import adds after the bot started (another connection) THEN the next question that names it is understood', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kpibot-values-'));
    const file = join(dir, 'k.db');
    const { bot, store } = await open(file);
    await seed(store);
    expect(headline(await ask(bot, 'nps 2026-Q1 for smb customers'))?.value).toBe('+100.0');
    const importer = await openSqliteStore(file);
    await importer.run("INSERT INTO customers (customer_id, segment, signup_at) VALUES ('C', 'Mid-Market', 0)");
    await importer.run("INSERT INTO surveys (response_id, customer_id, answered_at, kind, score) VALUES ('r9', 'C', ?, 'nps', 8)", [Date.parse('2026-03-20T12:00:00Z')]);
    await importer.close();
    // One passive of one answer: 0.
    expect(headline(await ask(bot, 'nps 2026-Q1 for mid-market customers'))?.value).toBe('0.0');
    await store.close();
  });
});
