import { beforeEach, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { openSqliteStore } from '../engine/store/sqlite-store.js';
import { importCsv, MAX_LISTED_PROBLEMS, type ImportOptions, type ImportOutcome, type ImportProgress } from '../engine/import/index.js';
import type { Row, Store } from '../engine/store/store.js';
import { TABLE_NAMES, type TableName } from '../engine/schema/tables.js';

const FIXTURES = join(process.cwd(), 'test', 'fixtures', 'import');

let dir: string;
let store: Store;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kpibot-'));
  store = await openSqliteStore(join(dir, 'kpibot.db'));
  return () => store.close();
});

function file(name: string, text: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}
const lines = (...rows: string[]): string => `${rows.join('\n')}\n`;
const run = (table: TableName, path: string, extra: Partial<ImportOptions> = {}): Promise<ImportOutcome> =>
  importCsv(store, { table, file: path, timezone: 'UTC', ...extra });

/** Every row of every table, to show that a database is exactly as it was. */
async function snapshot(): Promise<string> {
  const parts: string[] = [];
  for (const t of TABLE_NAMES) parts.push(`${t}: ${JSON.stringify(await store.all(`SELECT * FROM ${t} ORDER BY 1, 2`))}`);
  return parts.join('\n');
}
/** Fills the database with the fixtures, so that "unchanged" means something. */
async function seed(): Promise<string> {
  for (const t of TABLE_NAMES) {
    const r = await run(t, join(FIXTURES, `${t}.csv`));
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
  }
  return snapshot();
}
/** `line column: reason` of each problem, or the summary when the import succeeded. */
function problemsOf(r: ImportOutcome): string[] {
  if (r.ok) throw new Error(`expected a rejected import, got ${JSON.stringify(r.summary)}`);
  return r.problems.map((p) => `${p.line} ${p.column ?? '-'}: ${p.reason}`);
}
function summaryOf(r: ImportOutcome) {
  if (!r.ok) throw new Error(`expected an import, got ${JSON.stringify(r.problems)}`);
  return r.summary;
}
const all = (sql: string): Promise<Row[]> => store.all(sql);

