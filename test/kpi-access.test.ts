import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../engine/store/sqlite-store.js';
import { loadCatalog, formatProblem } from '../engine/catalog/load-catalog.js';
import { createEngine } from '../engine/query/engine.js';
import { DEFAULT_WORKSPACE } from '../engine/config.js';
import { createBot, type Bot } from '../bot/bot.js';
import { sqlSessionStore } from '../bot/session/sql-session-store.js';
import { kpiAccess, type Restriction } from '../bot/policy/kpi-access.js';
import type { Reply } from '../bot/reply/reply.js';
import type { Store } from '../engine/store/store.js';

const NOW = Date.parse('2026-04-10T10:00:00Z');

/** A workspace KPI file that says "revenue" its own way: no `t.`, upper case, extra parentheses and spaces. */
const OWN_REVENUE = `id: sales_total
name: Sales total
area: sales
unit: money
better: up
definition: The sum of completed order amounts, written by a workspace admin.
formula: sum(amount)
type: simple
measure:
  table: orders
  time: ordered_at
  select: SUM( amount )
  where: ( status='completed' )  AND cost >= 0
`;

/**
 * Three orders in 2026-Q1: 100 and 50 completed, 30 returned. By hand: revenue 150, orders 2,
 * average basket 75, so average basket × orders = 150 = revenue.
 */
async function seedOrders(store: Store): Promise<void> {
  const at = (iso: string): number => Date.parse(iso);
  for (const [id, when, amount, status] of [
    ['o1', '2026-01-10T12:00:00Z', 100, 'completed'],
    ['o2', '2026-02-10T12:00:00Z', 50, 'completed'],
    ['o3', '2026-03-10T12:00:00Z', 30, 'returned'],
  ] as const) {
    await store.run('INSERT INTO orders (order_id, customer_id, ordered_at, amount, cost, status) VALUES (?, ?, ?, ?, ?, ?)', [id, 'c1', at(when), amount, 10, status]);
  }
}

async function openBot(file: string, restricted: Restriction[]): Promise<{ bot: Bot; store: Store }> {
  const own = join(file, '..', 'kpis');
  mkdirSync(own, { recursive: true });
  writeFileSync(join(own, 'sales_total.yaml'), OWN_REVENUE);
  const store = await openSqliteStore(file);
  const catalog = await loadCatalog({ dirs: [join(process.cwd(), 'queries'), own], store });
  if (!catalog.ok) throw new Error(catalog.error.map(formatProblem).join('\n'));
  const engine = createEngine({ store, catalog: catalog.value, workspace: DEFAULT_WORKSPACE, now: () => NOW });
  const bot = createBot({ engine, sessions: sqlSessionStore(store), now: () => NOW, notebookDir: join(file, '..', 'nb'), policies: [kpiAccess(catalog.value, restricted)] });
  return { bot, store };
}

const code = (r: Reply): string => (r.kind === 'error' ? r.code : 'answered');
const message = (r: Reply): string => (r.kind === 'error' ? r.message : '');
const value = (r: Reply): string | undefined => {
  const parts = r.kind === 'multi' ? r.parts : [r];
  const h = parts.find((p) => p.kind === 'headline');
  return h?.kind === 'headline' ? h.value : undefined;
};
const ask = (bot: Bot, channel: string, text: string): Promise<Reply> => bot.handle({ channel, text, user: 'ana' });

