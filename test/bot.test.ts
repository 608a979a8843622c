import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../engine/store/sqlite-store.js';
import { loadCatalog, formatProblem } from '../engine/catalog/load-catalog.js';
import { createEngine } from '../engine/query/engine.js';
import { DEFAULT_WORKSPACE, type Workspace } from '../engine/config.js';
import { createBot, type Bot } from '../bot/bot.js';
import { sqlSessionStore } from '../bot/session/sql-session-store.js';
import { createChartRenderer } from '../engine/chart/chart-renderer.js';
import type { Reply } from '../bot/reply/reply.js';
import type { Inbound } from '../bot/policy/turn.js';
import { seedSurveys as seed } from './survey-seed.js';
import type { Store } from '../engine/store/store.js';

const NOW = Date.parse('2026-11-22T10:00:00Z');

/** A bot over a real SQLite file; opening the same file again is a restart. */
async function openBot(file: string, notebookDir: string, withCharts = false, workspace: Partial<Workspace> = {}): Promise<{ bot: Bot; store: Store }> {
  const store = await openSqliteStore(file);
  const catalog = await loadCatalog({ dirs: [join(process.cwd(), 'queries')], store });
  if (!catalog.ok) throw new Error(catalog.error.map(formatProblem).join('\n'));
  const engine = createEngine({ store, catalog: catalog.value, workspace: { ...DEFAULT_WORKSPACE, ...workspace }, now: () => NOW });
  const charts = withCharts ? { charts: async () => createChartRenderer() } : {};
  return { bot: createBot({ engine, sessions: sqlSessionStore(store), now: () => NOW, notebookDir, ...charts }), store };
}

const say = (channel: string, text: string): Inbound => ({ channel, text, user: 'ana' });
const cellOf = (r: Reply): number | undefined => (r.kind === 'multi' ? r.cell?.n : undefined);
const headline = (r: Reply): Extract<Reply, { kind: 'headline' }> | undefined =>
  r.kind === 'multi' ? (r.parts.find((p) => p.kind === 'headline') as Extract<Reply, { kind: 'headline' }> | undefined) : r.kind === 'headline' ? r : undefined;
const kinds = (r: Reply): string[] => (r.kind === 'multi' ? r.parts.map((p) => p.kind) : [r.kind]);

