import type { TableName } from '../schema/tables.js';
import { headerNames, normalizeHeader } from '../schema/column-aliases.js';
import { CsvReader } from './csv-reader.js';
import type { Delimiter } from './csv-format.js';

const CANDIDATES: readonly Delimiter[] = [',', ';', '\t'];

/**
 * The delimiter a file's header row is written with, when no locale or --delimiter says: the one
 * that splits the header into the most names of the table's columns, else into the most fields
 * (quotes respected). Only the header is looked at: data rows hold decimal commas and text.
 */
export function detectDelimiter(text: string, table: TableName): Delimiter {
  const names = headerNames(table);
  let best: Delimiter = ',';
  let bestKnown = -1;
  let bestFields = 0;
  for (const d of CANDIDATES) {
    const header = new CsvReader(text, d).next();
    if (header === null) continue;
    const known = header.filter((h) => names.has(normalizeHeader(h))).length;
    if (known > bestKnown || (known === bestKnown && header.length > bestFields)) {
      best = d;
      bestKnown = known;
      bestFields = header.length;
    }
  }
  return best;
}
