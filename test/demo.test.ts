import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../engine/store/sqlite-store.js';
import { generateDemo } from '../engine/demo/generate-demo.js';
import { TABLE_NAMES } from '../engine/schema/tables.js';
import type { Store } from '../engine/store/store.js';

const NOW = Date.parse('2026-11-22T10:00:00Z');

async function demo(seed: number): Promise<Store> {
  const store = await openSqliteStore(join(mkdtempSync(join(tmpdir(), 'kpibot-demo-')), 'demo.db'));
  await generateDemo(store, { customers: 300, seed, now: NOW, timezone: 'Europe/Lisbon' });
  return store;
}

/** A fingerprint of a table's whole content. */
async function fingerprint(store: Store, table: string): Promise<string> {
  return JSON.stringify(await store.all(`SELECT * FROM ${table} ORDER BY 1, 2`));
}

const one = async (store: Store, sql: string): Promise<number> => Number(Object.values((await store.get(sql)) ?? { n: NaN })[0]);

describe('the demo data set', () => {
  it('GIVEN the same seed and clock THEN the same rows; another seed THEN other rows', async () => {
    const [a, b, c] = await Promise.all([demo(7), demo(7), demo(8)]);
    for (const t of TABLE_NAMES) expect(await fingerprint(a, t), t).toBe(await fingerprint(b, t));
    expect(await fingerprint(a, 'orders')).not.toBe(await fingerprint(c, 'orders'));
    await Promise.all([a.close(), b.close(), c.close()]);
  });

  it('GIVEN a demo THEN every table has rows, nothing happens after now, and every contract rule holds', async () => {
    const s = await demo(42);
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
      "SELECT count(*) FROM surveys WHERE kind NOT IN ('nps', 'csat', 'engagement', 'brand')",
      "SELECT count(*) FROM orders WHERE status NOT IN ('completed', 'returned', 'cancelled') OR amount < 0 OR cost < 0",
      'SELECT count(*) FROM tickets WHERE contacts < 1',
    ];
    for (const sql of broken) expect(await one(s, sql), sql).toBe(0);
    // The own brand is mentioned every day the data covers.
    expect(await one(s, 'SELECT count(DISTINCT day) FROM mentions WHERE own = 1')).toBe(await one(s, 'SELECT count(DISTINCT day) FROM mentions'));
    // Some customers sign up and churn within a month: churn's "signup and churn inside the period" case.
    expect(await one(s, 'SELECT count(*) FROM customers WHERE churned_at - signup_at < 30 * 86400000')).toBeGreaterThan(0);
    await s.close();
  });

  it('GIVEN a demo written twice into one file THEN the second replaces the first instead of adding to it', async () => {
    const s = await demo(42);
    const before = await one(s, 'SELECT count(*) FROM orders');
    await generateDemo(s, { customers: 300, seed: 42, now: NOW, timezone: 'Europe/Lisbon' });
    expect(await one(s, 'SELECT count(*) FROM orders')).toBe(before);
    await s.close();
  });
});
