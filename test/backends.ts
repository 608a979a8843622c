import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openSqliteStore } from '../engine/store/sqlite-store.js';
import { openPgStore, type PgOptions } from '../engine/store/pg-store.js';
import type { Row, SqlValue, Store, TxStore } from '../engine/store/store.js';

/**
 * The backends a suite runs against, as Kysely runs its tests per dialect:
 * `describe.each(eachBackend)('... on %s', (_label, backend) => ...)`, skipping when `backend.skip`
 * says why. SQLite always runs. PostgreSQL runs when a server answers on KPIBOT_TEST_PG_URL;
 * when none does, its suites are skipped with the reason in their names, except under CI=true,
 * where they run and fail, since CI must not pass on SQLite alone.
 */
export interface Backend {
  readonly name: 'sqlite' | 'postgres';
  /** The name suites show: the backend, and why it is skipped when it is. */
  readonly label: string;
  /** Why this backend's suites are skipped; undefined when they run. */
  readonly skip: string | undefined;
  /** A new, migrated, empty database of its own; closing it removes it. */
  open(): Promise<Store>;
}

export const PG_URL = process.env['KPIBOT_TEST_PG_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';
export const IN_CI = process.env['CI'] === 'true';

/** Whether a PostgreSQL server answers on PG_URL, asked once per test file. */
export const pgReachable: { readonly ok: true } | { readonly ok: false; readonly reason: string } = await probe(PG_URL);

async function probe(url: string): Promise<typeof pgReachable> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return { ok: true };
  } catch (e) {
    return { ok: false, reason: `no PostgreSQL server answers on ${url} (${(e as Error).message || (e as Error).name}); set KPIBOT_TEST_PG_URL` };
  } finally {
    await client.end().catch(() => undefined);
  }
}

const sqlite: Backend = {
  name: 'sqlite',
  label: 'sqlite',
  skip: undefined,
  open: () => openSqliteStore(join(mkdtempSync(join(tmpdir(), 'kpibot-backend-')), 'test.db')),
};

const pgSkip = pgReachable.ok || IN_CI ? undefined : pgReachable.reason;
const postgres: Backend = {
  name: 'postgres',
  label: pgSkip ? `postgres (skipped: ${pgSkip})` : 'postgres',
  skip: pgSkip,
  async open() {
    const schema = await createTestSchema();
    try {
      return withDrop(await openPgStore(PG_URL, { schema }), schema);
    } catch (e) {
      await dropTestSchema(schema);
      throw e;
    }
  },
};

export const backends: readonly Backend[] = [sqlite, postgres];

/**
 * The backends as `describe.each` rows named by their label: `%s` shows the label whole, where
 * `$label` would quote it and cut a long skip reason short.
 */
export const eachBackend: readonly (readonly [string, Backend])[] = backends.map((b) => [b.label, b] as const);

/** A fresh schema for one test's tables, so tests never see each other's rows. */
export async function createTestSchema(): Promise<string> {
  const schema = `kpibot_test_${randomBytes(6).toString('hex')}`;
  await admin((c) => c.query(`CREATE SCHEMA ${schema}`));
  return schema;
}

export async function dropTestSchema(schema: string): Promise<void> {
  await admin((c) => c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`));
}

/** A store on a schema of its own, migrated as the app would open it. */
export async function openPgTestStore(schema: string, options: Omit<PgOptions, 'schema'> = {}): Promise<Store> {
  return openPgStore(PG_URL, { ...options, schema });
}

async function admin(work: (client: pg.Client) => Promise<unknown>): Promise<void> {
  const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}

/** The store, whose close also drops its schema. */
function withDrop(store: Store, schema: string): Store {
  return {
    dialect: store.dialect,
    all: <T extends object = Row>(sql: string, params?: readonly SqlValue[]) => store.all<T>(sql, params),
    get: <T extends object = Row>(sql: string, params?: readonly SqlValue[]) => store.get<T>(sql, params),
    run: (sql: string, params?: readonly SqlValue[]) => store.run(sql, params),
    exec: (sql: string) => store.exec(sql),
    transaction: <T>(work: (tx: TxStore) => Promise<T>) => store.transaction(work),
    async close() {
      await store.close();
      await dropTestSchema(schema);
    },
  };
}
