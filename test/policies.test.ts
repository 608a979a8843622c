import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../engine/store/sqlite-store.js';
import { loadCatalog, formatProblem } from '../engine/catalog/load-catalog.js';
import { createEngine } from '../engine/query/engine.js';
import { DEFAULT_WORKSPACE } from '../engine/config.js';
import { createBot, type Bot } from '../bot/bot.js';
import { sqlSessionStore } from '../bot/session/sql-session-store.js';
import { rateLimit } from '../bot/policy/rate-limit.js';
import { sqlRateLedger } from '../bot/policy/rate-ledger.js';
import { kpiAccess, type Restriction } from '../bot/policy/kpi-access.js';
import { loadConfig } from '../bot/config.js';
import type { Reply } from '../bot/reply/reply.js';

let clock = Date.parse('2026-11-22T10:00:00Z');

async function bot(restricted: Restriction[], limit: { questions: number; per: number }): Promise<Bot> {
  const dir = mkdtempSync(join(tmpdir(), 'kpibot-policy-'));
  const store = await openSqliteStore(join(dir, 'k.db'));
  const catalog = await loadCatalog({ dirs: [join(process.cwd(), 'queries')], store });
  if (!catalog.ok) throw new Error(catalog.error.map(formatProblem).join('\n'));
  const engine = createEngine({ store, catalog: catalog.value, workspace: DEFAULT_WORKSPACE, now: () => clock });
  return createBot({
    engine,
    sessions: sqlSessionStore(store),
    now: () => clock,
    notebookDir: join(dir, 'nb'),
    policies: [rateLimit(limit.questions, limit.per), kpiAccess(catalog.value, restricted)],
  });
}

const code = (r: Reply): string => (r.kind === 'error' ? r.code : 'answered');
const message = (r: Reply): string => (r.kind === 'error' ? r.message : '');