/** '2026-03-01' in Europe/Lisbon is UTC+0 in winter and UTC+1 from the last Sunday of March. */
const EXPECTED: Record<TableName, Row[]> = {
  customers: [
    { customer_id: 'C1', name: 'Ana Lima', segment: 'SMB', region: 'Europe', plan: 'pro', acquisition_channel: 'organic', signup_at: Date.UTC(2026, 2, 1), churned_at: null },
    { customer_id: 'C2', name: 'Bravo, Lda', segment: 'Enterprise', region: 'Europe', plan: 'basic', acquisition_channel: 'paid_search', signup_at: Date.UTC(2026, 0, 15, 9, 30), churned_at: Date.UTC(2026, 5, 30, 23) },
    { customer_id: 'C3', name: 'Carla', segment: 'SMB', region: 'LATAM', plan: 'pro', acquisition_channel: 'referral', signup_at: Date.UTC(2026, 1, 10, 15), churned_at: null },
  ],
  orders: [
    { order_id: 'O1', customer_id: 'C1', ordered_at: Date.UTC(2026, 2, 2, 10, 15), amount: 120.5, cost: 70.25, status: 'completed' },
    { order_id: 'O2', customer_id: 'C2', ordered_at: Date.UTC(2026, 2, 3, 18), amount: 1000, cost: null, status: 'returned' },
    { order_id: 'O3', customer_id: null, ordered_at: Date.UTC(2026, 5, 30, 23), amount: 0, cost: 0, status: 'cancelled' },
  ],
  tickets: [
    { ticket_id: 'T1', customer_id: 'C1', opened_at: Date.UTC(2026, 2, 2, 9), first_response_at: Date.UTC(2026, 2, 2, 9, 30), resolved_at: Date.UTC(2026, 2, 2, 11), channel: 'email', category: 'billing', is_complaint: 1, contacts: 1 },
    { ticket_id: 'T2', customer_id: 'C2', opened_at: Date.UTC(2026, 6, 1, 7), first_response_at: null, resolved_at: null, channel: 'phone', category: 'delivery', is_complaint: 0, contacts: 3 },
    // An empty is_complaint is "not a complaint": the column is NOT NULL.
    { ticket_id: 'T3', customer_id: 'C9', opened_at: Date.UTC(2026, 2, 5, 10), first_response_at: null, resolved_at: null, channel: 'chat', category: null, is_complaint: 0, contacts: null },
  ],
  surveys: [
    { response_id: 'R1', customer_id: 'C1', answered_at: Date.UTC(2026, 2, 10), kind: 'nps', score: 9 },
    { response_id: 'R2', customer_id: 'C1', answered_at: Date.UTC(2026, 2, 10), kind: 'csat', score: 5 },
    { response_id: 'R3', customer_id: 'C2', answered_at: Date.UTC(2026, 2, 11), kind: 'engagement', score: 1 },
    { response_id: 'R4', customer_id: null, answered_at: Date.UTC(2026, 2, 12), kind: 'brand', score: 7.5 },
  ],
  leads: [
    { lead_id: 'L1', created_at: Date.UTC(2026, 1, 1), source: 'organic', converted_at: Date.UTC(2026, 2, 1, 12), customer_id: 'C1' },
    { lead_id: 'L2', created_at: Date.UTC(2026, 6, 1, 23), source: 'paid_search', converted_at: null, customer_id: null },
  ],
  visits: [
    { day: '2026-03-01', channel: 'organic', sessions: 1200 },
    { day: '2026-03-01', channel: 'paid_search', sessions: 300 },
  ],
  invoices: [
    // 2026-03-31 is after the clocks went forward on 2026-03-29.
    { invoice_id: 'I1', customer_id: 'C1', issued_at: Date.UTC(2026, 2, 1), due_at: Date.UTC(2026, 2, 30, 23), paid_at: Date.UTC(2026, 2, 15, 10), amount: 500 },
    { invoice_id: 'I2', customer_id: 'C2', issued_at: Date.UTC(2026, 2, 5), due_at: Date.UTC(2026, 3, 3, 23), paid_at: null, amount: 99.99 },
  ],
  marketing_spend: [
    { day: '2026-03-01', channel: 'paid_search', amount: 250.75 },
    { day: '2026-03-01', channel: 'social', amount: 80 },
  ],
  mentions: [
    { day: '2026-03-01', brand: 'Acme', mentions: 42, own: 1 },
    { day: '2026-03-01', brand: 'Globex', mentions: 17, own: 0 },
  ],
  market: [{ month: '2026-03', market_sales: 1000000, company_sales: 120000, largest_competitor_sales: 250000.5 }],
};

