import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import sqlite3 from 'sqlite3';
import type { Row, SqlValue, Store, TxStore } from './store.js';
import { sqliteDialect } from './sqlite-dialect.js';
import { migrate } from './migrate.js';
import { StoreBusyError } from './store-busy.js';

export interface SqliteOptions {
  /** Apply pending schema migrations on open (default true). */
  readonly migrate?: boolean;
  /** How long a write waits for another writer before it fails with StoreBusyError (default 5 s). */
  readonly busyTimeoutMs?: number;
}

/**
 * Opens (creating when missing) a SQLite file through the async `sqlite3` driver, so a long
 * aggregate runs on libuv's thread pool and never blocks the event loop. WAL lets readers in
 * other processes go on while an import writes.
 */
export async function openSqliteStore(path: string, options: SqliteOptions = {}): Promise<Store> {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = await new Promise<sqlite3.Database>((resolve, reject) => {
    const handle: sqlite3.Database = new sqlite3.Database(path, (e) => (e ? reject(wrap(e, path)) : resolve(handle)));
  });
  const store = new SqliteStore(db);
  await store.exec(
    [
      'PRAGMA journal_mode = WAL',
      // NORMAL is durable across application crashes in WAL mode; only an OS crash may lose the last commit.
      'PRAGMA synchronous = NORMAL',
      `PRAGMA busy_timeout = ${Math.max(0, Math.floor(options.busyTimeoutMs ?? 5000))}`,
      'PRAGMA temp_store = MEMORY',
      'PRAGMA cache_size = -65536',
      'PRAGMA mmap_size = 268435456',
      'PRAGMA foreign_keys = ON',
    ].join(';\n'),
  );
  if (options.migrate !== false) await migrate(store);
  return store;
}

function wrap(e: Error, path: string): Error {
  return new Error(`Cannot open the database ${path}: ${e.message}`, { cause: e });
}

class SqliteStore implements Store {
  readonly dialect = sqliteDialect;
  /** Tail of the queue of work on this connection; it never rejects. */
  private tail: Promise<unknown> = Promise.resolve();

  constructor(private readonly db: sqlite3.Database) {}

  /** Runs `work` once everything queued before it has finished. */
  private serial<T>(work: () => Promise<T>): Promise<T> {
    const next = this.tail.then(work);
    this.tail = next.catch(() => undefined);
    return next;
  }

  all<T extends object = Row>(sql: string, params: readonly SqlValue[] = []): Promise<T[]> {
    return this.serial(() => this.rawAll<T>(sql, params));
  }
  get<T extends object = Row>(sql: string, params: readonly SqlValue[] = []): Promise<T | undefined> {
    return this.serial(() => this.rawGet<T>(sql, params));
  }
  run(sql: string, params: readonly SqlValue[] = []): Promise<{ changes: number }> {
    return this.serial(() => this.rawRun(sql, params));
  }
  exec(sql: string): Promise<void> {
    return this.serial(() => this.rawExec(sql));
  }

  transaction<T>(work: (tx: TxStore) => Promise<T>): Promise<T> {
    return this.serial(async () => {
      const tx: TxStore = {
        dialect: this.dialect,
        all: (sql, params = []) => this.rawAll(sql, params),
        get: (sql, params = []) => this.rawGet(sql, params),
        run: (sql, params = []) => this.rawRun(sql, params),
        exec: (sql) => this.rawExec(sql),
      };
      await this.rawExec('BEGIN IMMEDIATE');
      try {
        const result = await work(tx);
        await this.rawExec('COMMIT');
        return result;
      } catch (e) {
        await this.rawExec('ROLLBACK');
        throw e;
      }
    });
  }

  close(): Promise<void> {
    return this.serial(() => new Promise<void>((resolve, reject) => this.db.close((e) => (e ? reject(e) : resolve()))));
  }

  private rawAll<T>(sql: string, params: readonly SqlValue[]): Promise<T[]> {
    return new Promise((resolve, reject) =>
      this.db.all(sql, params as SqlValue[], (e, rows) => (e ? reject(withSql(e, sql)) : resolve(rows as T[]))),
    );
  }
  private rawGet<T>(sql: string, params: readonly SqlValue[]): Promise<T | undefined> {
    return new Promise((resolve, reject) =>
      this.db.get(sql, params as SqlValue[], (e, row) => (e ? reject(withSql(e, sql)) : resolve(row as T | undefined))),
    );
  }
  private rawRun(sql: string, params: readonly SqlValue[]): Promise<{ changes: number }> {
    return new Promise((resolve, reject) =>
      // sqlite3 reports `changes` on the callback's `this`, so this must stay a function expression.
      this.db.run(sql, params as SqlValue[], function (this: sqlite3.RunResult, e: Error | null) {
        if (e) reject(withSql(e, sql));
        else resolve({ changes: this.changes });
      }),
    );
  }
  private rawExec(sql: string): Promise<void> {
    return new Promise((resolve, reject) => this.db.exec(sql, (e) => (e ? reject(withSql(e, sql)) : resolve())));
  }
}

function withSql(e: Error, sql: string): Error {
  // A locked database is an expected state (an import is writing), not a bug: callers tell it apart.
  const code = (e as { code?: unknown }).code;
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') return new StoreBusyError(e);
  const short = sql.length > 300 ? `${sql.slice(0, 300)}…` : sql;
  return new Error(`${e.message}\n  in SQL: ${short.replace(/\s+/g, ' ')}`, { cause: e });
}
