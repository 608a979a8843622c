import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DateTime } from 'luxon';
import { openSqliteStore } from '../engine/store/sqlite-store.js';
import { generateDemo, type DemoOptions } from '../engine/demo/generate-demo.js';
import { ACQUISITION_CHANNELS, COMPETITORS, OWN_BRAND, PLANS, REGIONS, SEGMENTS, TICKET_CATEGORIES, TICKET_CHANNELS } from '../engine/demo/demo-profile.js';
import { ORDER_STATUSES, SURVEY_KINDS, TABLE_NAMES } from '../engine/schema/tables.js';
import type { Store } from '../engine/store/store.js';

const NOW = Date.parse('2026-11-22T10:00:00Z');
const ZONE = 'Europe/Lisbon';
const DAY = 86_400_000;

async function openStore(): Promise<Store> {
  return openSqliteStore(join(mkdtempSync(join(tmpdir(), 'kpibot-demo-')), 'demo.db'));
}

async function demo(seed: number, options: Partial<DemoOptions> = {}): Promise<Store> {
  const store = await openStore();
  await generateDemo(store, { customers: 300, seed, now: NOW, timezone: ZONE, ...options });
  return store;
}

/** A fingerprint of a table's whole content. */
async function fingerprint(store: Store, table: string): Promise<string> {
  return JSON.stringify(await store.all(`SELECT * FROM ${table} ORDER BY 1, 2`));
}

const one = async (store: Store, sql: string, params: (string | number)[] = []): Promise<number> =>
  Number(Object.values((await store.get(sql, params)) ?? { n: NaN })[0]);

const inList = (values: readonly (string | number)[]): string => values.map((v) => `'${v}'`).join(', ');

/** `2026-Q1` of an instant in the test's zone. */
const quarterOf = (ms: number): string => {
  const d = DateTime.fromMillis(ms, { zone: ZONE });
  return `${d.year}-Q${d.quarter}`;
};