describe('notebook sessions', () => {
  it('GIVEN a question and follow-ups THEN each is a numbered cell that refines the one before', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kpibot-bot-'));
    const { bot, store } = await openBot(join(dir, 'k.db'), join(dir, 'notebooks'));
    await seed(store);
    const first = await bot.handle(say('s1', 'nps 2026-Q1'));
    expect(cellOf(first)).toBe(1);
    expect(headline(first)?.value).toBe('+50.0');
    expect(headline(first)?.interpretation).toBe('2026-Q1 (Jan 1 – Mar 31, 2026, UTC)');

    const bySegment = await bot.handle(say('s1', 'by segment'));
    expect(cellOf(bySegment)).toBe(2);
    expect(kinds(bySegment)).toEqual(['headline', 'table', 'chart']);
    const table = bySegment.kind === 'multi' ? bySegment.parts.find((p) => p.kind === 'table') : undefined;
    // SMB: 10, 10, 9 -> 100. Enterprise: 6 -> -100. Both from fewer than NPS's 30 answers: starred.
    expect(table?.kind === 'table' && table.rows).toEqual([['SMB', '+100.0 *'], ['Enterprise', '-100.0 *']]);
    expect(table?.kind === 'table' && table.note).toBe('* small sample: read with care');

    const vs = await bot.handle(say('s1', 'vs previous'));
    expect(headline(vs)?.delta?.against).toContain('2025-Q4');
    expect(kinds(vs)).toContain('table');

    const asTable = await bot.handle(say('s1', 'as table'));
    expect(kinds(asTable)).toEqual(['headline', 'table']);
    // `top 1` cuts the chart's bars as well as the table's rows.
    const top = await bot.handle(say('s1', 'recommendation_rate 2026-Q1 by segment top 1'));
    const topChart = top.kind === 'multi' ? top.parts.find((p) => p.kind === 'chart') : undefined;
    expect(topChart?.kind === 'chart' && (topChart.spec['data'] as { values: unknown[] }).values).toHaveLength(1);
    const other = await bot.handle(say('s2', 'nps 2026-Q2'));
    expect(cellOf(other)).toBe(1);
    await store.close();
  });

  it('GIVEN no `vs` THEN an answer is compared with the period before, but not a time series, an empty earlier period, or `vs none`', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kpibot-bot-'));
    const { bot, store } = await openBot(join(dir, 'k.db'), join(dir, 'notebooks'));
    await seed(store);
    // 2026-Q2 scored 0 and 2026-Q1 50: down 50 points, bad news for NPS.
    const q2 = headline(await bot.handle(say('c', 'nps 2026-Q2')));
    expect(q2?.delta).toEqual({ text: '−50.0 pts', arrow: '↓', good: false, against: 'vs previous 2026-Q1 (Jan 1 – Mar 31, 2026, UTC): +50.0' });

    // By segment: SMB answered 9 and 5 (0) after 100 in Q1; Enterprise 5 and 10 (0) after -100.
    const bySegment = await bot.handle(say('c', 'by segment'));
    const table = bySegment.kind === 'multi' ? bySegment.parts.find((p) => p.kind === 'table') : undefined;
    expect(table?.kind === 'table' && table.columns.map((c) => c.label)).toEqual(['segment', 'Net Promoter Score', 'change']);
    expect(table?.kind === 'table' && table.rows).toEqual([['Enterprise', '0.0 *', '+100.0 pts'], ['SMB', '0.0 *', '−100.0 pts']]);

    // A breakdown by month is its own trend: no comparison, no change column.
    const byMonth = await bot.handle(say('c', 'nps 2026-Q2 by month'));
    expect(headline(byMonth)?.delta).toBeUndefined();
    const monthTable = byMonth.kind === 'multi' ? byMonth.parts.find((p) => p.kind === 'table') : undefined;
    expect(monthTable?.kind === 'table' && monthTable.columns).toHaveLength(2);

    expect(headline(await bot.handle(say('c', 'nps 2026-Q2 vs none')))?.delta).toBeUndefined();
    // 2025-Q4 has no answers: said when asked for, left out when not.
    expect(headline(await bot.handle(say('c', 'nps 2026-Q1')))?.delta).toBeUndefined();
    expect(headline(await bot.handle(say('c', 'nps 2026-Q1 vs previous')))?.delta?.text).toBe('no data');
    // One $100 order in 2026-Q2 and none before: revenue was $0.00 from no orders, which is not a comparison.
    await store.run("INSERT INTO orders (order_id, customer_id, ordered_at, amount, cost, status) VALUES ('o1', 'A', ?, 100, 0, 'completed')", [Date.parse('2026-05-05T12:00:00Z')]);
    expect(headline(await bot.handle(say('c', 'revenue 2026-Q2')))?.delta).toBeUndefined();
    expect(headline(await bot.handle(say('c', 'revenue 2026-Q2 vs previous')))?.delta?.text).toBe('+$100.00');
    await store.close();
  });

  it('GIVEN default_compare in the workspace THEN questions without `vs` follow it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kpibot-bot-'));
    const none = await openBot(join(dir, 'none.db'), join(dir, 'notebooks'), false, { default_compare: 'none' });
    await seed(none.store);
    expect(headline(await none.bot.handle(say('c', 'nps 2026-Q2')))?.delta).toBeUndefined();
    await none.store.close();

    const lastYear = await openBot(join(dir, 'ly.db'), join(dir, 'notebooks'), false, { default_compare: 'last-year' });
    await seed(lastYear.store);
    // One promoter in May 2025 makes 2025-Q2 +100; 2026-Q2 is 0.
    await lastYear.store.run("INSERT INTO surveys (response_id, customer_id, answered_at, kind, score) VALUES ('ly', 'A', ?, 'nps', 10)", [Date.parse('2025-05-01T12:00:00Z')]);
    expect(headline(await lastYear.bot.handle(say('c', 'nps 2026-Q2')))?.delta).toEqual({
      text: '−100.0 pts',
      arrow: '↓',
      good: false,
      against: 'vs last year 2025-Q2 (Apr 1 – Jun 30, 2025, UTC): +100.0',
    });
    await lastYear.store.close();
  });

  it('GIVEN a single number THEN its card carries a sparkline of the periods before it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kpibot-bot-'));
    const { bot, store } = await openBot(join(dir, 'k.db'), join(dir, 'notebooks'));
    await seed(store);
    const r = await bot.handle(say('s', 'nps 2026-Q2'));
    const chart = r.kind === 'multi' ? r.parts.find((p) => p.kind === 'chart') : undefined;
    const views = chart?.kind === 'chart' ? (chart.spec['hconcat'] as { data: { values: { label: string; value: number }[] } }[]) : [];
    // Quarters before 2026-Q1 have no answers and drop out: Q1 scored 50, Q2 0.
    expect(views[1]?.data.values.map((v) => [v.label, v.value])).toEqual([['2026-Q1', 50], ['2026-Q2', 0]]);
    expect(chart?.kind === 'chart' && chart.alt).toBe('Net Promoter Score 2026-Q2: 0.0, down over the last 2 periods.');
    await store.close();
  });

  it('GIVEN named cells THEN calc combines them by name and by number', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kpibot-bot-'));
    const { bot, store } = await openBot(join(dir, 'k.db'), join(dir, 'notebooks'));
    await seed(store);
    const q1 = await bot.handle(say('s', 'let q1 = nps 2026-Q1'));
    expect(q1.kind === 'multi' && q1.cell).toEqual({ n: 1, name: 'q1', query: { kind: 'query', metrics: ['nps'], period: '2026-Q1' } });
    await bot.handle(say('s', 'let q2 = nps 2026-Q2'));
    expect(headline(await bot.handle(say('s', 'calc q2 - q1')))?.value).toBe('-50');
    // [1] = 50, [3] = -50 (the calc above): 50 / -50 - 1 = -2.
    expect(headline(await bot.handle(say('s', 'calc [1] / [3] - 1')))?.value).toBe('-2');
    const bad = await bot.handle(say('s', 'calc q3 * 2'));
    expect(bad.kind === 'error' && bad.code).toBe('calc.invalid');
    await store.close();
  });

  it('GIVEN names typed in any case THEN calc reads the same cell and echoes its name; cell_N names and unknown names are refused', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kpibot-bot-'));
    const { bot, store } = await openBot(join(dir, 'k.db'), join(dir, 'notebooks'));
    await seed(store);
    // nps 2026-Q1 = 50 and 2026-Q2 = -50 in the survey seed (see the test above).
    await bot.handle(say('s', 'let Q1 = nps 2026-Q1')); // [1]
    const upper = headline(await bot.handle(say('s', 'calc Q1 + 0')));
    expect([upper?.value, upper?.interpretation]).toEqual(['50', 'q1 = 50']);
    const taken = await bot.handle(say('s', 'let cell_1 = nps 2026-Q2'));
    expect(taken.kind === 'error' && [taken.code, taken.message]).toEqual([
      'let.cell_number',
      '`cell_1` is how calc names a numbered cell ([1]); pick another name for the cell.',
    ]);
    // [1] is still the first cell: 50 + 50.
    expect(headline(await bot.handle(say('s', 'calc [1] + q1')))?.value).toBe('100');
    const unknown = await bot.handle(say('s', 'calc Q9 + 1'));
    expect(unknown.kind === 'error' && unknown.code).toBe('calc.invalid');
    await store.close();
  });

  it('GIVEN a restart THEN the session goes on: follow-ups refine the last cell and numbering continues', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kpibot-bot-'));
    const file = join(dir, 'k.db');
    const before = await openBot(file, join(dir, 'notebooks'));
    await seed(before.store);
    await before.bot.handle(say('console', 'let q1 = nps 2026-Q1'));
    await before.bot.handle(say('console', 'nps 2026-Q2'));
    await before.store.close();

    const after = await openBot(file, join(dir, 'notebooks'));
    const followup = await after.bot.handle(say('console', 'by region'));
    expect(cellOf(followup)).toBe(3);
    expect(headline(followup)?.interpretation).toContain('2026-Q2');
    expect(headline(await after.bot.handle(say('console', 'calc q1 + 1')))?.value).toBe('51');
    await after.store.close();
  });

  it('GIVEN a session THEN export writes a Markdown notebook with each cell and the chart specs beside it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kpibot-bot-'));
    const { bot, store } = await openBot(join(dir, 'k.db'), join(dir, 'notebooks'));
    await seed(store);
    await bot.handle(say('s:1', 'nps 2026-Q1 by segment'));
    await bot.handle(say('s:1', 'calc [1] * 2'));
    const r = await bot.handle(say('s:1', 'export'));
    expect(r.kind === 'text' && r.text).toContain('2 cell(s)');
    const md = readFileSync(join(dir, 'notebooks', 's-1.md'), 'utf8');
    expect(md).toContain('## [1]: `nps 2026-Q1 by segment`');
    expect(md).toContain('| SMB | +100.0 * |');
    expect(md).toContain('## [2]: `calc [1] * 2`');
    expect(existsSync(join(dir, 'notebooks', 's-1-cell1.vl.json'))).toBe(true);
    expect(md).toContain('Chart: [s-1-cell1.vl.json](s-1-cell1.vl.json)');
    await store.close();
  });

  it('GIVEN a chart renderer THEN the exported notebook shows each chart as a PNG beside it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kpibot-bot-'));
    const { bot, store } = await openBot(join(dir, 'k.db'), join(dir, 'notebooks'), true);
    await seed(store);
    await bot.handle(say('team', 'nps 2026-Q1 by segment'));
    await bot.handle(say('team', 'export'));
    const md = readFileSync(join(dir, 'notebooks', 'team.md'), 'utf8');
    // Q1 by segment: SMB (A) answered 10, 10, 9, all promoters; Enterprise (B) one 6, a detractor.
    expect(md).toContain(
      '![NPS answers 2026-Q1 by segment: SMB: 100% promoters, 0% passives, 0% detractors; Enterprise: 0% promoters, 0% passives, 100% detractors.](team-cell1.png)',
    );
    expect(readFileSync(join(dir, 'notebooks', 'team-cell1.png')).subarray(1, 4).toString('latin1')).toBe('PNG');
    await store.close();
  });

  it('GIVEN nothing asked yet THEN a follow-up or an export says what to do', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kpibot-bot-'));
    const { bot, store } = await openBot(join(dir, 'k.db'), join(dir, 'notebooks'));
    const r = await bot.handle(say('empty', 'by region'));
    expect(r.kind === 'error' && r.message).toContain('Ask for a KPI first');
    const e = await bot.handle(say('empty', 'export'));
    expect(e.kind === 'error' && e.code).toBe('export.empty');
    await store.close();
  });

  it('GIVEN list, define, explain and help THEN they answer as text', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kpibot-bot-'));
    const { bot, store } = await openBot(join(dir, 'k.db'), join(dir, 'notebooks'));
    const list = await bot.handle(say('s', 'list'));
    expect(list.kind === 'text' && list.text).toMatch(/^customers:\n {2}churn_rate/);
    const define = await bot.handle(say('s', 'define rotatividade'));
    expect(define.kind === 'text' && define.text).toContain('Churn rate (churn_rate)');
    expect(define.kind === 'text' && define.text).toContain('Formula: L_S / S × 100');
    const explain = await bot.handle(say('s', "explain revenue last-quarter where region=\"x' OR 1=1\""));
    expect(explain.kind === 'text' && explain.text).toContain('Period: last quarter (Jul 1 – Sep 30, 2026, UTC)');
    expect(explain.kind === 'text' && explain.text).toContain(`"x' OR 1=1"`);
    expect(explain.kind === 'text' && explain.text).toContain('FROM b CROSS JOIN orders t');
    const help = await bot.handle(say('s', 'ajuda'));
    expect(help.kind === 'text' && help.text).toContain('rotatividade trimestre-passado por segmento');
    await store.close();
  });
});

