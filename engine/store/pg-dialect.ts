import type { Dialect } from './dialect.js';

/** PostgreSQL numbers its placeholders and cannot always infer a VALUES column's type from `$n` alone. */
export const pgDialect: Dialect = {
  name: 'postgres',
  param: (index) => `$${index + 1}`,
  // Instants are epoch milliseconds, past int4's range: integers are bound as bigint.
  typedParam: (index, type) => `$${index + 1}::${type === 'text' ? 'text' : 'bigint'}`,
  hoursBetween: (from, to) => `((${to}) - (${from})) / 3600000.0`,
  upsert(table, columns, key, rows) {
    const width = columns.length;
    const tuples = Array.from({ length: rows }, (_, r) => `(${columns.map((_, c) => `$${r * width + c + 1}`).join(', ')})`);
    const updates = columns.filter((c) => !key.includes(c)).map((c) => `${c} = EXCLUDED.${c}`);
    const onConflict = updates.length > 0 ? `DO UPDATE SET ${updates.join(', ')}` : 'DO NOTHING';
    return `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${tuples.join(', ')} ON CONFLICT (${key.join(', ')}) ${onConflict}`;
  },
  // The wire protocol counts parameters in a 16-bit integer.
  maxParams: 65535,
  // Named tables only: a bare ANALYZE reads every table of the database, kpibot's or not.
  // PostgreSQL samples on its own (default_statistics_target).
  analyze: (tables) => `ANALYZE ${tables.join(', ')}`,
};
