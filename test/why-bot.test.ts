import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../engine/store/sqlite-store.js';
import { loadCatalog, formatProblem } from '../engine/catalog/load-catalog.js';
import { createEngine } from '../engine/query/engine.js';
import { DEFAULT_WORKSPACE } from '../engine/config.js';
import { createBot, type Bot } from '../bot/bot.js';
import { sqlSessionStore } from '../bot/session/sql-session-store.js';
import { parseCommand } from '../bot/language/parse-command.js';
import { resolvePeriod } from '../engine/time/index.js';
import { createChartRenderer } from '../engine/chart/chart-renderer.js';
import type { Reply } from '../bot/reply/reply.js';
import type { Store } from '../engine/store/store.js';
import { seedChurnMixShift, seedComplaintPair, seedComplaintsByChannel, seedSmallCsat } from './why-fixtures.js';

const NOW = Date.parse('2026-11-22T10:00:00Z');

async function openBot(file: string, notebookDir: string): Promise<{ bot: Bot; store: Store }> {
  const store = await openSqliteStore(file);
  const catalog = await loadCatalog({ dirs: [join(process.cwd(), 'queries')], store });
  if (!catalog.ok) throw new Error(catalog.error.map(formatProblem).join('\n'));
  const engine = createEngine({ store, catalog: catalog.value, workspace: DEFAULT_WORKSPACE, now: () => NOW });
  return { bot: createBot({ engine, sessions: sqlSessionStore(store), now: () => NOW, notebookDir, charts: async () => createChartRenderer() }), store };
}

async function fresh(seed: (s: Store) => Promise<void>): Promise<{ bot: Bot; store: Store; dir: string; file: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'kpibot-why-'));
  const file = join(dir, 'k.db');
  const { bot, store } = await openBot(file, join(dir, 'notebooks'));
  await seed(store);
  return { bot, store, dir, file };
}

const say = (text: string) => ({ channel: 'c', text, user: 'ana' });
type Part<K extends Reply['kind']> = Extract<Reply, { kind: K }>;
const part = <K extends Reply['kind']>(r: Reply, kind: K): Part<K> | undefined =>
  (r.kind === 'multi' ? r.parts.find((p) => p.kind === kind) : r.kind === kind ? r : undefined) as Part<K> | undefined;
const cellOf = (r: Reply): number | undefined => (r.kind === 'multi' ? r.cell?.n : undefined);

describe('why: the words', () => {
  const clock = { now: NOW, timezone: 'UTC', fiscalYearStart: 1 };
  const isPeriod = (w: string): boolean => {
    const r = resolvePeriod(w, clock);
    return r.ok || r.error.code === 'period.invalid';
  };
  const why = (rest: object = {}) => ({ kind: 'why', query: { kind: 'query', metrics: ['churn_rate'], period: 'last-month', ...rest } });

  it.each([
    ['why churn last-month', why()],
    ['/kpi why churn last-month', why()],
    ['why churn last-month vs last-year', why({ compare: 'last-year' })],
    ['why churn last-month by segment, region where plan=Pro', why({ by: ['segment', 'region'], filters: { plan: ['Pro'] } })],
    ['why did churn rise last month?', why()],
    ['porquê rotatividade mês-passado', why()],
    ['porque churn last-month', why()],
    ['por que o churn subiu no mês passado?', why()],
    ['Por quê churn last-month', why()],
    ['de ce churn luna-trecută', why()],
    ['de-ce churn last-month', why()],
    ['de ce a crescut churn-ul luna trecută?', why()],
    ['explain why churn last-month', { kind: 'explain-why', query: why().query }],
    ['why', { kind: 'why-followup', refinement: {} }],
    ['why by region', { kind: 'why-followup', refinement: { by: ['region'] } }],
  ])('GIVEN %j THEN it reads as %j', async (text, expected) => {
    const catalog = await loadCatalog({ dirs: [join(process.cwd(), 'queries')] });
    if (!catalog.ok) throw new Error('catalog');
    const line = text.replace(/^\/kpi\s+/, '');
    const r = parseCommand(line, { catalog: catalog.value, isPeriod, today: '2026-11-22' });
    expect(r.ok ? r.value : r.error).toEqual(expected);
  });

  it('GIVEN `explain why` with no question THEN it says what to type', async () => {
    const catalog = await loadCatalog({ dirs: [join(process.cwd(), 'queries')] });
    if (!catalog.ok) throw new Error('catalog');
    const r = parseCommand('explain why', { catalog: catalog.value, isPeriod });
    expect(r.ok ? 'ok' : r.error).toEqual({ code: 'command.expected', command: 'why' });
  });
});