/*
 * Calendar and fiscal periods end to end (shared/kpis.md, "Time"), over the survey seed. On
 * 2026-11-22 with the fiscal year from April: FY2027 runs from 2026-04-01 to 2027-04-01, so
 * this-year holds the four answers of April to June 2026 (9 and 10 promoters, 5 and 5 detractors:
 * NPS 0) and the year before it, FY2026, the four of January to March 2026 (NPS +50); last-quarter
 * is FY2027-Q2, July to September 2026. Calendar 2026 holds all eight answers: promoters 10, 10, 9,
 * 9, 10 and detractors 6, 5, 5, so NPS = (5 - 3) / 8 = +25.
 */
describe('a workspace with a fiscal year', () => {
  it('GIVEN fiscal_year_start 4 THEN relative years and quarters are fiscal and say so, and 2026 and 2026-Q1 stay calendar', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kpibot-bot-'));
    const { bot, store } = await openBot(join(dir, 'k.db'), join(dir, 'notebooks'), false, { fiscal_year_start: 4 });
    await seed(store);

    const thisYear = headline(await bot.handle(say('f', 'nps this-year')));
    // FY2027 has not ended on 22 November 2026: it is read to date, and compared with FY2026 to the
    // same day, 1 April to 22 November 2025, which has no answers, so there is no comparison.
    expect(thisYear?.interpretation).toBe('this year to date (fiscal FY2027: Apr 1 – Nov 22, 2026 until 10:00, UTC)');
    expect(thisYear?.value).toBe('0.0');
    expect(thisYear?.delta).toBeUndefined();
    const against = headline(await bot.handle(say('f', 'nps this-year vs FY2026')));
    // FY2026 cut to the same span: 1 April to 22 November 2025 at 10:00, with no answers either.
    expect(against?.delta?.against).toBe('vs FY2026 (Apr 1 – Nov 22, 2025 until 10:00, UTC), the same span: no data');

    expect(headline(await bot.handle(say('f', 'nps last-quarter')))?.interpretation).toBe('last quarter (fiscal FY2027-Q2: Jul 1 – Sep 30, 2026, UTC)');

    const q1 = headline(await bot.handle(say('f', 'nps 2026-Q1')));
    expect([q1?.interpretation, q1?.value]).toEqual(['2026-Q1 (Jan 1 – Mar 31, 2026, UTC)', '+50.0']);
    const year = headline(await bot.handle(say('f', 'nps 2026')));
    // Calendar 2026 has not ended either: to date, with all eight answers in it.
    expect([year?.interpretation, year?.value]).toEqual(['2026 to date (Jan 1 – Nov 22, 2026 until 10:00, UTC)', '+25.0']);
    await store.close();
  });

  it('GIVEN the calendar fiscal year THEN this-year is 2026 and its echo does not say fiscal', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kpibot-bot-'));
    const { bot, store } = await openBot(join(dir, 'k.db'), join(dir, 'notebooks'));
    await seed(store);
    const thisYear = headline(await bot.handle(say('c', 'nps this-year')));
    expect([thisYear?.interpretation, thisYear?.value]).toEqual(['this year to date (Jan 1 – Nov 22, 2026 until 10:00, UTC)', '+25.0']);
    await store.close();
  });
});