describe('importCsv: valid files', () => {
  it.each(TABLE_NAMES)('GIVEN a valid %s file read in Europe/Lisbon THEN every value is stored as the contract says', async (table) => {
    const r = await importCsv(store, { table, file: join(FIXTURES, `${table}.csv`), timezone: 'Europe/Lisbon' });
    const n = EXPECTED[table].length;
    // The fixtures show no decimal comma nor a day above 12 in a regional date: only the delimiter and, where a value shows it, the decimal point are named.
    expect(summaryOf(r)).toEqual({ table, read: n, inserted: n, replaced: 0, rejected: 0, warnings: [], readAs: expect.stringMatching(/^delimiter ',' detected/) });
    expect(await all(`SELECT * FROM ${table} ORDER BY 1, 2`)).toEqual(EXPECTED[table]);
  });

  it('GIVEN columns in another order, in other case, and one the table does not have THEN it imports and warns about the extra one', async () => {
    const path = file('orders.csv', lines(' Status ,AMOUNT,note,ordered_at,order_id,cost,customer_id', 'completed,10,hello,2026-03-01,O1,4,C1'));
    expect(summaryOf(await run('orders', path)).warnings).toEqual(['ignored columns not in orders: note']);
    expect(await all('SELECT * FROM orders')).toEqual([
      { order_id: 'O1', customer_id: 'C1', ordered_at: Date.UTC(2026, 2, 1), amount: 10, cost: 4, status: 'completed' },
    ]);
  });

  it('GIVEN a file without an optional column THEN the column is empty, with a warning', async () => {
    const r = await run('orders', file('o.csv', lines('order_id,ordered_at,amount,status', 'O1,2026-03-01,10,completed')));
    expect(summaryOf(r).warnings).toEqual(['columns not in the file are left empty: customer_id, cost']);
    expect(await all('SELECT customer_id, cost FROM orders')).toEqual([{ customer_id: null, cost: null }]);
  });

  it('GIVEN quoted fields with commas, doubled quotes and line breaks (LF and CRLF) THEN values are exact and later lines keep their numbers', async () => {
    const text = [
      'ticket_id,opened_at,category,channel',
      'T1,2026-01-05T09:00:00Z,"billing, invoices","say ""hi"""',
      'T2,2026-01-06T09:00:00Z,"two\r\nlines",chat',
      'T3,2026-01-07T09:00:00Z,"three\nmore\nlines",chat',
      'T4,not a date,x,chat',
    ].join('\r\n');
    const r = await run('tickets', file('t.csv', text));
    // T4 starts on physical line 8: header 1, T1 2, T2 3-4, T3 5-7.
    expect(problemsOf(r)).toEqual([
      "8 opened_at: not an ISO 8601 date or time: 'not a date' (e.g. 2026-03-01, 2026-03-01 14:00 or 2026-03-01T14:00:00Z)",
    ]);
    await run('tickets', file('t2.csv', text.replace('not a date', '2026-01-08')));
    expect(await all('SELECT ticket_id, category, channel FROM tickets ORDER BY 1')).toEqual([
      { ticket_id: 'T1', category: 'billing, invoices', channel: 'say "hi"' },
      { ticket_id: 'T2', category: 'two\r\nlines', channel: 'chat' },
      { ticket_id: 'T3', category: 'three\nmore\nlines', channel: 'chat' },
      { ticket_id: 'T4', category: 'x', channel: 'chat' },
    ]);
  });

  it('GIVEN blank lines and rows of bare commas THEN they are skipped, not rows, and line numbers stay physical', async () => {
    const r = await run('orders', file('o.csv', lines('', 'order_id,ordered_at,amount,status', '', 'O1,2026-03-01,10,completed', ',,,', ' , , , ', 'O2,2026-03-01,-1,completed')));
    expect(problemsOf(r)).toEqual(['7 amount: negative amount: -1']);
    expect(r.ok ? 0 : r.read).toBe(2);
  });

  it('GIVEN a UTF-8 file with a byte-order mark THEN the first column is still recognised', async () => {
    const r = await run('market', file('m.csv', '\uFEFFmonth,market_sales,company_sales,largest_competitor_sales\n2026-01,100,10,20\n'));
    expect(summaryOf(r).inserted).toBe(1);
  });

  it('GIVEN a header and no rows THEN nothing is imported and that is fine', async () => {
    expect(summaryOf(await run('visits', file('v.csv', 'day,channel,sessions\n')))).toEqual({
      table: 'visits', read: 0, inserted: 0, replaced: 0, rejected: 0, warnings: [], readAs: "delimiter ',' detected",
    });
  });

  it('GIVEN an order, ticket and survey for customers not imported yet THEN they are accepted', async () => {
    expect(summaryOf(await run('orders', file('o.csv', lines('order_id,customer_id,ordered_at,amount,status', 'O1,C404,2026-01-01,10,completed')))).inserted).toBe(1);
    expect(summaryOf(await run('surveys', file('s.csv', lines('response_id,customer_id,answered_at,kind,score', 'R1,C404,2026-01-01,nps,10')))).inserted).toBe(1);
    expect(await all('SELECT count(*) AS n FROM customers')).toEqual([{ n: 0 }]);
  });

  it('GIVEN leads converted before they were created and invoices paid before they were issued THEN they are accepted (no KPI is wrong for it)', async () => {
    expect(summaryOf(await run('leads', file('l.csv', lines('lead_id,created_at,converted_at', 'L1,2026-03-02,2026-03-01')))).inserted).toBe(1);
    expect(summaryOf(await run('invoices', file('i.csv', lines('invoice_id,issued_at,due_at,paid_at,amount', 'I1,2026-03-02,2026-03-01,2026-03-01,5')))).inserted).toBe(1);
  });
});

