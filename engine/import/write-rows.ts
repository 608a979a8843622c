import type { SqlValue, Store, TxStore } from '../store/store.js';
import type { TableDef } from '../schema/tables.js';
import { recordOrigin } from '../store/table-origins.js';

/** Rows per INSERT statement (fewer when the backend's parameter limit requires it). */
export const ROWS_PER_STATEMENT = 500;

export interface WriteOptions {
  readonly onProgress?: (done: number, total: number) => void;
  /**
   * Runs inside the transaction after the rows are written; when it throws, nothing is written.
   * The side file of rejected rows is written here, so an unwritable path loses no rows.
   */
  readonly beforeCommit?: () => void;
}

/**
 * Upserts rows (values in the order of the table's columns, one row per key) in one
 * transaction, with multi-row statements, and records that the table holds imported data. Returns how many keys were new: the growth of the
 * table, which is exact because every row has a distinct key.
 */
export async function upsertRows(store: Store, table: TableDef, rows: readonly SqlValue[][], o: WriteOptions = {}): Promise<{ inserted: number }> {
  return store.transaction(async (tx) => {
    const before = await countRows(tx, table);
    const columns = table.columns.map((c) => c.name);
    const perStatement = Math.max(1, Math.min(ROWS_PER_STATEMENT, Math.floor(tx.dialect.maxParams / columns.length)));
    const fullSql = tx.dialect.upsert(table.name, columns, table.key, perStatement);
    const params: SqlValue[] = [];
    for (let i = 0; i < rows.length; i += perStatement) {
      const end = Math.min(i + perStatement, rows.length);
      params.length = 0;
      for (let r = i; r < end; r++) for (const v of rows[r] ?? []) params.push(v);
      await tx.run(end - i === perStatement ? fullSql : tx.dialect.upsert(table.name, columns, table.key, end - i), params);
      o.onProgress?.(end, rows.length);
    }
    if (rows.length > 0) await recordOrigin(tx, [table.name], 'import');
    o.beforeCommit?.();
    return { inserted: (await countRows(tx, table)) - before };
  });
}

async function countRows(tx: TxStore, table: TableDef): Promise<number> {
  return (await tx.get<{ n: number }>(`SELECT count(*) AS n FROM ${table.name}`))?.n ?? 0;
}
