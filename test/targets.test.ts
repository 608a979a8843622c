import { describe, expect, it } from 'vitest';
import { headlineOf, textOf, world, type World } from './digest-world.js';

const at = (iso: string): number => Date.parse(iso);

/** Completed orders of customer A (SMB), as `[id, day, amount]`. */
async function orders(w: World, rows: readonly [string, string, number][]): Promise<void> {
  for (const [id, day, amount] of rows) {
    await w.assembled.app.store.run("INSERT INTO orders (order_id, customer_id, ordered_at, amount, status) VALUES (?, 'A', ?, ?, 'completed')", [id, at(`${day}T12:00:00Z`), amount]);
  }
}

const contextOf = async (w: World, question: string): Promise<readonly string[]> => headlineOf(await w.say(question))?.context ?? [];

describe('workspace targets: target, targets, untarget', () => {
  it('GIVEN a target set, listed and removed THEN it is kept in bot_targets and the list follows it', async () => {
    const w = await world('2026-03-29T10:00:00Z');
    expect(textOf(await w.say('targets'))).toBe('This workspace has no targets. Try `target revenue >= 1200 month`.');
    const set = await w.say('target revenue >= $1,200 per month');
    expect(set.kind === 'text' && set.shared).toBe(true);
    expect(textOf(set)).toBe('Target set: Revenue (revenue) ≥ $1,200.00 per month. Every answer and digest of revenue now says whether it is on track; `untarget revenue` removes it.');
    // PT and RO words, answered in PT and RO; a KPI of several words; a second `target` replaces the first.
    expect(textOf(await w.say('meta taxa de churn no máximo 5'))).toBe(
      'Meta definida: Churn rate (churn_rate) ≤ 5,00% em qualquer período. Todas as respostas e resumos de churn_rate passam a dizer se a meta está a ser cumprida; `sem meta churn_rate` remove-a.',
    );
    expect(textOf(await w.say('tinta comenzi cel puțin 40 trimestru'))).toContain('Țintă stabilită: Orders (orders) ≥ 40 pe trimestru.');
    await w.say('target orders at least 50 quarter');
    expect(textOf(await w.say('targets'))).toBe(
      [
        'Targets of this workspace:',
        'Churn rate (churn_rate) ≤ 5.00% for any period; set by U1 on Mar 29, 2026',
        'Orders (orders) ≥ 50 per quarter; set by U1 on Mar 29, 2026',
        'Revenue (revenue) ≥ $1,200.00 per month; set by U1 on Mar 29, 2026',
      ].join('\n'),
    );
    expect(await w.assembled.app.store.all('SELECT kpi, op, value, grain, set_by, set_at FROM bot_targets WHERE kpi = ?', ['revenue'])).toEqual([
      { kpi: 'revenue', op: 'at-least', value: 1200, grain: 'month', set_by: 'U1', set_at: at('2026-03-29T10:00:00Z') },
    ]);
    expect(textOf(await w.say('țintă churn cel mult 4'))).toBe(
      'Țintă stabilită: Churn rate (churn_rate) ≤ 4,00\u00a0% pentru orice perioadă. Fiecare răspuns și rezumat pentru churn_rate arată acum dacă ținta este atinsă; `fără țintă churn_rate` o șterge.',
    );
    expect(textOf(await w.say('șterge țintă churn'))).toBe('Ținta pentru Churn rate a fost ștearsă.');
    expect(textOf(await w.say('target churn at most 5'))).toContain('≤ 5.00%');
    expect(textOf(await w.say('untarget revenue'))).toBe('Removed the target of Revenue.');
    expect(textOf(await w.say('untarget revenue'))).toBe('error: revenue has no workspace target. `targets` lists the ones set.');
    expect(textOf(await w.say('target revenue 1200'))).toContain('A target reads `target <kpi> <op> <value> [period]`');
    expect(textOf(await w.say('target revenue >= lots'))).toContain('A target reads');
    // Kept across a restart, like every bot table.
    await w.restart();
    expect(textOf(await w.say('targets'))).not.toContain('Revenue');
    expect(textOf(await w.say('targets'))).toContain('Orders (orders) ≥ 50 per quarter');
  });

  it('GIVEN managers THEN only they set or remove targets, and anyone lists them', async () => {
    const w = await world('2026-03-29T10:00:00Z', (c) => ({ ...c, policy: { ...c.policy, subscription_managers: ['U1'] } }));
    expect(textOf(await w.say('target revenue >= 1200', { user: 'U2' }))).toBe(
      'error: Only subscription managers may change the workspace’s targets. Ask one, or an admin to add you to `access.subscription_managers` in kpibot.config.yaml.',
    );
    expect(textOf(await w.say('target revenue >= 1200'))).toContain('Target set');
    expect(textOf(await w.say('untarget revenue', { user: 'U2' }))).toContain('Only subscription managers');
    expect(textOf(await w.say('targets', { user: 'U2' }))).toContain('Revenue (revenue) ≥ $1,200.00 for any period');
  });

  it('GIVEN revenue restricted to #finance THEN its target is listed there and not in other channels (its value says much of revenue)', async () => {
    const w = await world('2026-03-29T10:00:00Z', (c) => ({ ...c, policy: { ...c.policy, restricted: [{ kpis: ['revenue'], channels: ['finance'] }] } }));
    const finance = { channel: 'C7', channelName: 'finance' };
    expect(textOf(await w.say('target revenue >= 1200', finance))).toContain('Target set');
    // Outside #finance, setting it is refused like asking for revenue.
    expect(textOf(await w.say('target revenue >= 1000'))).toMatch(/^error: revenue is not shared in this channel/);
    await w.say('target orders at least 50');
    expect(textOf(await w.say('targets'))).toBe('Targets of this workspace:\nOrders (orders) ≥ 50 for any period; set by U1 on Mar 29, 2026');
    expect(textOf(await w.say('targets', finance))).toContain('Revenue (revenue) ≥ $1,200.00 for any period');
  });
});