describe('importCsv: invalid files leave the database exactly as it was', () => {
  it('GIVEN a header without a required column THEN the file is rejected at line 1', async () => {
    const before = await seed();
    const r = await run('orders', file('bad.csv', lines('order_id,customer_id,amount,status', 'O9,C1,10,completed', 'O10,C1,10,completed')));
    expect(r).toEqual({
      ok: false,
      read: 2,
      problemCount: 1,
      badRows: 0,
      problems: [{
        line: 1,
        column: 'ordered_at',
        reason: 'the header has no ordered_at column, which orders requires (columns: order_id, customer_id (optional), ordered_at, amount, cost (optional), status)',
      }],
    });
    expect(await snapshot()).toBe(before);
  });

  it('GIVEN a file whose first line is data, or that uses pipes or another delimiter than the locale THEN it says so', async () => {
    expect(problemsOf(await run('visits', file('v.csv', lines('2026-03-01,organic,10'))))).toEqual([
      "1 -: line 1 should be the header row naming the columns of visits (day, channel, sessions); it reads '2026-03-01,organic,10'",
    ]);
    expect(problemsOf(await run('visits', file('v.csv', lines('day|channel|sessions', '2026-03-01|organic|10'))))).toEqual([
      "1 -: the header is separated by '|', not ','; kpibot reads files separated by ',', ';' or tabs (columns of visits: day, channel, sessions)",
    ]);
    expect(problemsOf(await run('visits', file('v.csv', lines('day,channel,sessions', '2026-03-01,organic,10')), { locale: 'pt-PT' }))).toEqual([
      "1 -: the header is separated by ',', not ';'; give --delimiter ',' (columns of visits: dia, canal, sessões)",
    ]);
  });

  it('GIVEN a column named twice THEN the file is rejected', async () => {
    expect(problemsOf(await run('visits', file('v.csv', lines('day,channel,Day,sessions', '2026-03-01,organic,2026-03-02,10'))))).toEqual([
      '1 day: the header names day twice (fields 1 and 3)',
    ]);
  });

  it('GIVEN bad dates, negative amounts, unknown statuses and empty required cells THEN each is named by line and column', async () => {
    const before = await seed();
    const r = await run('orders', file('bad-orders.csv', lines(
      'order_id,customer_id,ordered_at,amount,cost,status',
      'O7,C1,2026-03-03T10:00:00Z,10,5,completed',
      'O8,C1,03/04/2026,10,5,completed',
      'O9,C1,2026-03-05,-10,-5,completed',
      'O10,C1,2026-03-06,10,5,shipped',
      '',
      'O11,C1,2026-02-30,10,5,completed',
      'O12,C1,2026-03-08,"1,000.50",5,completed',
      ',C1,2026-03-09,NaN,5,',
    )));
    expect(problemsOf(r)).toEqual([
      // No row has a day above 12, so 3 April and March 4 are both possible.
      "3 ordered_at: '03/04/2026' is 2026-04-03 with --date-format DMY or 2026-03-04 with --date-format MDY",
      '4 amount: negative amount: -10',
      '4 cost: negative amount: -5',
      "5 status: unknown status 'shipped' (expected completed, returned, cancelled)",
      "7 ordered_at: not a real date or time: '2026-02-30'",
      // '1,000.50' reads only with a decimal point (and a comma for thousands): it is 1000.5, and says the file's decimal mark.
      '9 order_id: required, but empty',
      "9 amount: not a number: 'NaN' (read with a decimal point and ',' or space thousands; --decimal ',' reads decimal commas)",
      '9 status: required, but empty',
    ]);
    expect(r.ok ? null : [r.read, r.problemCount, r.badRows]).toEqual([7, 8, 5]);
    expect(await snapshot()).toBe(before);
  });

  it('GIVEN surveys of an unknown kind or with a score outside its scale THEN they are rejected with the scale', async () => {
    const before = await seed();
    const r = await run('surveys', file('s.csv', lines(
      'response_id,answered_at,kind,score',
      'R11,2026-01-01,nps,11',
      'R12,2026-01-01,csat,0',
      'R13,2026-01-01,engagement,2.5',
      'R14,2026-01-01,opinion,5',
      'R15,2026-01-01,brand,10.5',
      'R16,2026-01-01,brand,7.25',
      'R17,2026-01-01,nps,-1',
    )));
    expect(problemsOf(r)).toEqual([
      '2 score: nps scores are whole numbers from 0 to 10, not 11',
      '3 score: csat scores are whole numbers from 1 to 5, not 0',
      '4 score: engagement scores are whole numbers from 1 to 4, not 2.5',
      "5 kind: unknown kind 'opinion' (expected nps, csat, engagement, brand)",
      '6 score: brand scores are from 0 to 10, not 10.5',
      '8 score: nps scores are whole numbers from 0 to 10, not -1',
    ]);
    expect(await snapshot()).toBe(before);
  });

  it('GIVEN tickets resolved or answered before they were opened, or with zero contacts THEN they are rejected', async () => {
    const before = await seed();
    const r = await run('tickets', file('t.csv', lines(
      'ticket_id,opened_at,first_response_at,resolved_at,contacts',
      'T11,2026-01-05T10:00:00Z,,2026-01-05T09:59:59Z,1',
      'T12,2026-01-05T10:00:00Z,2026-01-05T09:00:00Z,,1',
      'T13,2026-01-05,2026-01-05,2026-01-05,0',
      'T14,2026-01-05,,,-1',
      'T15,2026-01-05,,,1.5',
    )));
    expect(problemsOf(r)).toEqual([
      '2 resolved_at: resolved_at is before opened_at',
      '3 first_response_at: first_response_at is before opened_at',
      '4 contacts: contacts is at least 1 (the first contact counts)',
      '5 contacts: negative count: -1',
      "6 contacts: not a whole number: '1.5'",
    ]);
    expect(await snapshot()).toBe(before);
  });

  it('GIVEN a customer who churned before signing up THEN it is rejected', async () => {
    const r = await run('customers', file('c.csv', lines('customer_id,signup_at,churned_at', 'C1,2026-03-02,2026-03-01')));
    expect(problemsOf(r)).toEqual(['2 churned_at: churned_at is before signup_at']);
  });

  it('GIVEN 30 bad rows THEN every one is reported, in line order', async () => {
    const rows = ['order_id,ordered_at,amount,status'];
    for (let i = 0; i < 30; i++) rows.push(`O${i},2026-01-01,-${i + 1},completed`);
    const r = await run('orders', file('many.csv', lines(...rows)));
    if (r.ok) throw new Error('expected a rejection');
    expect(r.problems.length).toBe(30);
    expect(r.problems.map((p) => p.line)).toEqual(Array.from({ length: 30 }, (_, i) => i + 2));
  });

  it('GIVEN more bad rows than are listed THEN the first ones are listed and all are counted', async () => {
    const rows = ['order_id,ordered_at,amount,status'];
    for (let i = 0; i < MAX_LISTED_PROBLEMS + 500; i++) rows.push(`O${i},2026-01-01,x,nope`);
    const r = await run('orders', file('many.csv', lines(...rows)));
    if (r.ok) throw new Error('expected a rejection');
    expect([r.problems.length, r.problemCount, r.badRows, r.read]).toEqual([MAX_LISTED_PROBLEMS, 2 * (MAX_LISTED_PROBLEMS + 500), MAX_LISTED_PROBLEMS + 500, MAX_LISTED_PROBLEMS + 500]);
    expect(r.problems[0]).toEqual({ line: 2, column: 'amount', reason: "not a number: 'x' (decimals with ',' or '.', thousands grouped by the other or a space)" });
  });

  it('GIVEN a row with more or fewer fields than the header THEN that row is named', async () => {
    const before = await seed();
    const r = await run('orders', file('u.csv', lines('order_id,ordered_at,amount,status', 'O1,2026-01-01,1,completed', 'O2,Jan 1, 2026,1,completed', 'O3,2026-01-01,1')));
    expect(problemsOf(r)).toEqual([
      '3 -: has 5 field(s) but the header has 4 (a value with a comma needs "quotes")',
      '4 -: has 3 field(s) but the header has 4 (a value with a comma needs "quotes")',
    ]);
    expect(await snapshot()).toBe(before);
  });

  it('GIVEN an unclosed quote or text after a closing quote THEN the file is not CSV and the line is named', async () => {
    const before = await seed();
    const unclosed = await run('orders', file('q.csv', lines('order_id,ordered_at,amount,status', 'O1,2026-01-01,1,completed', 'O2,"2026-01-01,1,completed', 'O3,2026-01-01,1,completed')));
    expect(problemsOf(unclosed)).toEqual(['3 -: not a valid CSV file: a quoted value that starts on line 3 is never closed']);
    const after = await run('orders', file('q2.csv', lines('order_id,ordered_at,amount,status', 'O1,"2026-01-01"x,1,completed')));
    expect(problemsOf(after)).toEqual([
      '2 -: not a valid CSV file: a closing quote is followed by "x" instead of a comma or the end of the line (write a quote inside a quoted value as "")',
    ]);
    // Not even with --skip-invalid: past a syntax error, records cannot be told apart.
    expect((await run('orders', file('q3.csv', lines('order_id,ordered_at,amount,status', 'O1,2026-01-01,1,completed', 'O2,"x')), { skipInvalid: true })).ok).toBe(false);
    expect(await snapshot()).toBe(before);
  });

  it('GIVEN an empty file, a missing file, or text that is not UTF-8 THEN it says what is wrong', async () => {
    expect(problemsOf(await run('orders', file('e.csv', '')))).toEqual(['1 -: the file is empty: a header row naming the columns is required']);
    expect(problemsOf(await run('orders', file('e2.csv', '\n\n')))).toEqual(['1 -: the file is empty: a header row naming the columns is required']);
    expect(problemsOf(await run('orders', join(dir, 'nope.csv')))[0]).toMatch(/^0 -: cannot read the file: ENOENT/);
    const latin1 = Buffer.concat([Buffer.from('customer_id,name,signup_at\nC1,Ana,2026-01-01\nC2,S'), Buffer.from([0xe3]), Buffer.from('o Paulo,2026-01-01\n')]);
    expect(problemsOf(await run('customers', file('l1.csv', latin1)))).toEqual([
      '3 -: line 3 is not UTF-8 text (perhaps Windows-1252 or Latin-1, which older Excel saves as plain "CSV"); save the file as UTF-8: in Excel "Save As" > "CSV UTF-8 (Comma delimited)", in LibreOffice "Save As" > Text CSV with character set "Unicode (UTF-8)"',
    ]);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('month\n', 'utf16le')]);
    expect(problemsOf(await run('market', file('u16.csv', utf16)))).toEqual(['1 -: the file is UTF-16 text; save it as UTF-8 (in Excel: "CSV UTF-8")']);
  });

  it('GIVEN a time zone that does not exist THEN nothing is read', async () => {
    expect(problemsOf(await importCsv(store, { table: 'market', file: join(FIXTURES, 'market.csv'), timezone: 'Mars/Olympus' }))).toEqual([
      "0 -: unknown time zone 'Mars/Olympus'",
    ]);
  });
});

