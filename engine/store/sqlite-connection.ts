import sqlite3 from 'sqlite3';
import type { SqlValue } from './store.js';
import { StoreBusyError } from './store-busy.js';
import { QueryTimeoutError } from './query-timeout.js';

/**
 * One `sqlite3` connection and the queue of work on it. The driver runs one statement at a time
 * per connection anyway; queueing here keeps a transaction's statements together and lets the
 * store see how busy each connection is.
 */
export class SqliteConnection {
  /** Tail of the queue of work on this connection; it never rejects. */
  private tail: Promise<unknown> = Promise.resolve();
  /** Units of work queued or running: how a read picks the least busy reader. */
  private waiting = 0;

  constructor(private readonly db: sqlite3.Database) {}

  static open(path: string, mode: number | undefined): Promise<SqliteConnection> {
    return new Promise((resolve, reject) => {
      const done = (e: Error | null): void => (e ? reject(openError(e, path)) : resolve(new SqliteConnection(handle)));
      const handle: sqlite3.Database = mode === undefined ? new sqlite3.Database(path, done) : new sqlite3.Database(path, mode, done);
    });
  }

  get load(): number {
    return this.waiting;
  }

  /** Settles once everything queued so far has settled; never rejects. */
  get drained(): Promise<unknown> {
    return this.tail;
  }

  /** Runs `work` once everything queued before it has finished. */
  serial<T>(work: () => Promise<T>): Promise<T> {
    this.waiting++;
    const next = this.tail.then(work);
    const settle = (): void => {
      this.waiting--;
    };
    this.tail = next.then(settle, settle);
    return next;
  }

  /**
   * `limitMs` bounds a read: past it the statement is interrupted and fails with
   * QueryTimeoutError. Callers only pass it from inside `serial`, so the clock starts when the
   * statement does, not while it waits its turn, and the interrupt can only hit this statement.
   */
  all<T>(sql: string, params: readonly SqlValue[], limitMs?: number): Promise<T[]> {
    return this.bounded(sql, limitMs, (done) => this.db.all(sql, params as SqlValue[], (e, rows) => done(e, rows as T[])));
  }
  get<T>(sql: string, params: readonly SqlValue[], limitMs?: number): Promise<T | undefined> {
    return this.bounded(sql, limitMs, (done) => this.db.get(sql, params as SqlValue[], (e, row) => done(e, row as T | undefined)));
  }
  run(sql: string, params: readonly SqlValue[]): Promise<{ changes: number }> {
    return this.bounded(sql, undefined, (done) =>
      // sqlite3 reports `changes` on the callback's `this`, so this must stay a function expression.
      this.db.run(sql, params as SqlValue[], function (this: sqlite3.RunResult, e: Error | null) {
        done(e, { changes: e ? 0 : this.changes });
      }),
    );
  }
  exec(sql: string): Promise<void> {
    return this.bounded(sql, undefined, (done) => this.db.exec(sql, (e) => done(e, undefined)));
  }

  close(): Promise<void> {
    return this.serial(() => new Promise<void>((resolve, reject) => this.db.close((e) => (e ? reject(e) : resolve()))));
  }

  private bounded<T>(sql: string, limitMs: number | undefined, start: (done: (e: Error | null, value: T) => void) => void): Promise<T> {
    return new Promise((resolve, reject) => {
      let timedOut = false;
      const timer =
        limitMs === undefined
          ? undefined
          : setTimeout(() => {
              timedOut = true;
              this.db.interrupt();
            }, limitMs);
      start((e, value) => {
        clearTimeout(timer);
        // Past the limit it fails even if the statement slipped through just before the
        // interrupt landed: the caller sees one rule, not a race.
        if (timedOut && limitMs !== undefined) reject(new QueryTimeoutError(limitMs, sql, e ?? undefined));
        else if (e) reject(withSql(e, sql));
        else resolve(value);
      });
    });
  }
}

function openError(e: Error, path: string): Error {
  return new Error(`Cannot open the database ${path}: ${e.message}`, { cause: e });
}

function withSql(e: Error, sql: string): Error {
  // A locked database is an expected state (an import is writing), not a bug: callers tell it apart.
  const code = (e as { code?: unknown }).code;
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') return new StoreBusyError(e);
  const short = sql.length > 300 ? `${sql.slice(0, 300)}…` : sql;
  return new Error(`${e.message}\n  in SQL: ${short.replace(/\s+/g, ' ')}`, { cause: e });
}
