import type { Store } from '../store/store.js';
import { DIMENSIONS, TABLES, TABLE_NAMES, dimensionSource, type Dimension } from '../schema/tables.js';

/** The values each dimension has in the data, sorted: what a typed value is matched against. */
export type DimensionValues = Readonly<Partial<Record<Dimension, readonly string[]>>>;

/**
 * Reads the distinct values of every dimension from the tables that carry it: a dimension's own
 * column (tickets.channel) or the customer's (orders by channel are by acquisition channel), so
 * a value is known wherever some KPI can be filtered by it.
 */
export async function readDimensionValues(store: Store): Promise<DimensionValues> {
  const columns = new Map<string, { table: string; column: string }>();
  for (const table of TABLE_NAMES) {
    for (const dim of DIMENSIONS) {
      const source = dimensionSource(table, dim);
      if (!source) continue;
      const owner = source.kind === 'own' ? TABLES[table].name : 'customers';
      columns.set(`${dim}|${owner}.${source.column}`, { table: owner, column: source.column });
    }
  }
  const out: Partial<Record<Dimension, string[]>> = {};
  for (const [key, { table, column }] of columns) {
    const dim = key.split('|')[0] as Dimension;
    // Names come from the table metadata, never from a user.
    const rows = await store.all<{ v: string }>(`SELECT DISTINCT ${column} AS v FROM ${table} WHERE ${column} IS NOT NULL`);
    const set = new Set(out[dim] ?? []);
    for (const r of rows) if (typeof r.v === 'string' && r.v !== '') set.add(r.v);
    out[dim] = [...set].sort((a, b) => a.localeCompare(b));
  }
  return out;
}