describe('the demo data set', () => {
  let s: Store;
  beforeAll(async () => {
    s = await demo(42);
  });
  afterAll(() => s.close());

  it('GIVEN the same seed and clock THEN the same rows; another seed THEN other rows', async () => {
    const [a, b, c] = await Promise.all([demo(7), demo(7), demo(8)]);
    for (const t of TABLE_NAMES) expect(await fingerprint(a, t), t).toBe(await fingerprint(b, t));
    for (const t of ['customers', 'orders', 'tickets', 'surveys', 'leads', 'visits']) {
      expect(await fingerprint(a, t), t).not.toBe(await fingerprint(c, t));
    }
    await Promise.all([a.close(), b.close(), c.close()]);
  });

  it('GIVEN a demo THEN every table has rows, nothing happens after now, and every contract rule holds', async () => {
    for (const t of TABLE_NAMES) expect(await one(s, `SELECT count(*) FROM ${t}`), t).toBeGreaterThan(0);
    const after = [
      'SELECT count(*) FROM customers WHERE signup_at >= ? OR churned_at >= ?',
      'SELECT count(*) FROM orders WHERE ordered_at >= ?',
      'SELECT count(*) FROM tickets WHERE opened_at >= ? OR resolved_at >= ? OR first_response_at >= ?',
      'SELECT count(*) FROM surveys WHERE answered_at >= ?',
      'SELECT count(*) FROM invoices WHERE issued_at >= ? OR paid_at >= ?',
      'SELECT count(*) FROM leads WHERE created_at >= ? OR converted_at >= ?',
    ];
    for (const sql of after) {
      const row = await s.get(sql, Array.from({ length: (sql.match(/\?/g) ?? []).length }, () => NOW));
      expect(Object.values(row ?? {})[0], sql).toBe(0);
    }
    const broken = [
      'SELECT count(*) FROM customers WHERE churned_at < signup_at',
      'SELECT count(*) FROM tickets WHERE resolved_at < opened_at OR first_response_at < opened_at',
      'SELECT count(*) FROM invoices WHERE paid_at < issued_at',
      'SELECT count(*) FROM leads WHERE converted_at < created_at',
      "SELECT count(*) FROM surveys WHERE (kind = 'nps' AND (score < 0 OR score > 10)) OR (kind = 'csat' AND (score < 1 OR score > 5)) OR (kind = 'engagement' AND (score < 1 OR score > 4)) OR (kind = 'brand' AND (score < 0 OR score > 10))",
      "SELECT count(*) FROM surveys WHERE kind IN ('nps', 'csat', 'engagement') AND score <> round(score)",
      `SELECT count(*) FROM surveys WHERE kind NOT IN (${inList(SURVEY_KINDS)})`,
      `SELECT count(*) FROM orders WHERE status NOT IN (${inList(ORDER_STATUSES)}) OR amount <= 0 OR cost < 0`,
      'SELECT count(*) FROM tickets WHERE contacts NOT BETWEEN 1 AND 4 OR is_complaint NOT IN (0, 1)',
      'SELECT count(*) FROM invoices WHERE amount <= 0',
      'SELECT count(*) FROM visits WHERE sessions < 0',
      'SELECT count(*) FROM marketing_spend WHERE amount < 0',
      'SELECT count(*) FROM mentions WHERE mentions < 0',
    ];
    for (const sql of broken) expect(await one(s, sql), sql).toBe(0);
    // The own brand is mentioned every day the data covers.
    expect(await one(s, 'SELECT count(DISTINCT day) FROM mentions WHERE own = 1')).toBe(await one(s, 'SELECT count(DISTINCT day) FROM mentions'));
    // Some customers sign up and churn within a month: churn's "signup and churn inside the period" case.
    expect(await one(s, 'SELECT count(*) FROM customers WHERE churned_at - signup_at < 30 * 86400000')).toBeGreaterThan(0);
  });

  it('GIVEN a demo THEN dimension values come from the documented vocabularies and ids look like C000001', async () => {
    const vocab: [string, string, readonly string[]][] = [
      ['customers', 'segment', SEGMENTS],
      ['customers', 'region', REGIONS],
      ['customers', 'plan', PLANS],
      ['customers', 'acquisition_channel', ACQUISITION_CHANNELS],
      ['tickets', 'channel', TICKET_CHANNELS],
      ['tickets', 'category', TICKET_CATEGORIES],
      ['leads', 'source', ACQUISITION_CHANNELS],
      ['visits', 'channel', ACQUISITION_CHANNELS],
      ['marketing_spend', 'channel', ACQUISITION_CHANNELS],
      ['mentions', 'brand', [OWN_BRAND, ...COMPETITORS.map(([b]) => b)]],
    ];
    for (const [table, column, values] of vocab) {
      const seen = (await s.all<{ v: string }>(`SELECT DISTINCT ${column} AS v FROM ${table} ORDER BY 1`)).map((r) => r.v);
      expect(seen, `${table}.${column}`).toEqual([...values].sort());
    }
    expect(await one(s, "SELECT count(*) FROM mentions WHERE (brand = ? AND own <> 1) OR (brand <> ? AND own <> 0)", [OWN_BRAND, OWN_BRAND])).toBe(0);
    const ids = (await s.all<{ customer_id: string }>('SELECT customer_id FROM customers ORDER BY 1 LIMIT 2')).map((r) => r.customer_id);
    expect(ids).toEqual(['C000001', 'C000002']);
    expect(await one(s, "SELECT count(*) FROM orders WHERE order_id NOT GLOB 'O[0-9]*'")).toBe(0);
  });

  it('GIVEN a demo THEN activity is consistent across tables', async () => {
    // Orders, tickets and surveys only while the customer is a customer.
    for (const [table, at] of [['orders', 'ordered_at'], ['tickets', 'opened_at'], ['surveys', 'answered_at']]) {
      const outside = await one(
        s,
        `SELECT count(*) FROM ${table} t JOIN customers c USING (customer_id) WHERE t.${at} < c.signup_at OR t.${at} >= c.churned_at`,
      );
      expect(outside, table).toBe(0);
      expect(await one(s, `SELECT count(*) FROM ${table} WHERE customer_id NOT IN (SELECT customer_id FROM customers)`), table).toBe(0);
    }
    // Converted leads point at the customer they became, converted at the signup.
    expect(await one(s, 'SELECT count(*) FROM leads WHERE (converted_at IS NULL) <> (customer_id IS NULL)')).toBe(0);
    expect(
      await one(s, 'SELECT count(*) FROM leads l LEFT JOIN customers c USING (customer_id) WHERE l.customer_id IS NOT NULL AND (c.signup_at IS NULL OR c.signup_at <> l.converted_at)'),
    ).toBe(0);
    // A ticket is answered before it is resolved; invoices are due 30 days after issue.
    expect(await one(s, 'SELECT count(*) FROM tickets WHERE resolved_at < first_response_at OR (resolved_at IS NOT NULL AND first_response_at IS NULL)')).toBe(0);
    expect(await one(s, 'SELECT count(*) FROM invoices WHERE due_at <> issued_at + 30 * 86400000')).toBe(0);
    // Cost of goods is 55-75% of the amount, give or take the segment's discount.
    expect(await one(s, 'SELECT count(*) FROM orders WHERE cost < 0.5 * amount OR cost > 0.8 * amount')).toBe(0);
  });

  it('GIVEN a demo THEN every local day has every channel, and days and months are in the workspace time zone', async () => {
    const today = DateTime.fromMillis(NOW, { zone: ZONE });
    const first = today.startOf('day').minus({ years: 3 });
    const days = Math.round(today.startOf('day').diff(first, 'days').days) + 1;
    for (const table of ['visits', 'marketing_spend']) {
      expect(await one(s, `SELECT count(*) FROM ${table}`), table).toBe(days * ACQUISITION_CHANNELS.length);
      const range = await s.get<{ lo: string; hi: string }>(`SELECT min(day) AS lo, max(day) AS hi FROM ${table}`);
      expect(range, table).toEqual({ lo: first.toISODate(), hi: today.toISODate() });
    }
    expect(await one(s, 'SELECT count(*) FROM mentions')).toBe(days * (COMPETITORS.length + 1));
    const months = (await s.all<{ month: string }>('SELECT month FROM market ORDER BY month')).map((r) => r.month);
    expect(months[0]).toBe(first.toFormat('yyyy-MM'));
    expect(months.at(-1)).toBe(today.toFormat('yyyy-MM'));
    expect(months).toHaveLength(37);
  });

  it('GIVEN a demo THEN company_sales is the month’s completed revenue and the largest competitor sells more', async () => {
    const orders = await s.all<{ ordered_at: number; amount: number }>("SELECT ordered_at, amount FROM orders WHERE status = 'completed'");
    const byMonth = new Map<string, number>();
    for (const o of orders) {
      const m = DateTime.fromMillis(o.ordered_at, { zone: ZONE }).toFormat('yyyy-MM');
      byMonth.set(m, (byMonth.get(m) ?? 0) + o.amount);
    }
    const market = await s.all<{ month: string; market_sales: number; company_sales: number; largest_competitor_sales: number }>('SELECT * FROM market');
    for (const m of market) {
      expect(m.company_sales, m.month).toBeCloseTo(byMonth.get(m.month) ?? 0, 0);
      expect(m.largest_competitor_sales, m.month).toBeGreaterThan(m.company_sales);
      expect(m.market_sales, m.month).toBeGreaterThan(m.company_sales + m.largest_competitor_sales);
    }
  });

  it('GIVEN the price change two to three quarters before now THEN that quarter churns at least 1.5x the average quarter, more than any other', async () => {
    // now is 2026-11-22, so the bad quarter (the one that began about eight months before) is 2026-Q1.
    const churned = await s.all<{ churned_at: number }>('SELECT churned_at FROM customers WHERE churned_at IS NOT NULL');
    const byQuarter = new Map<string, number>();
    for (const c of churned) byQuarter.set(quarterOf(c.churned_at), (byQuarter.get(quarterOf(c.churned_at)) ?? 0) + 1);
    // The whole quarters of the window other than the bad one.
    const others = ['2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4', '2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4', '2026-Q2', '2026-Q3'];
    const counts = others.map((q) => byQuarter.get(q) ?? 0);
    const average = counts.reduce((a, b) => a + b, 0) / counts.length;
    const spike = byQuarter.get('2026-Q1') ?? 0;
    expect(spike).toBeGreaterThan(1.5 * average);
    expect(spike).toBeGreaterThan(Math.max(...counts));
    // Complaints rise in the same quarter.
    const complaints = async (from: string, to: string): Promise<number> =>
      one(s, 'SELECT count(*) FROM tickets WHERE is_complaint = 1 AND opened_at >= ? AND opened_at < ?', [
        DateTime.fromISO(from, { zone: ZONE }).toMillis(),
        DateTime.fromISO(to, { zone: ZONE }).toMillis(),
      ]);
    expect(await complaints('2026-01-01', '2026-04-01')).toBeGreaterThan(1.5 * (await complaints('2025-10-01', '2026-01-01')));
  });

  it('GIVEN segments THEN SMB churns a larger share of its customers than Enterprise and Enterprise orders are larger', async () => {
    const rows = await s.all<{ segment: string; churned: number; basket: number }>(
      `SELECT c.segment, avg(c.churned_at IS NOT NULL) AS churned,
         (SELECT avg(amount) FROM orders o JOIN customers c2 USING (customer_id) WHERE c2.segment = c.segment) AS basket
       FROM customers c GROUP BY c.segment`,
    );
    const seg = Object.fromEntries(rows.map((r) => [r.segment, r]));
    expect(seg['SMB']?.churned).toBeGreaterThan(seg['Enterprise']?.churned ?? 1);
    expect(seg['Enterprise']?.basket).toBeGreaterThan(5 * (seg['SMB']?.basket ?? Infinity));
    expect(await one(s, "SELECT count(*) FROM customers WHERE segment = 'SMB'")).toBeGreaterThan(await one(s, "SELECT count(*) FROM customers WHERE segment = 'Enterprise'"));
  });

  it('GIVEN a demo written twice into one file THEN the second replaces the first instead of adding to it', async () => {
    const store = await demo(42);
    const before = await one(store, 'SELECT count(*) FROM orders');
    await generateDemo(store, { customers: 300, seed: 42, now: NOW, timezone: ZONE });
    expect(await one(store, 'SELECT count(*) FROM orders')).toBe(before);
    await store.close();
  });

  it('GIVEN a failure midway THEN the previous data set is left whole', async () => {
    const store = await demo(42);
    const before = await Promise.all(TABLE_NAMES.map((t) => fingerprint(store, t)));
    // A store whose inserts into tickets fail, after orders have been written in the same transaction.
    const failing: Store = {
      dialect: store.dialect,
      all: (sql, p) => store.all(sql, p),
      get: (sql, p) => store.get(sql, p),
      run: (sql, p) => store.run(sql, p),
      exec: (sql) => store.exec(sql),
      close: () => store.close(),
      transaction: (work) =>
        store.transaction((tx) =>
          work({ ...tx, run: (sql, p) => (sql.startsWith('INSERT INTO tickets') ? Promise.reject(new Error('disk full')) : tx.run(sql, p)) }),
        ),
    };
    await expect(generateDemo(failing, { customers: 300, seed: 9, now: NOW, timezone: ZONE })).rejects.toThrow('disk full');
    expect(await Promise.all(TABLE_NAMES.map((t) => fingerprint(store, t)))).toEqual(before);
    await store.close();
  });

  it('GIVEN progress reporting THEN it ends with every customer and each daily table', async () => {
    const calls: [number, number, string][] = [];
    const store = await demo(1, { customers: 50, onProgress: (done, total, table) => calls.push([done, total, table]) });
    expect(calls[0]).toEqual([50, 50, 'customers']);
    expect(calls.slice(1).map(([, , t]) => t)).toEqual(['visits', 'marketing_spend', 'mentions', 'market']);
    await store.close();
  });

  it('GIVEN a bad customer count or span THEN it refuses before touching the database', async () => {
    const store = await openStore();
    await expect(generateDemo(store, { customers: 0, now: NOW, timezone: ZONE })).rejects.toThrow(RangeError);
    await expect(generateDemo(store, { customers: 2.5, now: NOW, timezone: ZONE })).rejects.toThrow(RangeError);
    await expect(generateDemo(store, { years: 0, now: NOW, timezone: ZONE })).rejects.toThrow(RangeError);
    await store.close();
  });
});

