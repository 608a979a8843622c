import { TABLE_NAMES, type TableName } from '../schema/tables.js';
import type { TxStore } from './store.js';

/** Who last filled a canonical table: the demo generator, or an import of the user's data. */
export const TABLE_ORIGINS = ['demo', 'import'] as const;
export type TableOrigin = (typeof TABLE_ORIGINS)[number];

/** Records, inside the writer's transaction, that `tables` now hold rows written by `origin`. */
export async function recordOrigin(tx: TxStore, tables: readonly TableName[], origin: TableOrigin): Promise<void> {
  const { dialect } = tx;
  for (const table of tables) {
    await tx.run(dialect.upsert('table_origins', ['table_name', 'origin'], ['table_name'], 1), [table, origin]);
  }
}

/**
 * The tables holding rows the demo did not write: imported ones, and ones filled before origins
 * were recorded (whose origin is unknown, so they are not the demo's to replace).
 */
export async function tablesNotFromDemo(tx: TxStore): Promise<TableName[]> {
  const demo = new Set(
    (await tx.all<{ table_name: string }>("SELECT table_name FROM table_origins WHERE origin = 'demo'")).map((r) => r.table_name),
  );
  const foreign: TableName[] = [];
  for (const table of TABLE_NAMES) {
    if (demo.has(table)) continue;
    if (await tx.get(`SELECT 1 AS has FROM ${table} LIMIT 1`)) foreign.push(table);
  }
  return foreign;
}
