import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../engine/store/sqlite-store.js';
import { runKpibot } from './cli-harness.js';

const NOW = '2026-11-22T10:00:00Z';

/** A folder with a CSV of one order of 10 on 2026-01-05, `X1`: no demo order has that id. */
function workspace(): string {
  const cwd = mkdtempSync(join(tmpdir(), 'kpibot-cli-demo-'));
  writeFileSync(join(cwd, 'orders.csv'), 'order_id,customer_id,ordered_at,amount,status\nX1,C1,2026-01-05,10,completed\n');
  return cwd;
}
const demo = (cwd: string, ...extra: string[]) => runKpibot(['demo', '--customers', '50', '--db', 'k.db', '--now', NOW, ...extra], { cwd });
const importOrders = (cwd: string) => runKpibot(['import', 'orders', 'orders.csv', '--db', 'k.db'], { cwd });

async function rows(cwd: string, sql: string): Promise<unknown[]> {
  const store = await openSqliteStore(join(cwd, 'k.db'));
  try {
    return await store.all(sql);
  } finally {
    await store.close();
  }
}

describe('kpibot demo over a database with data', () => {
  it('GIVEN a database holding imported orders WHEN demo runs without --force THEN it refuses, says why and how, and the orders stay', async () => {
    const cwd = workspace();
    expect((await importOrders(cwd)).code).toBe(0);
    const r = await demo(cwd);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${join(cwd, 'k.db')} holds data the demo did not write, in orders`);
    expect(r.stderr).toContain('add --force');
    expect(r.stdout).toBe('');
    expect(await rows(cwd, 'SELECT order_id, amount FROM orders')).toEqual([{ order_id: 'X1', amount: 10 }]);
    expect(await rows(cwd, 'SELECT count(*) AS n FROM customers')).toEqual([{ n: 0 }]);
  });

  it('GIVEN the same database WHEN demo runs with --force THEN the demo replaces it', async () => {
    const cwd = workspace();
    expect((await importOrders(cwd)).code).toBe(0);
    const r = await demo(cwd, '--force');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Demo data written to');
    expect(await rows(cwd, "SELECT count(*) AS n FROM orders WHERE order_id = 'X1'")).toEqual([{ n: 0 }]);
    expect(await rows(cwd, 'SELECT count(*) AS n FROM customers')).toEqual([{ n: 50 }]);
    // Now it is the demo's own data: demo runs again without --force.
    expect((await demo(cwd)).code).toBe(0);
  });

  it('GIVEN a demo database WHEN demo runs again THEN it is replaced without --force, as before', async () => {
    const cwd = workspace();
    expect((await demo(cwd)).code).toBe(0);
    const before = await rows(cwd, 'SELECT count(*) AS n FROM orders');
    const again = await demo(cwd);
    expect(again.code, again.stderr).toBe(0);
    expect(await rows(cwd, 'SELECT count(*) AS n FROM orders')).toEqual(before);
  });

  it('GIVEN a demo database into which orders were imported THEN demo refuses, naming orders only', async () => {
    const cwd = workspace();
    expect((await demo(cwd)).code).toBe(0);
    expect((await importOrders(cwd)).code).toBe(0);
    const r = await demo(cwd);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('did not write, in orders (');
    expect(await rows(cwd, "SELECT amount FROM orders WHERE order_id = 'X1'")).toEqual([{ amount: 10 }]);
  });

  it('GIVEN rows written before kpibot recorded where data came from THEN demo refuses them too', async () => {
    const cwd = workspace();
    const store = await openSqliteStore(join(cwd, 'k.db'));
    await store.run("INSERT INTO market VALUES ('2026-01', 100, 20, 30)");
    await store.run('DELETE FROM table_origins');
    await store.close();
    const r = await demo(cwd);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('did not write, in market (imported, or written by an older kpibot)');
  });

  it('GIVEN an import refused whole THEN it records nothing, and demo may still replace the demo data', async () => {
    const cwd = workspace();
    expect((await demo(cwd)).code).toBe(0);
    writeFileSync(join(cwd, 'bad.csv'), 'order_id,customer_id,ordered_at,amount,status\nX2,C1,2026-01-06,-5,completed\n');
    expect((await runKpibot(['import', 'orders', 'bad.csv', '--db', 'k.db'], { cwd })).code).toBe(1);
    expect((await demo(cwd)).code).toBe(0);
  });
});
