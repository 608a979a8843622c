import { DateTime } from 'luxon';
import type { Store } from '../store/store.js';
import { TABLES, columnOf, type TableName } from '../schema/tables.js';
import type { PeriodBounds } from '../time/period.js';

/**
 * The instant the answer's data runs through: for each table the KPI reads, the newest row
 * before the period's end; across tables, the stalest of those, since a ratio of fresh orders
 * over stale visits is only as current as the visits. Daily and monthly rows count through the
 * end of their day or month. Null when no table has a row before the end.
 */
export async function dataThrough(
  store: Store,
  tables: readonly TableName[],
  bounds: PeriodBounds,
  timezone: string,
): Promise<{ readonly at: number | null; readonly statements: { sql: string; params: (string | number)[] }[] }> {
  const statements: { sql: string; params: (string | number)[] }[] = [];
  let stalest: number | null = null;
  for (const table of tables) {
    let newest: number | null = null;
    for (const column of TABLES[table].freshness) {
      const kind = columnOf(table, column)?.kind;
      const end = kind === 'date' ? bounds.endDate : kind === 'month' ? bounds.endMonth : bounds.endMs;
      const statement = { sql: `SELECT max(${column}) AS m FROM ${table} WHERE ${column} < ${store.dialect.param(0)}`, params: [end] };
      statements.push(statement);
      const row = await store.get<{ m: string | number | null }>(statement.sql, statement.params);
      const m = row?.m ?? null;
      if (m === null) continue;
      const at =
        typeof m === 'number'
          ? m
          : kind === 'month'
            ? DateTime.fromISO(`${m}-01`, { zone: timezone }).plus({ months: 1 }).toMillis()
            : DateTime.fromISO(m, { zone: timezone }).plus({ days: 1 }).toMillis();
      newest = newest === null ? at : Math.max(newest, at);
    }
    if (newest !== null) stalest = stalest === null ? newest : Math.min(stalest, newest);
  }
  return { at: stalest, statements };
}
