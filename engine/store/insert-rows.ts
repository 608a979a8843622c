import type { SqlValue, TxStore } from './store.js';
import { TABLES, type TableName } from '../schema/tables.js';

/** Rows of a table, values in the order of `columns`. */
export interface TableRows {
  readonly table: TableName;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly SqlValue[])[];
}

/** Most rows per statement: large enough to be quick, small enough to prepare fast. */
const MAX_ROWS = 2000;

/**
 * Writes rows with multi-row upserts, as many per statement as the backend's parameter limit
 * allows, so a million rows take a few hundred statements instead of a million round trips.
 */
export async function insertRows(
  tx: TxStore,
  data: TableRows,
  onProgress?: (done: number, total: number) => void,
): Promise<void> {
  const perStatement = Math.max(1, Math.min(MAX_ROWS, Math.floor(tx.dialect.maxParams / data.columns.length)));
  const fullSql = tx.dialect.upsert(data.table, data.columns, TABLES[data.table].key, perStatement);
  for (let i = 0; i < data.rows.length; i += perStatement) {
    const batch = data.rows.slice(i, i + perStatement);
    const sql = batch.length === perStatement ? fullSql : tx.dialect.upsert(data.table, data.columns, TABLES[data.table].key, batch.length);
    await tx.run(sql, batch.flat());
    onProgress?.(Math.min(i + perStatement, data.rows.length), data.rows.length);
  }
}
