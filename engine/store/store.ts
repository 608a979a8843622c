import type { Dialect } from './dialect.js';

/** A value bound to a SQL parameter. Nothing a user typed reaches SQL any other way. */
export type SqlValue = string | number | null;
export type Row = Record<string, SqlValue>;

/** A statement with its bound parameters, as the engine compiles it and `explain` shows it. */
export interface Statement {
  readonly sql: string;
  readonly params: readonly SqlValue[];
}

/**
 * The engine's port to a SQL database: only what the engine uses. Writes and transactions are
 * serialised on one connection, so a transaction never sees another caller's statements; reads
 * outside a transaction may run beside them (and beside each other) on read-only connections,
 * and always see the writes issued before them.
 */
export interface Store {
  readonly dialect: Dialect;
  all<T extends object = Row>(sql: string, params?: readonly SqlValue[]): Promise<T[]>;
  get<T extends object = Row>(sql: string, params?: readonly SqlValue[]): Promise<T | undefined>;
  run(sql: string, params?: readonly SqlValue[]): Promise<{ readonly changes: number }>;
  /** Runs several statements without parameters (DDL, pragmas). */
  exec(sql: string): Promise<void>;
  /**
   * Runs `work` inside one transaction: committed when it resolves, rolled back when it throws.
   * Other callers wait until it ends.
   */
  transaction<T>(work: (tx: TxStore) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** The store as seen inside a transaction (no nested transactions). */
export type TxStore = Omit<Store, 'transaction' | 'close'>;