describe('importCsv: upserts', () => {
  it('GIVEN a file imported twice THEN the second time replaces every row and the tables are the same', async () => {
    const path = join(FIXTURES, 'tickets.csv');
    expect(summaryOf(await run('tickets', path))).toMatchObject({ inserted: 3, replaced: 0 });
    const once = await snapshot();
    expect(summaryOf(await run('tickets', path))).toMatchObject({ read: 3, inserted: 0, replaced: 3 });
    expect(await snapshot()).toBe(once);
  });

  it('GIVEN a row whose key is in the database THEN it replaces that row', async () => {
    await run('orders', join(FIXTURES, 'orders.csv'));
    const r = await run('orders', file('o.csv', lines('order_id,ordered_at,amount,status', 'O1,2026-04-01,99,returned', 'O4,2026-04-01,5,completed')));
    expect(summaryOf(r)).toMatchObject({ inserted: 1, replaced: 1 });
    expect(await all("SELECT * FROM orders WHERE order_id IN ('O1', 'O4') ORDER BY 1")).toEqual([
      { order_id: 'O1', customer_id: null, ordered_at: Date.UTC(2026, 3, 1), amount: 99, cost: null, status: 'returned' },
      { order_id: 'O4', customer_id: null, ordered_at: Date.UTC(2026, 3, 1), amount: 5, cost: null, status: 'completed' },
    ]);
  });

  it('GIVEN the same key of several columns twice in one file THEN the file is refused, each repeat naming the line of the first, and nothing is written', async () => {
    const before = await seed();
    // Line 1 is the header: the organic row of 2026-01-01 is on line 2 and again on lines 4 and 5.
    const r = await run('visits', file('v.csv', lines('day,channel,sessions', '2026-01-01,organic,10', '2026-01-01,email,5', '2026-01-01,organic,12', '2026-01-01,organic,13')));
    expect(problemsOf(r)).toEqual([
      '4 -: day 2026-01-01 with channel organic is already on line 2',
      '5 -: day 2026-01-01 with channel organic is already on line 2',
    ]);
    expect(r.ok || { read: r.read, badRows: r.badRows }).toEqual({ read: 4, badRows: 2 });
    expect(await snapshot()).toBe(before);
  });

  it('GIVEN a key repeated in the file whose first row is invalid THEN both lines are still reported', async () => {
    const r = await run('orders', file('o.csv', lines('order_id,ordered_at,amount,status', 'O-12,2026-01-01,-1,completed', 'O-12,2026-01-02,5,completed')));
    expect(problemsOf(r)).toEqual(['2 amount: negative amount: -1', '3 -: order_id O-12 is already on line 2']);
  });

  it('GIVEN a key in the database and once in the file THEN the row replaces it and counts as replaced', async () => {
    await run('visits', file('v1.csv', lines('day,channel,sessions', '2026-01-01,organic,10')));
    const r = await run('visits', file('v2.csv', lines('day,channel,sessions', '2026-01-01,organic,11', '2026-01-02,organic,12')));
    expect(summaryOf(r)).toMatchObject({ read: 2, inserted: 1, replaced: 1 });
    expect(await all('SELECT sessions FROM visits ORDER BY day')).toEqual([{ sessions: 11 }, { sessions: 12 }]);
  });

  it('GIVEN more rows than one statement takes THEN all are written in one import', async () => {
    const rows = ['order_id,ordered_at,amount,status'];
    for (let i = 0; i < 2345; i++) rows.push(`O${i},2026-01-01T00:00:${String(i % 60).padStart(2, '0')}Z,${i},completed`);
    rows.push('O2345,2026-01-02,7.5,returned');
    expect(summaryOf(await run('orders', file('big.csv', lines(...rows))))).toMatchObject({ read: 2346, inserted: 2346, replaced: 0 });
    expect(await all('SELECT count(*) AS n, sum(amount) AS s FROM orders')).toEqual([{ n: 2346, s: (2344 * 2345) / 2 + 7.5 }]);
  });
});