describe('top N on a time breakdown', () => {
  it('GIVEN revenue by month over the last 12 months and top 3 THEN the table keeps the latest three months, in time order', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kpibot-bot-'));
    const { bot, store } = await openBot(join(dir, 'k.db'), join(dir, 'notebooks'));
    // Today is 2026-11-22, so last-12m is 2025-11 to 2026-10. The first three months earn the most,
    // so neither the first three nor the three largest are the latest three.
    const revenue: [string, number][] = [['2025-11', 900], ['2025-12', 800], ['2026-01', 700], ['2026-05', 500], ['2026-08', 100], ['2026-09', 300], ['2026-10', 200]];
    for (const [month, amount] of revenue) {
      await store.run("INSERT INTO orders (order_id, customer_id, ordered_at, amount, cost, status) VALUES (?, 'A', ?, ?, 0, 'completed')", [month, Date.parse(`${month}-10T12:00:00Z`), amount]);
    }
    const r = await bot.handle(say('c', 'revenue by month last-12m top 3'));
    const table = r.kind === 'multi' ? r.parts.find((p) => p.kind === 'table') : undefined;
    expect(table?.kind === 'table' && table.rows).toEqual([['2026-08', '$100.00'], ['2026-09', '$300.00'], ['2026-10', '$200.00']]);
    expect(table?.kind === 'table' && table.note).toBe('latest 3 of 12');
    // The headline is the whole period: 900 + 800 + 700 + 500 + 100 + 300 + 200.
    expect(headline(r)?.value).toBe('$3,500.00');
    await store.close();
  });
});

describe('session expiry', () => {
  it('GIVEN sessions idle for different times THEN expiry removes the old ones with their cells and keeps the rest', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kpibot-bot-'));
    const store = await openSqliteStore(join(dir, 'k.db'));
    const sessions = sqlSessionStore(store);
    const cell = { name: null, input: 'x', command: { kind: 'calc', expression: '1', reads: [] } as const, values: {}, reply: { kind: 'text', text: 'x' } as const };
    await sessions.append('old', cell, Date.parse('2026-09-01T00:00:00Z'));
    await sessions.append('recent', cell, Date.parse('2026-11-20T00:00:00Z'));
    expect(await sessions.expire(Date.parse('2026-10-23T00:00:00Z'))).toBe(1);
    expect(await sessions.cells('old')).toEqual([]);
    expect((await sessions.cells('recent')).length).toBe(1);
    expect(await store.all("SELECT count(*) AS n FROM bot_cells WHERE session_id = 'old'")).toEqual([{ n: 0 }]);
    await store.close();
  });
});
