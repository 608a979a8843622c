/**
 * The benchmark's databases: demo data sets sized by orders, made once and kept under
 * bench/data/ (git-ignored) so a second run at the same size starts at once.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { generateDemo } from '../engine/demo/generate-demo.js';
import { openSqliteStore } from '../engine/store/sqlite-store.js';
import { packageRoot } from '../bot/package-root.js';

/**
 * The demo draws about this many orders per customer over its three years (27.2 at 300
 * customers, 27.4 at 7,700), so the customers for N orders are N / 27.4.
 */
export const ORDERS_PER_CUSTOMER = 27.4;

export const customersFor = (orders: number): number => Math.max(1, Math.round(orders / ORDERS_PER_CUSTOMER));

export interface DemoDb {
  readonly path: string;
  readonly customers: number;
  /** Seconds it took to make, when this run or an earlier one made it here. */
  readonly generationSeconds: number | null;
  /** True when this run made it. */
  readonly generated: boolean;
}

/** The cached demo for `customers` at `now`, made (in a temporary file, then moved) when missing. */
export async function demoDb(customers: number, now: number): Promise<DemoDb> {
  const dir = join(packageRoot(), 'bench', 'data');
  mkdirSync(dir, { recursive: true });
  const name = `demo-${customers}c-${new Date(now).toISOString().slice(0, 10)}`;
  const path = join(dir, `${name}.db`);
  const meta = join(dir, `${name}.json`);
  if (existsSync(path)) {
    const seconds = existsSync(meta) ? (JSON.parse(readFileSync(meta, 'utf8')) as { generationSeconds?: number }).generationSeconds ?? null : null;
    return { path, customers, generationSeconds: seconds, generated: false };
  }
  // A run stopped midway must not leave a half-made file that the next run would take as done.
  const partial = `${path}.partial`;
  for (const f of [partial, `${partial}-wal`, `${partial}-shm`]) rmSync(f, { force: true });
  const store = await openSqliteStore(partial);
  const t0 = performance.now();
  let lastShown = 0;
  await generateDemo(store, {
    customers,
    now,
    timezone: 'UTC',
    onProgress: (done, total, table) => {
      if (table === 'customers' && performance.now() - lastShown > 10_000) {
        lastShown = performance.now();
        process.stderr.write(`  generating: ${done.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} customers, ${((lastShown - t0) / 1000).toFixed(0)} s\n`);
      }
    },
  });
  await store.exec('PRAGMA wal_checkpoint(TRUNCATE)');
  await store.close();
  const generationSeconds = (performance.now() - t0) / 1000;
  renameSync(partial, path);
  writeFileSync(meta, JSON.stringify({ customers, now: new Date(now).toISOString(), generationSeconds }, null, 2));
  return { path, customers, generationSeconds, generated: true };
}
