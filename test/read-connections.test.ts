import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore, type SqliteOptions } from '../engine/store/sqlite-store.js';
import { QueryTimeoutError } from '../engine/store/query-timeout.js';
import type { Store } from '../engine/store/store.js';

/** Counts to `n` one row at a time: seconds of work for SQLite at a billion, with no data at all. */
const countTo = (n: number): string =>
  `WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < ${n}) SELECT count(*) AS n FROM c`;
const upTo = (n: number): string => `WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < ${n}) SELECT x FROM c`;
const QUICK = 'SELECT count(*) AS n FROM customers';

async function open(options: SqliteOptions = {}): Promise<{ store: Store; file: string }> {
  const file = join(mkdtempSync(join(tmpdir(), 'kpibot-readers-')), 'k.db');
  return { store: await openSqliteStore(file, options), file };
}

/** Issues a slow read then a quick one, and says in which order they settled. */
async function slowThenQuick(store: Store): Promise<string[]> {
  const order: string[] = [];
  const slow = store.get(countTo(1e9)).then(
    () => order.push('slow'),
    (e: unknown) => order.push(e instanceof QueryTimeoutError ? 'slow timed out' : `slow failed: ${String(e)}`),
  );
  const quick = store.get(QUICK).then(() => order.push('quick'));
  await Promise.all([slow, quick]);
  return order;
}

describe('read connections beside the writer', () => {
  it('GIVEN two readers WHEN a slow read runs THEN a quick read issued after it finishes first', async () => {
    // The limit only ends the slow one, so the test does not wait for a billion rows.
    const { store } = await open({ queryTimeoutMs: 1500 });
    expect(await slowThenQuick(store)).toEqual(['quick', 'slow timed out']);
    await store.close();
  });

  it('GIVEN no readers THEN the quick read waits its turn behind the slow one (what the readers fix)', async () => {
    const { store } = await open({ readers: 0, queryTimeoutMs: 300 });
    expect(await slowThenQuick(store)).toEqual(['slow timed out', 'quick']);
    await store.close();
  });

  it('reads go to read-only connections; writes, and reads inside a transaction, to the writer', async () => {
    const { store } = await open();
    expect(await store.get('PRAGMA query_only')).toEqual({ query_only: 1 });
    await expect(store.all("INSERT INTO customers (customer_id, signup_at) VALUES ('x', 0) RETURNING customer_id")).rejects.toThrow(/readonly|read-only/i);
    const inside = await store.transaction(async (tx) => {
      await tx.run("INSERT INTO customers (customer_id, signup_at) VALUES ('t', 0)");
      return [await tx.get('PRAGMA query_only'), await tx.get<{ n: number }>(QUICK)];
    });
    expect(inside).toEqual([{ query_only: 0 }, { n: 1 }]);
    await store.close();
  });

  it('a read issued after a write resolved sees it, on every reader', async () => {
    const { store } = await open({ readers: 3 });
    for (let i = 1; i <= 5; i++) {
      await store.run('INSERT INTO customers (customer_id, signup_at) VALUES (?, 0)', [`c${i}`]);
      // Several at once, so they spread over the readers.
      const counts = await Promise.all([1, 2, 3, 4].map(() => store.get<{ n: number }>(QUICK)));
      expect(counts.map((r) => r?.n)).toEqual([i, i, i, i]);
    }
    await store.transaction(async (tx) => {
      await tx.run("INSERT INTO customers (customer_id, signup_at) VALUES ('tx', 0)");
    });
    expect(await store.get(QUICK)).toEqual({ n: 6 });
    await store.close();
  });

  it('a read issued right after a write it did not wait for still sees it, as on one connection', async () => {
    const { store } = await open();
    // A write big enough that a read racing it on another connection would see none of it.
    const write = store.run(`INSERT INTO customers (customer_id, signup_at) SELECT 'c' || x, 0 FROM (${upTo(200_000)})`);
    const read = store.get(QUICK);
    await write;
    expect(await read).toEqual({ n: 200_000 });
    await store.close();
  });

  it('GIVEN a time limit WHEN a read runs past it THEN it fails with QueryTimeoutError and the connection goes on', async () => {
    for (const readers of [1, 0]) {
      const { store } = await open({ readers, queryTimeoutMs: 200 });
      const e: unknown = await store.get(countTo(1e9)).catch((x: unknown) => x);
      expect(e).toBeInstanceOf(QueryTimeoutError);
      expect((e as QueryTimeoutError).limitMs).toBe(200);
      // One reader: this is the interrupted connection, and it answers normally.
      await store.run("INSERT INTO customers (customer_id, signup_at) VALUES ('after', 0)");
      expect(await store.get(QUICK)).toEqual({ n: 1 });
      expect(await store.get(countTo(1000))).toEqual({ n: 1000 });
      await store.close();
    }
  });

  it('a write is never interrupted by the read time limit', async () => {
    const { store } = await open({ queryTimeoutMs: 50 });
    await store.run(`INSERT INTO customers (customer_id, signup_at) SELECT 'c' || x, 0 FROM (${upTo(300_000)})`);
    expect(await store.get(QUICK)).toEqual({ n: 300_000 });
    await store.close();
  });

  it('close() closes every connection: the last one out removes the WAL file', async () => {
    const { store, file } = await open({ readers: 2 });
    await store.run("INSERT INTO customers (customer_id, signup_at) VALUES ('a', 0)");
    await Promise.all([store.get(QUICK), store.get(QUICK)]);
    expect(existsSync(`${file}-wal`)).toBe(true);
    await store.close();
    expect(existsSync(`${file}-wal`)).toBe(false);
  });

  it('an in-memory database has no readers and refuses them', async () => {
    const store = await openSqliteStore(':memory:');
    expect(await store.get('PRAGMA query_only')).toEqual({ query_only: 0 });
    await store.close();
    await expect(openSqliteStore(':memory:', { readers: 1 })).rejects.toThrow(/in-memory/);
  });
});
