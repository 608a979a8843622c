import type { TableDef } from '../schema/tables.js';
import type { DateOrder, DecimalMark, Delimiter, LocaleFormat } from './csv-format.js';
import type { Source } from './describe-format.js';
import type { CellFormat } from './parse-cell.js';
import { sniffFormat } from './sniff-format.js';

export interface SettledFormat {
  readonly decimal: Source<DecimalMark>;
  readonly dateOrder: Source<DateOrder>;
  /** The same, as the cell parsers take it: null where nothing settled it. */
  readonly cells: CellFormat;
}

/**
 * The file's decimal mark and date order, settled for the whole file before any row is read, so a
 * row's meaning never depends on its place: an option, else the locale, else a value elsewhere
 * in the file that reads only one way, else not known (and values that read two ways are refused).
 */
export function settleFormat(
  text: string,
  delimiter: Delimiter,
  table: TableDef,
  fieldOf: readonly number[],
  options: { readonly decimal?: DecimalMark; readonly dateOrder?: DateOrder },
  locale: LocaleFormat | null,
): SettledFormat {
  let decimal = given(options.decimal, locale?.decimal);
  let dateOrder = given(options.dateOrder, locale?.dateOrder);
  if (decimal === null || dateOrder === null) {
    const shown = sniffFormat(text, delimiter, table, fieldOf, { decimal: decimal === null, dateOrder: dateOrder === null });
    decimal ??= shown.decimal ? { from: 'evident', value: shown.decimal.value, evidence: shown.decimal } : { from: 'unknown' };
    dateOrder ??= shown.dateOrder ? { from: 'evident', value: shown.dateOrder.value, evidence: shown.dateOrder } : { from: 'unknown' };
  }
  return {
    decimal,
    dateOrder,
    cells: {
      decimal: decimal.from === 'unknown' ? null : decimal.value,
      dateOrder: dateOrder.from === 'unknown' ? null : dateOrder.value,
    },
  };
}

function given<T>(option: T | undefined, fromLocale: T | undefined): Source<T> | null {
  if (option !== undefined) return { from: 'option', value: option };
  return fromLocale !== undefined ? { from: 'locale', value: fromLocale } : null;
}