describe('the demo data set at the default size', () => {
  let s: Store;
  let summary: Awaited<ReturnType<typeof generateDemo>>;
  beforeAll(async () => {
    s = await openStore();
    summary = await generateDemo(s, { now: NOW, timezone: ZONE });
  });
  afterAll(() => s.close());

  it('GIVEN 2000 customers THEN 40-60 thousand orders, and the summary counts the rows written', async () => {
    expect(summary.customers).toBe(2000);
    expect(summary.orders).toBeGreaterThan(40_000);
    expect(summary.orders).toBeLessThan(60_000);
    for (const t of TABLE_NAMES) expect(summary[t], t).toBe(await one(s, `SELECT count(*) FROM ${t}`));
  });

  it('GIVEN every whole month THEN each survey kind has at least 30 answers (no month is a small sample)', async () => {
    const answers = await s.all<{ answered_at: number; kind: string }>('SELECT answered_at, kind FROM surveys');
    const counts = new Map<string, number>();
    for (const a of answers) {
      const key = `${DateTime.fromMillis(a.answered_at, { zone: ZONE }).toFormat('yyyy-MM')} ${a.kind}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    // Whole months: from the first of the month after the window opens to the first of this month.
    let m = DateTime.fromMillis(NOW, { zone: ZONE }).minus({ years: 3 }).startOf('month').plus({ months: 1 });
    const end = DateTime.fromMillis(NOW, { zone: ZONE }).startOf('month');
    let months = 0;
    for (; m < end; m = m.plus({ months: 1 }), months++) {
      for (const kind of SURVEY_KINDS) expect(counts.get(`${m.toFormat('yyyy-MM')} ${kind}`) ?? 0, `${m.toFormat('yyyy-MM')} ${kind}`).toBeGreaterThanOrEqual(30);
    }
    expect(months).toBe(35);
  });

  it('GIVEN the whole data set THEN the headline shares are in their realistic ranges', async () => {
    const share = (sql: string): Promise<number> => one(s, sql);
    const status = await s.all<{ status: string; n: number }>('SELECT status, count(*) AS n FROM orders GROUP BY status');
    const total = status.reduce((a, r) => a + r.n, 0);
    const pct = Object.fromEntries(status.map((r) => [r.status, (100 * r.n) / total]));
    expect(pct['completed']).toBeGreaterThan(88);
    expect(pct['completed']).toBeLessThan(92);
    expect(pct['returned']).toBeGreaterThan(5);
    expect(pct['returned']).toBeLessThan(7);
    const margin = await share("SELECT 100 * (1 - sum(coalesce(cost, 0)) / sum(amount)) FROM orders WHERE status = 'completed'");
    expect(margin).toBeGreaterThan(25);
    expect(margin).toBeLessThan(45);
    const complaints = await share('SELECT 100.0 * avg(is_complaint) FROM tickets');
    expect(complaints).toBeGreaterThan(15);
    expect(complaints).toBeLessThan(25);
    const conversion = await share('SELECT 100.0 * avg(converted_at IS NOT NULL) FROM leads');
    expect(conversion).toBeGreaterThan(20);
    expect(conversion).toBeLessThan(30);
    const voice = await share('SELECT 100.0 * sum(mentions * own) / sum(mentions) FROM mentions');
    expect(voice).toBeGreaterThan(30);
    expect(voice).toBeLessThan(45);
    const nps = await share("SELECT 100.0 * (sum(score >= 9) - sum(score <= 6)) / count(*) FROM surveys WHERE kind = 'nps'");
    expect(nps).toBeGreaterThan(20);
    expect(nps).toBeLessThan(45);
    const web = await share(`SELECT 100.0 * (SELECT count(*) FROM orders WHERE status = 'completed') / (SELECT sum(sessions) FROM visits)`);
    expect(web).toBeGreaterThan(1);
    expect(web).toBeLessThan(3);
    const oneContact = await share('SELECT 100.0 * avg(contacts = 1) FROM tickets');
    expect(oneContact).toBeGreaterThan(60);
    // Phone is answered faster than email.
    const firstHours = async (channel: string): Promise<number> =>
      one(s, 'SELECT avg(first_response_at - opened_at) / 3600000.0 FROM tickets WHERE channel = ?', [channel]);
    expect(await firstHours('phone')).toBeLessThan(await firstHours('email'));
    // Recent tickets are open more often than old ones.
    const open = async (from: number, to: number): Promise<number> =>
      one(s, 'SELECT avg(resolved_at IS NULL) FROM tickets WHERE opened_at >= ? AND opened_at < ?', [from, to]);
    expect(await open(NOW - 7 * DAY, NOW)).toBeGreaterThan(await open(NOW - 365 * DAY, NOW - 30 * DAY));
  });

  it('GIVEN engagement answers THEN fully engaged per actively disengaged rises from about 5:1 to about 7:1', async () => {
    const ratio = async (from: number, to: number): Promise<number> =>
      one(s, "SELECT 1.0 * sum(score = 4) / sum(score = 1) FROM surveys WHERE kind = 'engagement' AND answered_at >= ? AND answered_at < ?", [from, to]);
    const firstYear = await ratio(NOW - 3 * 365 * DAY, NOW - 2 * 365 * DAY);
    const lastHalf = await ratio(NOW - 182 * DAY, NOW);
    expect(firstYear).toBeGreaterThan(4);
    expect(firstYear).toBeLessThan(6.5);
    expect(lastHalf).toBeGreaterThan(firstYear);
    expect(lastHalf).toBeGreaterThan(5.5);
    expect(lastHalf).toBeLessThan(9);
  });
});
