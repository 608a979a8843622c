import type { Dialect } from './dialect.js';

export const sqliteDialect: Dialect = {
  name: 'sqlite',
  param: () => '?',
  typedParam: () => '?',
  hoursBetween: (from, to) => `((${to}) - (${from})) / 3600000.0`,
  upsert(table, columns, key, rows) {
    const tuple = `(${columns.map(() => '?').join(', ')})`;
    const updates = columns.filter((c) => !key.includes(c)).map((c) => `${c} = excluded.${c}`);
    const onConflict = updates.length > 0 ? `DO UPDATE SET ${updates.join(', ')}` : 'DO NOTHING';
    return (
      `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${Array.from({ length: rows }, () => tuple).join(', ')} ` +
      `ON CONFLICT (${key.join(', ')}) ${onConflict}`
    );
  },
  // SQLITE_MAX_VARIABLE_NUMBER is 32766 since SQLite 3.32.
  maxParams: 32766,
  // The whole file, sampled: exact counts of a million rows take a second and plan no better.
  analyze: () => 'PRAGMA analysis_limit = 1000; ANALYZE; PRAGMA analysis_limit = 0',
};