describe('importCsv: --skip-invalid', () => {
  it('GIVEN bad rows THEN the valid rows are imported and the rejected ones written beside, with line and reasons', async () => {
    const path = file('orders.csv', lines(
      'order_id,customer_id,ordered_at,amount,status,note',
      'O1,C1,2026-03-01,10,completed,ok',
      'O2,C1,nope,-1,completed,"two, faults"',
      'O3,C1,2026-03-03,5,completed,ok',
      'O4,C1,2026-03-04,5',
    ));
    const r = await run('orders', path, { skipInvalid: true });
    expect(summaryOf(r)).toEqual({
      table: 'orders', read: 4, inserted: 2, replaced: 0, rejected: 2, rejectsFile: `${path}.rejected.csv`,
      warnings: ['ignored columns not in orders: note', 'columns not in the file are left empty: cost'],
      readAs: "delimiter ',' detected",
    });
    expect(await all('SELECT order_id FROM orders ORDER BY 1')).toEqual([{ order_id: 'O1' }, { order_id: 'O3' }]);
    expect(parse(readFileSync(`${path}.rejected.csv`, 'utf8'))).toEqual([
      ['order_id', 'customer_id', 'ordered_at', 'amount', 'status', 'note', 'line', 'reason'],
      ['O2', 'C1', 'nope', '-1', 'completed', 'two, faults', '3',
        "ordered_at: not an ISO 8601 date or time: 'nope' (e.g. 2026-03-01, 2026-03-01 14:00 or 2026-03-01T14:00:00Z); amount: negative amount: -1"],
      ['O4', 'C1', '2026-03-04', '5', '', '', '5', 'has 4 field(s) but the header has 6 (a value with a comma needs "quotes")'],
    ]);
  });

  it('GIVEN a key repeated in the file THEN the first row is imported and the repeat goes to the side file', async () => {
    const path = file('orders.csv', lines('order_id,ordered_at,amount,status', 'O1,2026-03-01,10,completed', 'O2,2026-03-02,4,completed', 'O1,2026-03-03,99,returned'));
    expect(summaryOf(await run('orders', path, { skipInvalid: true }))).toMatchObject({ read: 3, inserted: 2, replaced: 0, rejected: 1 });
    expect(await all('SELECT order_id, amount FROM orders ORDER BY 1')).toEqual([{ order_id: 'O1', amount: 10 }, { order_id: 'O2', amount: 4 }]);
    expect(parse(readFileSync(`${path}.rejected.csv`, 'utf8'))[1]).toEqual(['O1', '2026-03-03', '99', 'returned', '4', 'order_id O1 is already on line 2']);
  });

  it('GIVEN the side file fixed THEN it imports as it is, its two extra columns ignored', async () => {
    const path = file('orders.csv', lines('order_id,ordered_at,amount,status', 'O1,2026-03-01,-10,completed'));
    await run('orders', path, { skipInvalid: true });
    const fixed = file('fixed.csv', readFileSync(`${path}.rejected.csv`, 'utf8').replace('-10', '10'));
    expect(summaryOf(await run('orders', fixed))).toMatchObject({ inserted: 1, warnings: ['ignored columns not in orders: line, reason', 'columns not in the file are left empty: customer_id, cost'] });
  });

  it('GIVEN a chosen side file THEN rejected rows go there; GIVEN no bad rows THEN no side file is written', async () => {
    const rejects = join(dir, 'out', 'rejects.csv');
    mkdirSync(join(dir, 'out'));
    const bad = file('bad.csv', lines('day,channel,sessions', '2026-03-01,web,x'));
    expect(summaryOf(await run('visits', bad, { skipInvalid: true, rejectsFile: rejects }))).toMatchObject({ read: 1, inserted: 0, rejected: 1, rejectsFile: rejects });
    expect(existsSync(rejects)).toBe(true);
    const good = file('good.csv', lines('day,channel,sessions', '2026-03-01,web,1'));
    expect(summaryOf(await run('visits', good, { skipInvalid: true }))).not.toHaveProperty('rejectsFile');
    expect(existsSync(`${good}.rejected.csv`)).toBe(false);
  });

  it('GIVEN a side file that cannot be written THEN nothing is imported', async () => {
    const before = await seed();
    const path = file('orders.csv', lines('order_id,ordered_at,amount,status', 'O8,2026-03-01,10,completed', 'O9,2026-03-01,-10,completed'));
    const r = await run('orders', path, { skipInvalid: true, rejectsFile: join(dir, 'no-such-dir', 'r.csv') });
    expect(problemsOf(r)[0]).toMatch(/^0 -: cannot write the rejected rows to .*r\.csv: ENOENT.*; nothing was imported$/);
    expect(await snapshot()).toBe(before);
  });

  it('GIVEN a header without a required column THEN --skip-invalid does not help', async () => {
    const r = await run('orders', file('o.csv', lines('order_id,amount,status', 'O1,1,completed')), { skipInvalid: true });
    expect(problemsOf(r)).toHaveLength(1);
  });
});

