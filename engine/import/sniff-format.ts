import type { ColumnKind, TableDef } from '../schema/tables.js';
import { CsvReader } from './csv-reader.js';
import type { DecimalMark, Delimiter } from './csv-format.js';
import { markShownBy } from './parse-number.js';
import { orderShownBy } from './parse-instant.js';

/** A cell that shows how the file writes numbers or dates, for the summary to name. */
export interface Evidence<T> {
  readonly value: T;
  readonly line: number;
  readonly column: string;
  readonly text: string;
}

export interface ShownFormat {
  readonly decimal: Evidence<DecimalMark> | null;
  readonly dateOrder: Evidence<'DMY' | 'MDY'> | null;
}

const NUMERIC: ReadonlySet<ColumnKind> = new Set(['money', 'count', 'score']);
const DATED: ReadonlySet<ColumnKind> = new Set(['instant', 'date', 'month']);

/**
 * Looks through the file, before any row is validated, for a value that can be read only one way:
 * `1.234,56` or `12,5` (decimal comma), `3.75` (decimal point), `31/03/2026` (day first). The first
 * such value settles the convention for the whole file, so `1.234` elsewhere in it is read the
 * same way, and a value that contradicts it is refused on its line. Stops as soon as what was asked
 * for is settled.
 */
export function sniffFormat(
  text: string,
  delimiter: Delimiter,
  table: TableDef,
  fieldOf: readonly number[],
  want: { readonly decimal: boolean; readonly dateOrder: boolean },
): ShownFormat {
  const reader = new CsvReader(text, delimiter);
  if (reader.next() === null) return { decimal: null, dateOrder: null };
  const numeric = table.columns.flatMap((c, i) => (NUMERIC.has(c.kind) && (fieldOf[i] ?? -1) >= 0 ? [{ name: c.name, field: fieldOf[i] ?? -1 }] : []));
  const dated = table.columns.flatMap((c, i) => (DATED.has(c.kind) && (fieldOf[i] ?? -1) >= 0 ? [{ name: c.name, field: fieldOf[i] ?? -1 }] : []));
  let decimal: Evidence<DecimalMark> | null = null;
  let dateOrder: Evidence<'DMY' | 'MDY'> | null = null;
  let needDecimal = want.decimal && numeric.length > 0;
  let needOrder = want.dateOrder && dated.length > 0;
  for (let cells = reader.next(); cells !== null && (needDecimal || needOrder); cells = reader.next()) {
    if (needDecimal) {
      for (const c of numeric) {
        const cell = (cells[c.field] ?? '').trim();
        const mark = markShownBy(cell);
        if (mark !== null) {
          decimal = { value: mark, line: reader.line, column: c.name, text: cell };
          needDecimal = false;
          break;
        }
      }
    }
    if (needOrder) {
      for (const c of dated) {
        const cell = (cells[c.field] ?? '').trim();
        const order = orderShownBy(cell);
        if (order !== null) {
          dateOrder = { value: order, line: reader.line, column: c.name, text: cell };
          needOrder = false;
          break;
        }
      }
    }
  }
  return { decimal, dateOrder };
}