describe('why: the answer is a notebook cell', () => {
  it('GIVEN complaints by channel THEN the headline gives the change and its dates, the table the groups, and the chart diverges from zero', async () => {
    const { bot, store } = await fresh(seedComplaintsByChannel);
    const r = await bot.handle(say('why complaints 2026-10'));
    expect(cellOf(r)).toBe(1);
    const head = part(r, 'headline');
    expect(head?.title).toBe('Customer complaints: what moved it');
    expect(head?.value).toBe('+30');
    expect(head?.interpretation).toBe('2026-10 (Oct 1 – 31, 2026, UTC)');
    expect(head?.delta).toEqual({ text: 'from 25 to 55', arrow: '↑', good: false, against: 'vs previous 2026-09 (Sep 1 – 30, 2026, UTC)' });
    // 25 → 55 is +30, all of it phone's; sqrt(80) = 8.94, 2 SE = 17.9 < 30.
    expect(head?.context).toEqual([
      'Customer complaints rose 30 vs 2026-09; phone (channel) accounts for +30 of it.',
      'more than the noise of the sample (±17.9 at 2 standard errors)',
      'sample 25 → 55',
      'read as `why complaints 2026-10`',
    ]);
    const table = part(r, 'table');
    expect(table?.columns.map((c) => c.label)).toEqual(['group', 'dimension', '2026-09', '2026-10', 'part of change']);
    expect(table?.rows).toEqual([
      ['phone', 'channel', '10', '40', '+30'],
      ['chat', 'channel', '5', '3', '−2'],
      ['social', 'channel', '0', '2', '+2'],
    ]);
    const chart = part(r, 'chart');
    const values = (chart?.spec['data'] as { values: { label: string; value: number; color: string }[] }).values;
    expect(values.map((v) => [v.label, v.value])).toEqual([['phone (channel)', 30], ['chat (channel)', -2], ['social (channel)', 2]]);
    // More complaints is bad news for complaints: red; fewer is green.
    expect(values.map((v) => v.color)).toEqual(['#c62828', '#2e7d32', '#c62828']);
    expect(chart?.alt).toBe('Customer complaints changed +30, 2026-10 vs 2026-09; largest parts: phone (channel) +30, chat (channel) −2, social (channel) +2.');
    await store.close();
  });

  it('GIVEN a why answer THEN calc reads its change, a follow-up is another why, `why` after a question explains it, and a restart keeps it', async () => {
    const { bot, store, dir, file } = await fresh(seedComplaintsByChannel);
    await bot.handle(say('why complaints 2026-10'));
    const calc = await bot.handle(say('calc [1] * 2'));
    expect(part(calc, 'headline')?.value).toBe('60');

    // `vs last-year` after a why: the same why against 2025-10 (no complaints then: 0 → 55).
    const lastYear = await bot.handle(say('vs last-year'));
    expect(part(lastYear, 'headline')?.title).toBe('Customer complaints: what moved it');
    expect(part(lastYear, 'headline')?.delta?.against).toBe('vs last year 2025-10 (Oct 1 – 31, 2025, UTC)');
    expect(part(lastYear, 'headline')?.value).toBe('+55');

    // A question by month, then `why`: the month breakdown is left out, the period compared with the one before.
    await bot.handle(say('complaints 2026-10 by week'));
    const asked = await bot.handle(say('why'));
    expect(part(asked, 'headline')?.value).toBe('+30');
    expect(part(asked, 'headline')?.context).toContain('read as `why complaints 2026-10`');
    const byChannel = await bot.handle(say('why by channel as table'));
    expect(part(byChannel, 'chart')).toBeUndefined();
    expect(part(byChannel, 'table')?.rows[0]).toEqual(['phone', 'channel', '10', '40', '+30']);
    await store.close();

    // The cells are in the database: after a restart the last why is still what a follow-up refines.
    const again = await openBot(file, join(dir, 'notebooks'));
    const after = await again.bot.handle(say('vs 2026-08'));
    expect(part(after, 'headline')?.title).toBe('Customer complaints: what moved it');
    expect(part(after, 'headline')?.delta?.against).toBe('vs 2026-08 (Aug 1 – 31, 2026, UTC)');
    const exported = await again.bot.handle(say('export'));
    const path = exported.kind === 'text' ? exported.text.match(/to (\S+\.md)/)?.[1] : undefined;
    const markdown = readFileSync(path ?? '', 'utf8');
    expect(markdown).toContain('**Customer complaints: what moved it**: **+30**');
    expect(markdown).toContain('| phone | channel | 10 | 40 | +30 |');
    await again.store.close();
  });

  it('GIVEN churn with a mix shift THEN the answer names SMB and its part is all mix, the rate and mix columns adding up to it', async () => {
    const { bot, store } = await fresh(seedChurnMixShift);
    const r = await bot.handle(say('why churn 2026-10 by segment'));
    const head = part(r, 'headline');
    expect(head?.value).toBe('+2.25 pp');
    expect(head?.delta?.text).toBe('from 6.00% to 8.25%');
    // Churn rose 2.25 pp, more than the noise (2 SE = 1.94 pp); SMB +2.5 pp is more than the change: Enterprise −0.25.
    expect(head?.context[0]).toBe('Churn rate rose 2.25 pp vs 2026-09; SMB (segment) moved it +2.50 pp, more than the whole change: other groups pulled the other way.');
    expect(head?.context[1]).toBe('more than the noise of the sample (±1.94 pp at 2 standard errors)');
    const table = part(r, 'table');
    expect(table?.columns.map((c) => c.label)).toEqual(['group', 'dimension', '2026-09', '2026-10', 'part of change', 'rate', 'mix']);
    expect(table?.rows).toEqual([
      ['SMB', 'segment', '10.00%', '10.00%', '+2.50 pp', '±0.00 pp', '+2.50 pp'],
      ['Enterprise', 'segment', '2.00%', '3.00%', '−0.25 pp', '+0.38 pp', '−0.63 pp'],
    ]);
    await store.close();
  });

  it('GIVEN `explain why` THEN each group’s numerator and denominator in each period, its weight, rate and mix, and the rules are shown', async () => {
    const { bot, store } = await fresh(seedChurnMixShift);
    const r = await bot.handle(say('explain why churn 2026-10 by segment'));
    expect(r.kind).toBe('text');
    const t = r.kind === 'text' ? r.text : '';
    expect(t).toContain('Value: 2026-09 6% (sample 1,000) → 2026-10 8.25% (sample 2,000); change +2.25 pp');
    expect(t).toContain('Totals: 2026-09 N / D = 60 / 1,000; 2026-10 N / D = 165 / 2,000; × 100');
    expect(t).toContain('SMB: 2026-09 50 / 500 = 10%, w 0.5; 2026-10 150 / 1,500 = 10%, w 0.75; rate ±0 pp + mix +2.5 pp = +2.5 pp');
    expect(t).toContain('Enterprise: 2026-09 10 / 500 = 2%, w 0.5; 2026-10 15 / 500 = 3%, w 0.25; rate +0.375 pp + mix −0.625 pp = −0.25 pp');
    expect(t).toContain('rate_g = (w_g0 + w_g1) / 2 × (r_g1 − r_g0)');
    expect(t).toMatch(/Noise: binomial .* SE 0\.9708 pp; within the noise when \|change\| < 2 × SE = 1\.9416 pp: it is not\./);
    expect(t).toMatch(/SQL \(\d+ statements/);
    // explain is not a cell.
    expect(cellOf(r)).toBeUndefined();
    await store.close();
  });

  it('GIVEN five CSAT answers a month THEN the answer says the fall is within the noise of a small sample', async () => {
    const { bot, store } = await fresh(seedSmallCsat);
    const head = part(await bot.handle(say('why csat 2026-10')), 'headline');
    expect(head?.value).toBe('−20.00 pp');
    expect(head?.context).toEqual([
      // No answer has a customer: there is no group to name (a line under the headline says so).
      'Customer satisfaction rate fell 20.00 pp vs 2026-09, within the noise of the sample.',
      // 2 × 28.28 = 56.57 pp.
      'noise of the sample: ±56.57 pp at 2 standard errors, more than the change',
      'sample 5 → 5',
      'small sample: read with care',
      'read as `why csat 2026-10`',
    ]);
    await store.close();
  });

  it('GIVEN complaints concentrated in SMB in Europe THEN the sentence names SMB and where in it', async () => {
    const { bot, store } = await fresh(seedComplaintPair);
    const r = await bot.handle(say('why complaints 2026-10'));
    expect(part(r, 'headline')?.context[0]).toBe('Customer complaints rose 12 vs 2026-09; SMB (segment) accounts for +11 of it (+10 of that in Europe).');
    expect(part(r, 'table')?.rows.map((row) => row.slice(0, 2))).toEqual([
      ['SMB', 'segment'],
      ['Europe', 'region'],
      ['SMB in Europe', 'segment × region'],
      ['Enterprise', 'segment'],
      ['APAC', 'region'],
    ]);
    await store.close();
  });

  it('GIVEN a formula KPI THEN the answer says it does not split and shows each group’s own change', async () => {
    const { bot, store } = await fresh(async (s) => {
      // Two customers active all year; orders of 100 (A) and 200 (B) in September, 300 and 200 in October.
      await s.run("INSERT INTO customers (customer_id, acquisition_channel, signup_at) VALUES ('A', 'email', 0), ('B', 'organic', 0)");
      const orders: [string, string, string, number][] = [['1', 'A', '2026-09-10', 100], ['2', 'B', '2026-09-11', 200], ['3', 'A', '2026-10-10', 300], ['4', 'B', '2026-10-11', 200]];
      for (const [id, c, day, amount] of orders) await s.run("INSERT INTO orders (order_id, customer_id, ordered_at, amount, status) VALUES (?, ?, ?, ?, 'completed')", [id, c, Date.parse(`${day}T12:00:00Z`), amount]);
    });
    const r = await bot.handle(say('why arpu 2026-10'));
    expect(part(r, 'headline')?.context[0]).toMatch(/^Annual revenue per customer rose .* vs 2026-09\. It is a formula of other KPIs \(.*\), so its change does not split exactly by group/);
    expect(part(r, 'table')?.columns.at(-1)?.label).toBe('its own change');
    // A: 100 → 300 over one customer, ×365/30 then ×365/31: its own change is the larger one.
    expect(part(r, 'table')?.rows.map((row) => row[0])).toEqual(['email', 'organic']);
    await store.close();
  });

  it('GIVEN share of voice THEN the answer says its brands are shares of one whole, and a month to date is compared with the same span', async () => {
    const { bot, store } = await fresh(async (s) => {
      const rows: [string, string, number, number][] = [['2026-10-10', 'Acme', 40, 1], ['2026-10-10', 'Rival', 60, 0], ['2026-11-10', 'Acme', 50, 1], ['2026-11-10', 'Rival', 50, 0]];
      for (const r of rows) await s.run('INSERT INTO mentions (day, brand, mentions, own) VALUES (?, ?, ?, ?)', r);
    });
    const r = await bot.handle(say('why share of voice this-month'));
    expect(part(r, 'headline')?.value).toBe('+10.00 pp');
    expect(part(r, 'headline')?.interpretation).toBe('this month to date (Nov 1 – 22, 2026 until 10:00, UTC)');
    expect(part(r, 'headline')?.delta?.against).toBe('vs previous 2026-10-01..2026-10-22 (Oct 1 – 22, 2026 until 10:00, UTC), the same span');
    expect(part(r, 'text')?.text).toBe("By brand, Online share of voice gives each group's own share of one whole, not a part of the total, so its change does not split that way.");
    await store.close();
  });

  it.each([
    ['why churn, nps last-month', 'why.one_kpi', '`why` explains one KPI at a time (got churn_rate, nps). Ask, e.g., `why churn_rate last-month`.'],
    ['why churn last-12m by month', 'why.time_breakdown', '`why` explains the change from one period to another, so it takes no breakdown by month. Name the period instead, e.g. `why churn 2026-03 vs 2026-02`.'],
    ['why churn last-month vs none', 'why.no_comparison', '`why` explains a change, so it needs a period to compare with: leave out `vs none` (the period before is the default), or say `vs last-year` or `vs 2025-Q4`.'],
    ['why nps last-month', 'why.no_value', 'Net Promoter Score has no value in 2026-09, so there is no change to explain. Try other periods, e.g. `vs last-year`.'],
    ['why churn by category', 'dimension.not_allowed', undefined],
  ])('GIVEN %j THEN the error is %s', async (text, code, message) => {
    const { bot, store } = await fresh(async () => {});
    const r = await bot.handle(say(text));
    expect(r.kind === 'error' && r.code).toBe(code);
    if (message) expect(r.kind === 'error' && r.message).toBe(message);
    await store.close();
  });

  it('GIVEN the chart THEN it renders: bars either side of zero, each value label beyond its bar, in the canvas', async () => {
    const { bot, store, dir } = await fresh(seedComplaintsByChannel);
    const spec = part(await bot.handle(say('why complaints 2026-10')), 'chart')?.spec;
    expect(spec).toBeDefined();
    const png = await createChartRenderer().render(spec ?? {});
    writeFileSync(join(dir, 'why.png'), png.png);
    expect(png.png.subarray(1, 4).toString('latin1')).toBe('PNG');
    const box = (s: string) => {
      const found = png.texts.find((t) => t.text === s);
      expect(found, s).toBeDefined();
      return found ?? { x1: NaN, x2: NaN, y1: NaN, y2: NaN, text: s };
    };
    for (const label of ['Customer complaints: what moved it', 'phone (channel)', 'chat (channel)', 'social (channel)']) box(label);
    // The axis tick `0` sits on the zero line: phone's +30 is labelled to its right, chat's −2 to its left.
    const zero = box('0');
    const middle = (zero.x1 + zero.x2) / 2;
    expect(box('+30').x1).toBeGreaterThan(middle);
    expect(box('+2').x1).toBeGreaterThan(middle);
    expect(box('−2').x2).toBeLessThan(middle);
    // chat's label stays clear of the group names on the left.
    expect(box('−2').x1).toBeGreaterThan(box('chat (channel)').x2);
    for (const t of png.texts) {
      expect(t.x1, t.text).toBeGreaterThanOrEqual(0);
      expect(t.x2, t.text).toBeLessThanOrEqual(png.canvas.width);
      expect(t.y2, t.text).toBeLessThanOrEqual(png.canvas.height);
    }
    await store.close();
  });
});
