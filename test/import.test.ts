import { beforeEach, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../engine/store/sqlite-store.js';
import { importCsv } from '../engine/import/import-csv.js';
import type { ImportOptions } from '../engine/import/import-types.js';
import type { Store } from '../engine/store/store.js';
import { TABLE_NAMES } from '../engine/schema/tables.js';

let dir: string;
let store: Store;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kpibot-import-'));
  store = await openSqliteStore(join(dir, 'k.db'));
  return () => store.close();
});

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}
const run = (table: ImportOptions['table'], path: string, extra: Partial<ImportOptions> = {}) =>
  importCsv(store, { table, file: path, timezone: 'UTC', ...extra });

/** Every row of every table, to show a database is exactly as it was. */
async function snapshot(): Promise<string> {
  const parts: string[] = [];
  for (const t of TABLE_NAMES) parts.push(JSON.stringify(await store.all(`SELECT * FROM ${t} ORDER BY 1, 2`)));
  return parts.join('\n');
}

const GOOD_ORDERS = 'order_id,customer_id,ordered_at,amount,cost,status\nO1,C1,2026-03-01T10:00:00Z,100.50,60,completed\nO2,C2,2026-03-02,20,,returned\n';

describe('importCsv', () => {
  it('GIVEN valid orders THEN every value is stored as the contract says', async () => {
    const r = await run('orders', file('orders.csv', GOOD_ORDERS));
    expect(r).toEqual({ ok: true, summary: { table: 'orders', read: 2, inserted: 2, replaced: 0, rejected: 0, warnings: [] } });
    expect(await store.all('SELECT * FROM orders ORDER BY order_id')).toEqual([
      { order_id: 'O1', customer_id: 'C1', ordered_at: Date.UTC(2026, 2, 1, 10), amount: 100.5, cost: 60, status: 'completed' },
      { order_id: 'O2', customer_id: 'C2', ordered_at: Date.UTC(2026, 2, 2), amount: 20, cost: null, status: 'returned' },
    ]);
  });

  it('GIVEN dates without offset THEN they are read in the workspace time zone, instants with one are exact', async () => {
    const path = file('c.csv', [
      'signup_at,customer_id,churned_at,segment',
      '2026-03-01,C1,,SMB',
      '2026-07-01 14:30,C2,,SMB',
      '2026-07-01T14:30:00-03:00,C3,,SMB',
    ].join('\n'));
    await importCsv(store, { table: 'customers', file: path, timezone: 'Europe/Lisbon' });
    const rows = await store.all<{ customer_id: string; signup_at: number }>('SELECT customer_id, signup_at FROM customers ORDER BY customer_id');
    // Lisbon is UTC+0 in March and UTC+1 in July.
    expect(rows.map((r) => r.signup_at)).toEqual([Date.UTC(2026, 2, 1), Date.UTC(2026, 6, 1, 13, 30), Date.UTC(2026, 6, 1, 17, 30)]);
  });

  it('GIVEN columns in any order, quotes, commas, newlines and an extra column THEN it imports and warns about the extra one', async () => {
    const path = file('t.csv', [
      'channel,ticket_id,opened_at,category,note,is_complaint,contacts',
      'email,T1,2026-01-05T09:00:00Z,"billing, invoices",whatever,yes,2',
      'chat,T2,2026-01-06T09:00:00Z,"multi',
      'line ""quoted""",x,0,1',
    ].join('\n'));
    const r = await run('tickets', path);
    expect(r.ok && r.summary.warnings).toEqual([
      'ignored columns not in tickets: note',
      'columns not in the file are left empty: customer_id, first_response_at, resolved_at',
    ]);
    expect(await store.all('SELECT ticket_id, category, is_complaint, contacts FROM tickets ORDER BY ticket_id')).toEqual([
      { ticket_id: 'T1', category: 'billing, invoices', is_complaint: 1, contacts: 2 },
      { ticket_id: 'T2', category: 'multi\nline "quoted"', is_complaint: 0, contacts: 1 },
    ]);
  });

  it('GIVEN a header without a required column THEN the file is rejected at line 1 and nothing changes', async () => {
    await run('orders', file('ok.csv', GOOD_ORDERS));
    const before = await snapshot();
    const r = await run('orders', file('bad.csv', 'order_id,customer_id,amount,status\nO9,C1,10,completed\n'));
    expect(r).toEqual({ ok: false, read: 1, problems: [expect.objectContaining({ line: 1, column: 'ordered_at' })] });
    expect(await snapshot()).toBe(before);
  });

  it('GIVEN bad rows of every kind THEN each is named by line and column, and the database is unchanged', async () => {
    await run('orders', file('ok.csv', GOOD_ORDERS));
    const before = await snapshot();
    const bad = file('bad-orders.csv', [
      'order_id,customer_id,ordered_at,amount,cost,status',
      'O3,C1,2026-03-03T10:00:00Z,10,5,completed',
      'O4,C1,03/04/2026,10,5,completed',
      'O5,C1,2026-03-05,-10,5,completed',
      'O6,C1,2026-03-06,10,5,shipped',
      '',
      'O7,C1,2026-02-30,1.000,5,completed',
      'O8,C1,2026-03-08,"1,000.50",5,completed',
    ].join('\n'));
    const r = await run('orders', bad);
    expect(r.ok).toBe(false);
    const problems = r.ok ? [] : r.problems.map((p) => `${p.line} ${p.column}`);
    expect(problems).toEqual(['3 ordered_at', '4 amount', '5 status', '7 ordered_at', '8 amount']);
    expect(r.ok ? '' : r.problems[2]?.reason).toBe("unknown status 'shipped' (expected completed, returned, cancelled)");
    expect(await snapshot()).toBe(before);
  });

  it('GIVEN surveys and tickets that break the rules across columns THEN they are rejected with the rule', async () => {
    const surveys = await run('surveys', file('s.csv', [
      'response_id,answered_at,kind,score',
      'R1,2026-01-01,nps,11',
      'R2,2026-01-01,csat,0',
      'R3,2026-01-01,engagement,2.5',
      'R4,2026-01-01,opinion,5',
      'R5,2026-01-01,brand,7.5',
    ].join('\n')));
    expect(surveys.ok ? [] : surveys.problems.map((p) => `${p.line} ${p.column}: ${p.reason}`)).toEqual([
      '2 score: nps scores are whole numbers from 0 to 10, not 11',
      '3 score: csat scores are whole numbers from 1 to 5, not 0',
      '4 score: engagement scores are whole numbers from 1 to 4, not 2.5',
      "5 kind: unknown kind 'opinion' (expected nps, csat, engagement, brand)",
    ]);
    const tickets = await run('tickets', file('t.csv', 'ticket_id,opened_at,resolved_at,contacts\nT1,2026-01-05T10:00:00Z,2026-01-05T09:00:00Z,1\nT2,2026-01-05,2026-01-06,-1\n'));
    expect(tickets.ok ? [] : tickets.problems.map((p) => `${p.line} ${p.column}: ${p.reason}`)).toEqual([
      '2 resolved_at: resolved_at is before opened_at',
      '3 contacts: negative count: -1',
    ]);
    expect(await store.all('SELECT * FROM surveys')).toEqual([]);
  });

  it('GIVEN a file imported twice THEN the second time replaces every row and duplicates nothing', async () => {
    const path = file('orders.csv', GOOD_ORDERS);
    await run('orders', path);
    const again = await run('orders', path);
    expect(again.ok && [again.summary.inserted, again.summary.replaced]).toEqual([0, 2]);
    expect((await store.get<{ n: number }>('SELECT count(*) AS n FROM orders'))?.n).toBe(2);
  });

  it('GIVEN the same key twice in one file THEN the later row wins and counts as replaced', async () => {
    const r = await run('visits', file('v.csv', 'day,channel,sessions\n2026-01-01,organic,10\n2026-01-01,email,5\n2026-01-01,organic,12\n'));
    expect(r.ok && [r.summary.read, r.summary.inserted, r.summary.replaced]).toEqual([3, 2, 1]);
    expect(await store.all("SELECT sessions FROM visits WHERE channel = 'organic'")).toEqual([{ sessions: 12 }]);
  });

  it('GIVEN --skip-invalid THEN the valid rows are imported and the rejected ones written beside, with reasons (quoted where they hold commas)', async () => {
    const path = file('orders.csv', 'order_id,customer_id,ordered_at,amount,status\nO1,C1,2026-03-01,10,completed\nO2,C1,nope,10,completed\nO3,C1,2026-03-03,5,completed\n');
    const r = await run('orders', path, { skipInvalid: true });
    expect(r.ok && r.summary).toMatchObject({ read: 3, inserted: 2, rejected: 1, rejectsFile: `${path}.rejected.csv` });
    expect(existsSync(`${path}.rejected.csv`)).toBe(true);
    expect(readFileSync(`${path}.rejected.csv`, 'utf8')).toBe(
      "order_id,customer_id,ordered_at,amount,status,line,reason\nO2,C1,nope,10,completed,3,\"ordered_at: not an ISO 8601 date or time: 'nope' (e.g. 2026-03-01, 2026-03-01 14:00 or 2026-03-01T14:00:00Z)\"\n",
    );
  });

  it('GIVEN 30 bad rows THEN all 30 are reported', async () => {
    const lines = ['order_id,ordered_at,amount,status'];
    for (let i = 0; i < 30; i++) lines.push(`O${i},2026-01-01,-${i + 1},completed`);
    const r = await run('orders', file('many.csv', lines.join('\n')));
    expect(r.ok ? 0 : r.problems.length).toBe(30);
    expect(r.ok ? [] : r.problems.slice(0, 2).map((p) => p.line)).toEqual([2, 3]);
  });

  it('GIVEN a broken CSV (unclosed quote, uneven columns) THEN the line is named and nothing is written', async () => {
    const uneven = await run('orders', file('u.csv', 'order_id,ordered_at,amount,status\nO1,2026-01-01,1,completed,extra\n'));
    expect(uneven.ok ? null : uneven.problems[0]?.line).toBe(2);
    const unclosed = await run('orders', file('q.csv', 'order_id,ordered_at,amount,status\nO1,"2026-01-01,1,completed\n'));
    expect(unclosed.ok ? null : unclosed.problems[0]?.reason).toMatch(/not a valid CSV file: Quote Not Closed/);
    expect(await store.all('SELECT * FROM orders')).toEqual([]);
  });

  it('GIVEN an order for a customer not imported yet THEN it is accepted', async () => {
    const r = await run('orders', file('o.csv', 'order_id,customer_id,ordered_at,amount,status\nO1,C404,2026-01-01,10,completed\n'));
    expect(r.ok).toBe(true);
  });

  it('GIVEN a UTF-8 file with a byte-order mark THEN the first column is still recognised', async () => {
    const r = await run('market', file('m.csv', '\uFEFFmonth,market_sales,company_sales,largest_competitor_sales\n2026-01,100,10,20\n'));
    expect(r.ok && r.summary.inserted).toBe(1);
  });
});
