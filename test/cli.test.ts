import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runKpibot } from './cli-harness.js';

const NOW = '2026-11-22T10:00:00Z';
let dir: string;
let db: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kpibot-cli-'));
  db = join(dir, 'demo.db');
  const demo = await runKpibot(['demo', '--customers', '300', '--db', db, '--now', NOW], { cwd: dir });
  expect(demo.code, demo.stderr).toBe(0);
});

describe('kpibot ask', () => {
  it('GIVEN churn last-quarter by segment WHEN asked with --json THEN it prints the period, the value and one group per segment', async () => {
    const r = await runKpibot(['ask', 'churn last-quarter by segment', '--json', '--db', db, '--now', NOW], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.metric).toBe('churn_rate');
    expect(json.unit).toBe('percent');
    // 2026-11-22 is in Q4, so the last quarter is Q3: July to September, end exclusive.
    expect(json.period.start).toBe('2026-07-01');
    expect(json.period.end).toBe('2026-10-01');
    expect(typeof json.value).toBe('number');
    expect(json.groups.map((g: { key: { segment: string } }) => g.key.segment).sort()).toEqual(['Enterprise', 'Mid-Market', 'SMB']);
  });

  it('GIVEN top N and as table THEN ask keeps the N largest groups, in JSON and in text', async () => {
    const json = JSON.parse((await runKpibot(['ask', 'churn last-quarter by segment top 1', '--json', '--db', db, '--now', NOW], { cwd: dir })).stdout);
    const all = JSON.parse((await runKpibot(['ask', 'churn last-quarter by segment', '--json', '--db', db, '--now', NOW], { cwd: dir })).stdout);
    const largest = [...all.groups].sort((a: { value: number }, b: { value: number }) => b.value - a.value)[0];
    expect(json.groups).toEqual([largest]);
    const text = await runKpibot(['ask', 'churn last-quarter by segment top 2 as table', '--db', db, '--now', NOW], { cwd: dir });
    expect(text.stdout).toContain('(top 2 of 3)');
    expect(text.stdout).not.toContain('chart:');
  });

  it('GIVEN a human answer THEN it echoes the KPI name, exact dates and time zone', async () => {
    const r = await runKpibot(['ask', 'revenue 2026-Q1 vs previous', '--db', db, '--now', NOW, '--tz', 'Europe/Lisbon'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Revenue');
    expect(r.stdout).toContain('Jan 1 – Mar 31, 2026, Europe/Lisbon');
    expect(r.stdout).toContain('vs previous 2025-Q4');
  });

  it('GIVEN an unknown KPI THEN exit status 2 and the closest KPI is named', async () => {
    const r = await runKpibot(['ask', 'chrun last-quarter', '--db', db, '--now', NOW], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('chrun');
    expect(r.stderr).toContain('churn_rate');
  });

  it('GIVEN an unknown dimension THEN exit status 2 and the closest dimension is named', async () => {
    const r = await runKpibot(['ask', 'revenue by segmnt', '--db', db, '--now', NOW], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('`segment`');
  });

  it('GIVEN a dimension the KPI does not have THEN exit status 2 and the allowed ones are listed', async () => {
    const r = await runKpibot(['ask', 'market_share by segment', '--db', db, '--now', NOW], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('market_share');
  });

  it('GIVEN --png THEN the chart is written as a PNG beside the answer', async () => {
    // A folder that does not exist yet is made.
    const png = join(dir, 'charts', 'nps.png');
    const r = await runKpibot(['ask', 'nps by segment last-quarter', '--png', png, '--db', db, '--now', NOW], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(png).subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(r.stderr).toContain(`chart written to ${png}`);
  });

  it('GIVEN a bad --now THEN exit status 2 with how to write it', async () => {
    const r = await runKpibot(['ask', 'revenue', '--db', db, '--now', 'yesterday'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('2026-11-22T10:00:00Z');
  });
});

describe('kpibot import', () => {
  it('GIVEN a CSV with a bad row THEN exit status 1, the line is named and nothing is imported', async () => {
    const file = join(dir, 'orders.csv');
    writeFileSync(file, 'order_id,customer_id,ordered_at,amount,status\nX1,C1,2026-01-05,10,completed\nX2,C1,2026-01-06,-5,completed\n');
    const fresh = join(dir, 'import.db');
    const r = await runKpibot(['import', 'orders', file, '--db', fresh], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('line 3');
    // Nothing imported into a new path: no database is made there.
    expect(existsSync(fresh)).toBe(false);
  });

  it('GIVEN a valid CSV THEN it prints the summary and the rows answer', async () => {
    const file = join(dir, 'orders-ok.csv');
    writeFileSync(file, 'order_id,customer_id,ordered_at,amount,status\nX1,C1,2026-01-05,10,completed\nX2,C1,2026-01-06,5.5,completed\n');
    const fresh = join(dir, 'import-ok.db');
    const r = await runKpibot(['import', 'orders', file, '--db', fresh], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('orders: 2 read, 2 inserted, 0 replaced, 0 rejected');
    const after = await runKpibot(['ask', 'revenue 2026-01', '--json', '--db', fresh, '--now', NOW], { cwd: dir });
    expect(JSON.parse(after.stdout).value).toBe(15.5);
  });

  it('GIVEN revenue by month over the last 12 months and top 3 THEN --json keeps the latest three months, in time order', async () => {
    // Today is 2026-11-22, so last-12m is 2025-11 to 2026-10. The first months earn the most.
    const file = join(dir, 'orders-months.csv');
    const rows = [['2025-11', 900], ['2025-12', 800], ['2026-01', 700], ['2026-08', 100], ['2026-09', 300], ['2026-10', 200]];
    writeFileSync(file, `order_id,customer_id,ordered_at,amount,status\n${rows.map(([m, a]) => `M${m},C1,${m}-10,${a},completed`).join('\n')}\n`);
    const fresh = join(dir, 'import-months.db');
    expect((await runKpibot(['import', 'orders', file, '--db', fresh], { cwd: dir })).code).toBe(0);
    const r = await runKpibot(['ask', 'revenue by month last-12m top 3', '--json', '--db', fresh, '--now', NOW], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.groups.map((g: { key: { month: string }; value: number }) => [g.key.month, g.value])).toEqual([['2026-08', 100], ['2026-09', 300], ['2026-10', 200]]);
    expect(json.value).toBe(3000);
  });

  it('GIVEN a key twice in one file THEN exit status 1, both lines are named and the database is as it was', async () => {
    const fresh = join(dir, 'import-twice.db');
    const first = join(dir, 'orders-first.csv');
    writeFileSync(first, 'order_id,customer_id,ordered_at,amount,status\nO-1,C1,2026-01-05,10,completed\n');
    expect((await runKpibot(['import', 'orders', first, '--db', fresh], { cwd: dir })).code).toBe(0);
    const file = join(dir, 'orders-twice.csv');
    const rows = ['O-10,C1,2026-01-05,1,completed', 'O-11,C1,2026-01-05,1,completed', 'O-12,C1,2026-01-05,1,completed', 'O-13,C1,2026-01-05,1,completed', 'O-14,C1,2026-01-05,1,completed', 'O-12,C1,2026-01-06,7,completed'];
    writeFileSync(file, `order_id,customer_id,ordered_at,amount,status\n${rows.join('\n')}\n`);
    const r = await runKpibot(['import', 'orders', file, '--db', fresh], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('nothing was imported (1 problem(s) on 1 of 6 row(s))');
    expect(r.stderr).toContain('  line 7: order_id O-12 is already on line 4\n');
    const after = await runKpibot(['ask', 'revenue 2026-01', '--json', '--db', fresh, '--now', NOW], { cwd: dir });
    expect(JSON.parse(after.stdout).value).toBe(10);
    // The same file again is still safe: it replaces what it wrote the first time.
    const again = await runKpibot(['import', 'orders', first, '--db', fresh], { cwd: dir });
    expect(again.stdout).toContain('orders: 1 read, 0 inserted, 1 replaced, 0 rejected');
  });

  it('GIVEN --help THEN the data contract is printed', async () => {
    const r = await runKpibot(['import', '--help'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('customers  key: customer_id');
    expect(r.stdout).toContain('status* (completed|returned|cancelled)');
  });
});

describe('the console', () => {
  it('GIVEN /kpi lines piped in THEN each is answered', async () => {
    const r = await runKpibot(['console', '--db', db, '--now', NOW], {
      cwd: dir,
      stdin: '/kpi churn last-quarter by segment\n/kpi nonsense\nexit\n',
    });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Churn rate · last quarter (Jul 1 – Sep 30, 2026, UTC)');
    expect(r.stdout).toContain('[1]');
    expect(r.stdout).toContain('SMB');
    expect(r.stdout).toContain("I don't know a KPI called `nonsense`");
    // Each cell's chart is saved beside the session and its path printed.
    const chart = join(dir, 'notebooks', 'console-cell1.png');
    expect(r.stdout).toContain(`chart: ${chart}`);
    expect(existsSync(chart)).toBe(true);
  });

  it('GIVEN 40 questions piped in, more than the rate limit allows one person THEN every one is answered', async () => {
    // The console has one user; access.rate_limit (30 a minute by default) is for shared chats.
    const cwd = mkdtempSync(join(tmpdir(), 'kpibot-console-limit-'));
    const own = join(cwd, 'k.db');
    expect((await runKpibot(['demo', '--customers', '50', '--db', own, '--now', NOW], { cwd })).code).toBe(0);
    const questions = Array.from({ length: 40 }, () => '/kpi nps last-month as table').join('\n');
    const r = await runKpibot(['console', '--db', own, '--now', NOW], { cwd, stdin: `${questions}\nexit\n` });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).not.toContain('You have asked');
    // Cells are numbered in order, so the fortieth answer is cell 40.
    expect(r.stdout).toContain('[40]');
    expect(r.stdout).not.toContain('[41]');
  });
});