describe('restrictions follow what a KPI reads', () => {
  const REVENUE_ONLY_IN_FINANCE = [{ kpis: ['revenue'], channels: ['finance'] }];

  it('GIVEN revenue restricted to #finance THEN every KPI that reads completed order amounts is refused elsewhere, the counts are not', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kpibot-access-'));
    const { bot, store } = await openBot(join(dir, 'k.db'), REVENUE_ONLY_IN_FINANCE);
    await seedOrders(store);
    const refused = ['revenue', 'average_basket', 'average_ticket', 'gross_profit', 'gross_margin', 'customer_profitability', 'arpu_annual', 'clv', 'sales_total'];
    for (const kpi of refused) expect([kpi, code(await ask(bot, 'general', `${kpi} 2026-Q1`))]).toEqual([kpi, 'policy.kpi_restricted']);
    for (const kpi of ['orders', 'buying_customers', 'return_rate', 'nps']) expect([kpi, code(await ask(bot, 'general', `${kpi} 2026-Q1`))]).toEqual([kpi, 'answered']);
    expect(message(await ask(bot, 'general', 'average_basket 2026-Q1'))).toBe(
      "average_basket is not shared in this channel: it reads sum(t.amount) of orders where t.status = 'completed', as revenue does, and revenue is restricted. Ask in #finance, or ask an admin to allow this one.",
    );
    // In #finance the parts do multiply back into revenue: that is why they are restricted together.
    expect(value(await ask(bot, 'finance', 'revenue 2026-Q1'))).toBe('$150.00');
    await ask(bot, 'finance', 'let ab = average_basket 2026-Q1');
    await ask(bot, 'finance', 'let o = orders 2026-Q1');
    expect(value(await ask(bot, 'finance', 'calc ab * o'))).toBe('150');
    await store.close();
  });

  it('GIVEN cells made before revenue was restricted THEN calc over them, directly or through an earlier calc, is refused; calc over counts is not', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kpibot-access-'));
    const file = join(dir, 'k.db');
    const before = await openBot(file, []);
    await seedOrders(before.store);
    await ask(before.bot, 'general', 'let ab = average_basket 2026-Q1'); // [1]
    await ask(before.bot, 'general', 'let o = orders 2026-Q1'); // [2]
    expect(value(await ask(before.bot, 'general', 'calc ab * 1'))).toBe('75'); // [3]
    await before.store.close();

    const after = await openBot(file, REVENUE_ONLY_IN_FINANCE);
    const direct = await ask(after.bot, 'general', 'calc ab * o');
    expect(code(direct)).toBe('policy.kpi_restricted');
    expect(message(direct)).toContain('average_basket is not shared in this channel');
    expect(code(await ask(after.bot, 'general', 'calc [3] * o'))).toBe('policy.kpi_restricted');
    expect(value(await ask(after.bot, 'general', 'calc o * 2'))).toBe('4');
    await after.store.close();
  });

  it('GIVEN a ratio restricted THEN its parts are restricted too, since either pair rebuilds it, and other channels of the rule are allowed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kpibot-access-'));
    const { bot, store } = await openBot(join(dir, 'k.db'), [{ kpis: ['gross margin'], channels: ['#finance', 'board'] }]);
    const revenue = await ask(bot, 'general', 'revenue 2026-Q1');
    expect(message(revenue)).toBe(
      "revenue is not shared in this channel: it reads sum(t.amount) of orders where t.status = 'completed', as gross_margin does, and gross_margin is restricted. Ask in #finance, #board, or ask an admin to allow this one.",
    );
    expect(code(await ask(bot, 'general', 'gross_profit 2026-Q1'))).toBe('policy.kpi_restricted');
    expect(code(await ask(bot, 'general', 'orders 2026-Q1'))).toBe('answered');
    expect(code(await ask(bot, 'board', 'revenue 2026-Q1'))).toBe('answered');
    await store.close();
  });

  it('GIVEN gross profit restricted (the README\'s way to keep margins but share revenue) THEN margins and profitability are refused, revenue is not', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kpibot-access-'));
    const { bot, store } = await openBot(join(dir, 'k.db'), [{ kpis: ['gross_profit'], channels: ['finance'] }]);
    for (const kpi of ['gross_profit', 'gross_margin', 'customer_profitability', 'clv']) {
      expect([kpi, code(await ask(bot, 'general', `${kpi} 2026-Q1`))]).toEqual([kpi, 'policy.kpi_restricted']);
    }
    for (const kpi of ['revenue', 'average_basket', 'orders']) expect([kpi, code(await ask(bot, 'general', `${kpi} 2026-Q1`))]).toEqual([kpi, 'answered']);
    await store.close();
  });
});