describe('workspace targets in answers', () => {
  it('GIVEN targets on a sum, a count and a percentage THEN each answer says on or off track with the gap, in the op’s direction', async () => {
    // Monday 30 March: 2026-W13 has ended, so it is read whole.
    const w = await world('2026-03-30T10:00:00Z');
    // February: two completed orders, $800.00 and $443.20: revenue $1,243.20, 2 orders.
    await orders(w, [['o1', '2026-02-03', 800], ['o2', '2026-02-20', 443.2]]);
    await w.say('target revenue >= 1200');
    await w.say('target orders at least 5 month');
    // 2026-W13: 10, 9 and 3, so 2 of 3 answers recommend: 66.67%.
    await w.say('target recommendation_rate >= 70');
    expect(await contextOf(w, 'revenue 2026-02')).toContain('target ≥ $1,200.00: on track, +$43.20 above');
    expect(await contextOf(w, 'orders 2026-02')).toContain('target ≥ 5: off track: 3 short');
    expect(await contextOf(w, 'recommendation_rate 2026-W13')).toContain('target ≥ 70.00%: off track: 3.33 pp short');
    // At most 70%: 66.67% is under it, so on track, 3.33 pp below.
    await w.say('target recommendation_rate <= 70');
    expect(await contextOf(w, 'recommendation_rate 2026-W13')).toContain('target ≤ 70.00%: on track, −3.33 pp below');
    // The orders target is per month: a quarter's answer does not show it.
    expect((await contextOf(w, 'orders 2026-Q1')).some((l) => l.startsWith('target'))).toBe(false);
  });

  it('GIVEN a month read to date THEN a sum says its pace to the month’s end, and a ratio says nothing of pace', async () => {
    // 15 December 09:30: day 15 of 31. $600.00 so far, so $600 × 31 / 15 = $1,240.00 by 31 December (Dec 31 in en-US).
    const w = await world('2026-12-15T09:30:00Z');
    await orders(w, [['d1', '2026-12-03', 350], ['d2', '2026-12-14', 250], ['n1', '2026-11-20', 999]]);
    await w.say('target revenue >= 1200 month');
    const context = await contextOf(w, 'revenue this-month');
    expect(context).toContain('target ≥ $1,200.00: off track: $600.00 short so far');
    expect(context).toContain('on pace for $1,240.00 by Dec 31: on track');
    // At $1,300 the same pace falls short.
    await w.say('target revenue >= 1300 month');
    expect(await contextOf(w, 'revenue this-month')).toContain('on pace for $1,240.00 by Dec 31: off track');
    // A count projects to whole things: 2 orders in 15 days, 4 by the 31st (4.13).
    await w.say('target orders >= 5');
    expect(await contextOf(w, 'orders this-month')).toContain('on pace for 4 by Dec 31: off track');
    await w.say('target recommendation_rate >= 70');
    expect((await contextOf(w, 'recommendation_rate this-month')).some((l) => l.includes('pace'))).toBe(false);
  });
});

describe('workspace targets in digests', () => {
  it('GIVEN a workspace target THEN the digest shows it, and a subscription’s own target wins over it', async () => {
    const w = await world('2026-03-29T10:00:00Z');
    await w.say('target recommendation_rate >= 70');
    await w.say('subscribe recommendation_rate weekly on monday at 09:00 UTC');
    await w.say('subscribe recommendation_rate weekly on monday at 09:00 UTC target 60');
    w.clock.now = at('2026-03-30T09:00:05Z');
    await w.scheduler.tick();
    const [workspace, own] = w.sink.sent;
    // Last week, 2026-W13: 66.67% recommend.
    expect(headlineOf(workspace?.reply)?.context).toContain('target ≥ 70.00%: off track: 3.33 pp short');
    expect(headlineOf(own?.reply)?.context).toContain('target 60.00%: met');
    expect(headlineOf(own?.reply)?.context.some((l) => l.startsWith('target ≥'))).toBe(false);
  });
});
