import { writeFileSync } from 'node:fs';
import { stringify } from 'csv-stringify/sync';
import type { RejectedRow } from './validate-rows.js';
import type { Delimiter } from './csv-format.js';

/**
 * Writes the rejected rows as CSV: the file's own header and cells, then `line` (where the row
 * is in the original file) and `reason`. Fixed, the file can be imported as it is: the two
 * extra columns are ignored with a warning. A row with too few fields is padded so that line
 * and reason stay in their columns. It keeps the file's delimiter, so that the same --locale
 * reads it back.
 */
export function writeRejectsFile(path: string, header: readonly string[], rows: readonly RejectedRow[], delimiter: Delimiter = ','): void {
  const width = header.length;
  const records = rows.map((r) => {
    const cells = r.cells.length < width ? [...r.cells, ...new Array<string>(width - r.cells.length).fill('')] : r.cells;
    return [...cells, String(r.line), r.reason];
  });
  writeFileSync(path, stringify([[...header, 'line', 'reason'], ...records], { delimiter }));
}