describe('importCsv: progress', () => {
  it('GIVEN a file of 2500 rows THEN progress is reported per phase, every 1000 rows and at the end', async () => {
    const rows = ['day,channel,sessions'];
    for (let i = 0; i < 2500; i++) rows.push(`2026-01-01,c${i},${i}`);
    const events: ImportProgress[] = [];
    await run('visits', file('v.csv', lines(...rows)), { onProgress: (e) => events.push(e) });
    expect(events.filter((e) => e.phase === 'validate')).toEqual([
      { phase: 'validate', done: 1000, total: 2500 },
      { phase: 'validate', done: 2000, total: 2500 },
      { phase: 'validate', done: 2500, total: 2500 },
    ]);
    expect(events.filter((e) => e.phase === 'write').map((e) => e.done)).toEqual([500, 1000, 1500, 2000, 2500]);
  });

  it('GIVEN quoted line breaks that make the line count overestimate the rows THEN the last validation event is exact', async () => {
    const rows = ['day,channel,sessions'];
    for (let i = 0; i < 1000; i++) rows.push(`2026-01-01,"c\n${i}",${i}`);
    const events: ImportProgress[] = [];
    await run('visits', file('v.csv', lines(...rows)), { onProgress: (e) => events.push(e) });
    expect(events.filter((e) => e.phase === 'validate')).toEqual([
      { phase: 'validate', done: 1000, total: 2000 },
      { phase: 'validate', done: 1000, total: 1000 },
    ]);
  });
});
