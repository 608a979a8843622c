import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import sqlite3 from 'sqlite3';
import type { Row, SqlValue, Store, TxStore } from './store.js';
import { sqliteDialect } from './sqlite-dialect.js';
import { migrate } from './migrate.js';
import { SqliteConnection } from './sqlite-connection.js';

/** How long a read may run before it is interrupted, unless `queryTimeoutMs` says otherwise. */
export const DEFAULT_QUERY_TIMEOUT_MS = 30_000;

export interface SqliteOptions {
  /** Apply pending schema migrations on open (default true). */
  readonly migrate?: boolean;
  /** How long a write waits for another writer before it fails with StoreBusyError (default 5 s). */
  readonly busyTimeoutMs?: number;
  /**
   * Read-only connections opened beside the writer, so a quick read is not queued behind a slow
   * one (default 2 for a file, 0 for ':memory:', which another connection cannot see).
   */
  readonly readers?: number;
  /**
   * How long a read (`all`, `get` outside a transaction) may run before it is interrupted and
   * fails with QueryTimeoutError (default DEFAULT_QUERY_TIMEOUT_MS, 30 s). 0 or Infinity: no limit.
   * Writes and transactions are never interrupted: an import must not stop half-way.
   */
  readonly queryTimeoutMs?: number;
}

const inMemory = (path: string): boolean => path === ':memory:' || path === '';

/**
 * Opens (creating when missing) a SQLite file through the async `sqlite3` driver, so a long
 * aggregate runs on libuv's thread pool and never blocks the event loop. One connection writes;
 * reads go to a few read-only ones, which WAL lets run beside the writer and each other.
 */
export async function openSqliteStore(path: string, options: SqliteOptions = {}): Promise<Store> {
  const readers = options.readers ?? (inMemory(path) ? 0 : 2);
  if (readers > 0 && inMemory(path)) throw new Error(`An in-memory database cannot have reader connections (asked for ${readers}).`);
  if (!Number.isInteger(readers) || readers < 0) throw new Error(`readers must be a whole number ≥ 0, not ${readers}.`);
  if (!inMemory(path)) mkdirSync(dirname(path), { recursive: true });
  const busyTimeout = `PRAGMA busy_timeout = ${Math.max(0, Math.floor(options.busyTimeoutMs ?? 5000))}`;
  // Per connection, not stored in the file: every reader needs them too.
  const shared = [busyTimeout, 'PRAGMA temp_store = MEMORY', 'PRAGMA cache_size = -65536', 'PRAGMA mmap_size = 268435456'];
  const writer = await SqliteConnection.open(path, undefined);
  const opened: SqliteConnection[] = [];
  try {
    await writer.exec(
      [
        'PRAGMA journal_mode = WAL',
        // NORMAL is durable across application crashes in WAL mode; only an OS crash may lose the last commit.
        'PRAGMA synchronous = NORMAL',
        ...shared,
        'PRAGMA foreign_keys = ON',
      ].join(';\n'),
    );
    // Before any reader opens, so none of them caches a schema that is about to change.
    if (options.migrate !== false) await migrate(new SqliteStore(writer, [], undefined));
    for (let i = 0; i < readers; i++) {
      const reader = await SqliteConnection.open(path, sqlite3.OPEN_READONLY);
      opened.push(reader);
      // query_only as well as the read-only open: a write sent here by mistake fails loudly.
      await reader.exec([...shared, 'PRAGMA query_only = 1'].join(';\n'));
    }
  } catch (e) {
    await Promise.allSettled([...opened, writer].map((c) => c.close()));
    throw e;
  }
  const limit = options.queryTimeoutMs ?? DEFAULT_QUERY_TIMEOUT_MS;
  return new SqliteStore(writer, opened, Number.isFinite(limit) && limit > 0 ? limit : undefined);
}

class SqliteStore implements Store {
  readonly dialect = sqliteDialect;

  constructor(
    private readonly writer: SqliteConnection,
    private readonly readers: readonly SqliteConnection[],
    private readonly limitMs: number | undefined,
  ) {}

  all<T extends object = Row>(sql: string, params: readonly SqlValue[] = []): Promise<T[]> {
    return this.read((c) => c.all<T>(sql, params, this.limitMs));
  }
  get<T extends object = Row>(sql: string, params: readonly SqlValue[] = []): Promise<T | undefined> {
    return this.read((c) => c.get<T>(sql, params, this.limitMs));
  }
  run(sql: string, params: readonly SqlValue[] = []): Promise<{ changes: number }> {
    return this.writer.serial(() => this.writer.run(sql, params));
  }
  exec(sql: string): Promise<void> {
    return this.writer.serial(() => this.writer.exec(sql));
  }

  transaction<T>(work: (tx: TxStore) => Promise<T>): Promise<T> {
    const w = this.writer;
    return w.serial(async () => {
      // Inside a transaction everything stays on the writer: it must read what it has written.
      const tx: TxStore = {
        dialect: this.dialect,
        all: (sql, params = []) => w.all(sql, params),
        get: (sql, params = []) => w.get(sql, params),
        run: (sql, params = []) => w.run(sql, params),
        exec: (sql) => w.exec(sql),
      };
      await w.exec('BEGIN IMMEDIATE');
      try {
        const result = await work(tx);
        await w.exec('COMMIT');
        return result;
      } catch (e) {
        await w.exec('ROLLBACK');
        throw e;
      }
    });
  }

  async close(): Promise<void> {
    // Reads waiting for earlier writes join a reader's queue as those settle: let them, then
    // close the readers before the writer, so the last one out checkpoints and removes the WAL.
    await this.writer.drained;
    await Promise.all(this.readers.map((r) => r.close()));
    await this.writer.close();
  }

  /**
   * A read goes to the least busy reader, after the writes issued before it have settled: a
   * caller that wrote and then reads sees its write, as it did on one connection. A write issued
   * after a read may still be seen by it if the read had not started yet.
   */
  private read<T>(work: (c: SqliteConnection) => Promise<T>): Promise<T> {
    if (this.readers.length === 0) return this.writer.serial(() => work(this.writer));
    const go = (): Promise<T> => {
      const reader = this.readers.reduce((best, r) => (r.load < best.load ? r : best));
      return reader.serial(() => work(reader));
    };
    return this.writer.load === 0 ? go() : this.writer.drained.then(go);
  }
}
