import pg from 'pg';
import type { Row, SqlValue, Store, TxStore } from './store.js';
import { pgDialect } from './pg-dialect.js';
import { migratePg } from './pg-migrate.js';
import { StoreBusyError } from './store-busy.js';

export interface PgOptions {
  /** Apply pending schema migrations on open (default true). */
  readonly migrate?: boolean;
  /** The schema to keep kpibot's tables in (default: the server's search_path, usually `public`). */
  readonly schema?: string;
  /** How long a statement waits for another writer's lock before it fails with StoreBusyError (default 5 s). */
  readonly busyTimeoutMs?: number;
  /** Connections in the pool (default 10). */
  readonly maxConnections?: number;
}

const INT8_OID = 20;
const NUMERIC_OID = 1700;

/**
 * SQLSTATEs meaning another writer is in the way, not a bug: serialization_failure,
 * deadlock_detected, lock_not_available (lock_timeout). Nothing was written; retrying may succeed.
 */
const BUSY_CODES = new Set(['40001', '40P01', '55P03']);

/** Schema names reach the connection options unquoted, so only plain identifiers are accepted. */
const PLAIN_IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * Opens a pool on a PostgreSQL database. Instants are epoch-ms BIGINTs and sums of integers
 * are NUMERIC; the engine does arithmetic on both, so this pool (and only this pool: other
 * users of `pg` in the process keep their strings) reads them as JS numbers. Epoch ms and the
 * engine's sums stay far below 2^53.
 */
export async function openPgStore(url: string, options: PgOptions = {}): Promise<Store> {
  const types = new pg.TypeOverrides();
  types.setTypeParser(INT8_OID, (v: string) => Number(v));
  types.setTypeParser(NUMERIC_OID, (v: string) => Number(v));
  const settings = [`-c lock_timeout=${Math.max(0, Math.floor(options.busyTimeoutMs ?? 5000))}`];
  if (options.schema !== undefined) {
    if (!PLAIN_IDENTIFIER.test(options.schema)) throw new Error(`Not a plain schema name: ${JSON.stringify(options.schema)}`);
    settings.push(`-c search_path=${options.schema}`);
  }
  const pool = new pg.Pool({ connectionString: url, types, options: settings.join(' '), max: options.maxConnections ?? 10 });
  // An idle client losing its server (a restart) must not crash the process; the next query reconnects.
  pool.on('error', () => undefined);
  const store = new PgStore(pool);
  try {
    await store.get('SELECT 1 AS ok');
    if (options.migrate !== false) await migratePg(store);
  } catch (e) {
    await pool.end();
    throw e instanceof StoreBusyError ? e : new Error(`Cannot open the database ${redact(url)}: ${(e as Error).message}`, { cause: e });
  }
  return store;
}

/** A URL as it may be shown: without its password. */
function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres://…';
  }
}

type Queryable = Pick<pg.Pool | pg.PoolClient, 'query'>;

/**
 * Statements outside a transaction run on any client of the pool, in the order they are
 * awaited. Unlike SQLite's one connection, a transaction does not hold other callers back:
 * they go on reading the last committed state (MVCC) and only a write to the same rows waits.
 */
class PgStore implements Store {
  readonly dialect = pgDialect;

  constructor(private readonly pool: pg.Pool) {}

  all<T extends object = Row>(sql: string, params: readonly SqlValue[] = []): Promise<T[]> {
    return rawAll<T>(this.pool, sql, params);
  }
  get<T extends object = Row>(sql: string, params: readonly SqlValue[] = []): Promise<T | undefined> {
    return rawGet<T>(this.pool, sql, params);
  }
  run(sql: string, params: readonly SqlValue[] = []): Promise<{ changes: number }> {
    return rawRun(this.pool, sql, params);
  }
  exec(sql: string): Promise<void> {
    return rawExec(this.pool, sql);
  }

  /**
   * One pooled client for the whole transaction: statements on other clients of the pool are
   * other sessions, which never see this one's uncommitted rows.
   */
  async transaction<T>(work: (tx: TxStore) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    const tx: TxStore = {
      dialect: this.dialect,
      all: (sql, params = []) => rawAll(client, sql, params),
      get: <R extends object = Row>(sql: string, params: readonly SqlValue[] = []) => rawGet<R>(client, sql, params),
      run: (sql, params = []) => rawRun(client, sql, params),
      exec: (sql) => rawExec(client, sql),
    };
    let broken: Error | undefined;
    try {
      await rawExec(client, 'BEGIN');
      try {
        const result = await work(tx);
        await rawExec(client, 'COMMIT');
        return result;
      } catch (e) {
        try {
          await rawExec(client, 'ROLLBACK');
        } catch (rollback) {
          // A client that cannot roll back is in an unknown state: it leaves the pool.
          broken = rollback as Error;
        }
        throw e;
      }
    } finally {
      client.release(broken);
    }
  }

  close(): Promise<void> {
    return this.pool.end();
  }
}

async function rawAll<T>(db: Queryable, sql: string, params: readonly SqlValue[]): Promise<T[]> {
  try {
    return (await db.query(sql, params as SqlValue[])).rows as T[];
  } catch (e) {
    throw withSql(e, sql);
  }
}
async function rawGet<T>(db: Queryable, sql: string, params: readonly SqlValue[]): Promise<T | undefined> {
  return (await rawAll<T>(db, sql, params))[0];
}
async function rawRun(db: Queryable, sql: string, params: readonly SqlValue[]): Promise<{ changes: number }> {
  try {
    return { changes: (await db.query(sql, params as SqlValue[])).rowCount ?? 0 };
  } catch (e) {
    throw withSql(e, sql);
  }
}
async function rawExec(db: Queryable, sql: string): Promise<void> {
  try {
    // Without parameters pg uses the simple protocol, which runs several statements at once.
    await db.query(sql);
  } catch (e) {
    throw withSql(e, sql);
  }
}

function withSql(e: unknown, sql: string): Error {
  const error = e instanceof Error ? e : new Error(String(e));
  // Another writer holding a lock is an expected state (an import is writing): callers tell it apart.
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && BUSY_CODES.has(code)) return new StoreBusyError(error);
  const short = sql.length > 300 ? `${sql.slice(0, 300)}…` : sql;
  return new Error(`${error.message}\n  in SQL: ${short.replace(/\s+/g, ' ')}`, { cause: error });
}
