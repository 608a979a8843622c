import type { SqlValue, TxStore } from '../store/store.js';
import { TABLES, type TableName } from '../schema/tables.js';

/** Most rows per statement: large enough to be quick, small enough to prepare fast. */
const MAX_ROWS = 2000;
/** Statements in flight: the driver converts the next batch's values while SQLite writes one. */
const IN_FLIGHT = 3;

export interface SinkOptions {
  /**
   * Rows are written in the order of this column (a time column), and column 0 then gets a
   * sequence id `prefix000000001` in that order. The time indexes are most of the write cost:
   * inserting in time order keeps their B-tree pages in cache instead of touching a random page
   * per row (about twice as fast at a million orders), and ids grow with time as in a real system.
   */
  readonly sortBy?: number;
  readonly idPrefix?: string;
}

/** Where one table's generated rows go until the writer flushes them. */
export class TableSink {
  /** Rows added so far (flushed or not). */
  count = 0;
  private rows: SqlValue[][] = [];

  constructor(
    readonly table: TableName,
    readonly columns: readonly string[],
    private readonly options: SinkOptions = {},
  ) {}

  /** Adds one row, values in the order of `columns` (column 0 is ignored when ids are assigned). */
  add(row: SqlValue[]): void {
    this.rows.push(row);
    this.count++;
  }

  /** Takes the buffered rows, sorted and numbered. */
  take(): SqlValue[][] {
    const { sortBy, idPrefix } = this.options;
    const rows = sortBy === undefined ? this.rows : sortRows(this.rows, sortBy);
    this.rows = [];
    if (idPrefix !== undefined) {
      let n = this.count - rows.length;
      for (const row of rows) row[0] = `${idPrefix}${String(++n).padStart(9, '0')}`;
    }
    return rows;
  }
}

/** Room for the row index in a packed sort key. */
const INDEX_SPACE = 2 ** 22;

/**
 * Rows in the order of their numeric column `col` (whole seconds, then insertion order: stable
 * and deterministic). Each key packs seconds and row index into one float so a native numeric
 * sort does the work; comparing row arrays with a callback took a large share of the run.
 */
function sortRows(rows: SqlValue[][], col: number): SqlValue[][] {
  let min = Infinity;
  let max = -Infinity;
  for (const row of rows) {
    const v = Number(row[col]);
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (rows.length >= INDEX_SPACE || ((max - min) / 1000 + 1) * INDEX_SPACE > Number.MAX_SAFE_INTEGER) {
    return rows.sort((a, b) => Number(a[col]) - Number(b[col]));
  }
  const keys = new Float64Array(rows.length);
  rows.forEach((row, i) => (keys[i] = Math.floor((Number(row[col]) - min) / 1000) * INDEX_SPACE + i));
  keys.sort();
  return Array.from(keys, (k) => rows[k % INDEX_SPACE] as SqlValue[]);
}

/**
 * Writes the sinks' rows with multi-row upserts (dialect.upsert), as many rows per statement as
 * the parameter limit allows, a few statements in flight. The caller flushes after each block
 * of customers, so memory stays bounded whatever the data set's size. (Drawing the next block
 * while one is written gained nothing measurable on two cores and doubled the memory.)
 */
export class DemoWriter {
  private readonly sinks: TableSink[] = [];

  constructor(private readonly tx: TxStore) {}

  sink(table: TableName, columns: readonly string[], options?: SinkOptions): TableSink {
    const s = new TableSink(table, columns, options);
    this.sinks.push(s);
    return s;
  }

  /** Writes every row buffered so far. */
  async flush(): Promise<void> {
    for (const sink of this.sinks) await this.write(sink, sink.take());
  }

  private async write(sink: TableSink, rows: readonly SqlValue[][]): Promise<void> {
    const { dialect } = this.tx;
    const key = TABLES[sink.table].key;
    const per = Math.max(1, Math.min(MAX_ROWS, Math.floor(dialect.maxParams / sink.columns.length)));
    const fullSql = dialect.upsert(sink.table, sink.columns, key, per);
    const pending: Promise<unknown>[] = [];
    try {
      for (let i = 0; i < rows.length; i += per) {
        const batch = rows.slice(i, i + per);
        const sql = batch.length === per ? fullSql : dialect.upsert(sink.table, sink.columns, key, batch.length);
        const p = this.tx.run(sql, batch.flat());
        // Awaited below; without this a failure meanwhile would be an unhandled rejection.
        p.catch(() => undefined);
        pending.push(p);
        if (pending.length >= IN_FLIGHT) await pending.shift();
      }
    } finally {
      // Every statement must end before the transaction does (commit or rollback): a ROLLBACK
      // that ran while inserts were still queued would let those inserts commit on their own.
      const results = await Promise.allSettled(pending);
      const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
      if (failed) throw failed.reason;
    }
  }
}