describe('policies', () => {
  it('GIVEN revenue and margins restricted to #finance THEN other channels are refused with where to ask, and derived KPIs too', async () => {
    const b = await bot([{ kpis: ['revenue', 'gross margin'], channels: ['finance', 'board'] }], { questions: 0, per: 60 });
    const refused = await b.handle({ channel: 'general', user: 'ana', text: 'revenue last-month' });
    expect(code(refused)).toBe('policy.kpi_restricted');
    expect(message(refused)).toBe('revenue is not shared in this channel. Ask in #finance, #board, or ask an admin to allow this one.');
    expect(code(await b.handle({ channel: 'finance', user: 'ana', text: 'revenue last-month' }))).toBe('answered');
    const clv = await b.handle({ channel: 'general', user: 'ana', text: 'clv last-quarter' });
    // clv reads arpu_annual, which reads revenue.
    expect(message(clv)).toBe(
      "clv is not shared in this channel: it reads sum(t.amount) of orders where t.status = 'completed', as revenue does, and revenue is restricted. Ask in #finance, #board, or ask an admin to allow this one.",
    );
    expect(code(await b.handle({ channel: 'general', user: 'ana', text: 'explain revenue' }))).toBe('policy.kpi_restricted');
    expect(code(await b.handle({ channel: 'general', user: 'ana', text: 'orders last-month' }))).toBe('answered');
    // A follow-up is judged as the question it becomes.
    expect(code(await b.handle({ channel: 'general', user: 'ana', text: 'by segment' }))).toBe('answered');
  });

  it('GIVEN three messages a minute THEN the fourth waits, whatever it is, and others are not held up', async () => {
    const b = await bot([], { questions: 3, per: 60 });
    for (let i = 0; i < 3; i++) {
      clock += 1000;
      expect(code(await b.handle({ channel: 'c', user: 'ana', text: 'orders' }))).toBe('answered');
    }
    clock += 1000;
    const fourth = await b.handle({ channel: 'c', user: 'ana', text: 'orders' });
    expect(code(fourth)).toBe('policy.rate_limited');
    // The first of the three was 3 s ago: it leaves the window in 57 s.
    expect(message(fourth)).toContain('Try again in 57 s');
    // Help, and lines that do not parse, count and wait like questions (issue 11: unreadable lines were never limited).
    expect(code(await b.handle({ channel: 'c', user: 'ana', text: 'help' }))).toBe('policy.rate_limited');
    expect(code(await b.handle({ channel: 'c', user: 'ana', text: 'blah blah' }))).toBe('policy.rate_limited');
    expect(code(await b.handle({ channel: 'c', user: 'bo', text: 'orders' }))).toBe('answered');
    clock += 60_000;
    expect(code(await b.handle({ channel: 'c', user: 'ana', text: 'orders' }))).toBe('answered');
  });

  it('GIVEN two bots on one database (two processes behind one Slack app) THEN a person is limited by both together', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kpibot-policy-'));
    const file = join(dir, 'k.db');
    const open = async (): Promise<{ bot: Bot; close: () => Promise<void> }> => {
      const store = await openSqliteStore(file);
      const catalog = await loadCatalog({ dirs: [join(process.cwd(), 'queries')], store });
      if (!catalog.ok) throw new Error(catalog.error.map(formatProblem).join('\n'));
      const engine = createEngine({ store, catalog: catalog.value, workspace: DEFAULT_WORKSPACE, now: () => clock });
      const policies = [rateLimit(3, 60, sqlRateLedger(store))];
      return { bot: createBot({ engine, sessions: sqlSessionStore(store), now: () => clock, notebookDir: join(dir, 'nb'), policies }), close: () => store.close() };
    };
    const a = await open();
    const b = await open();
    const ask = (bot: Bot) => bot.handle({ channel: 'c', user: 'dee', text: 'orders' });
    clock += 1000;
    expect(code(await ask(a.bot))).toBe('answered');
    clock += 1000;
    expect(code(await ask(b.bot))).toBe('answered');
    clock += 1000;
    expect(code(await ask(a.bot))).toBe('answered');
    clock += 1000;
    // The fourth in a minute, on the other process: refused there too; the first leaves the window in 57 s.
    const fourth = await ask(b.bot);
    expect([code(fourth), message(fourth)]).toEqual(['policy.rate_limited', 'You have asked 3 questions in the last 60 s, the most one person may. Try again in 57 s.']);
    clock += 57_000;
    expect(code(await ask(a.bot))).toBe('answered');
    await a.close();
    await b.close();
  });

  it('GIVEN lines that do not parse THEN each counts against the limit, and the one after them waits', async () => {
    const b = await bot([], { questions: 3, per: 60 });
    for (const text of ['blah', 'nps by nothing', 'x'.repeat(5000)]) {
      clock += 1000;
      expect(code(await b.handle({ channel: 'c', user: 'cy', text }))).not.toBe('policy.rate_limited');
    }
    clock += 1000;
    expect(code(await b.handle({ channel: 'c', user: 'cy', text: 'orders' }))).toBe('policy.rate_limited');
  });

  it('GIVEN a 40,000-character message THEN it is refused before it is parsed, quickly, with the limit', async () => {
    const b = await bot([], { questions: 0, per: 60 });
    const long = `nps ${'a'.repeat(40_000)}`;
    const reply = await b.handle({ channel: 'c', user: 'ana', text: long });
    expect(code(reply)).toBe('line.too_long');
    expect(message(reply)).toBe(
      'That message is 40004 characters long; a question is at most 1000. Ask for one KPI question at a time, e.g. `churn last-quarter by segment`.',
    );
    // 1,000 characters is still read (and refused for its unknown word, not its length).
    expect(code(await b.handle({ channel: 'c', user: 'ana', text: `nps ${'a'.repeat(996)}` }))).toBe('question.unread');
  });

  it('GIVEN a config file THEN its access rules load, and a wrong key is named with its path', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kpibot-config-'));
    writeFileSync(join(dir, 'kpibot.config.yaml'), [
      'timezone: Europe/Bucharest',
      'currency: RON',
      'access:',
      '  restricted:',
      '    - kpis: [revenue]',
      '      channels: [finance]',
      '  rate_limit: { questions: 10, per_seconds: 30 }',
    ].join('\n'));
    const ok = loadConfig({}, dir);
    expect(ok.ok && [ok.value.workspace.timezone, ok.value.workspace.currency, ok.value.policy.restricted, ok.value.policy.rate_limit]).toEqual([
      'Europe/Bucharest', 'RON', [{ kpis: ['revenue'], channels: ['finance'] }], { questions: 10, per_seconds: 30 },
    ]);
    writeFileSync(join(dir, 'kpibot.config.yaml'), 'timezone: Mars/Olympus\naccess:\n  restricted: [{ kpis: [revenue], chanels: [x] }]\n');
    const bad = loadConfig({}, dir);
    // One typo is one message: `chanels` names `channels`, so "channels is missing" is not said too.
    expect(bad.ok ? [] : bad.error.map((e) => e.replace(`${dir}/`, ''))).toEqual([
      'kpibot.config.yaml:1:11: timezone `Mars/Olympus`: not a known IANA time zone (e.g. UTC, Europe/Lisbon, America/Sao_Paulo)',
      'kpibot.config.yaml:3:35: unknown setting `chanels` under `access.restricted[0]`; did you mean `channels`?',
    ]);
  });
});
