import type { SqlValue } from '../store/store.js';
import type { ColumnDef } from '../schema/tables.js';
import type { DateOrder, DecimalMark } from './csv-format.js';
import { numberReadings, numberWith } from './parse-number.js';
import { isoDay, wallTime, type InstantParser } from './parse-instant.js';
import { quote } from './quote-cell.js';

/** Why a cell is not valid. A class, so that a parser's result is told apart with `instanceof`. */
export class CellError {
  constructor(readonly reason: string) {}
}

/** Reads one trimmed cell into the value stored for it, or says why it cannot. */
export type CellParser = (text: string) => SqlValue | CellError;

/** The file's conventions for numbers and dates; null for one not known (given or evident). */
export interface CellFormat {
  readonly decimal: DecimalMark | null;
  readonly dateOrder: DateOrder | null;
}

/** kpibot's first format: decimal point, ISO dates. */
export const PLAIN_FORMAT: CellFormat = { decimal: '.', dateOrder: 'YMD' };

const MONTH = /^\d{4}-(\d{2})$/;
/** `03/2026`, `03.2026`: both day-first and month-first regions write the month before the year. */
const REGIONAL_MONTH = /^(\d{1,2})[./-](\d{4})$/;
/**
 * Yes and no in the three languages, compared without accents (`nao`, `adevarat` too). All of
 * them always: no word means yes in one language and no in another, so nothing is guessed.
 */
const BOOLEANS = new Map<string, number>([
  ['1', 1],
  ['0', 0],
  ['true', 1],
  ['false', 0],
  ['yes', 1],
  ['no', 0],
  ['sim', 1],
  ['nao', 0],
  ['s', 1],
  ['n', 0],
  ['verdadeiro', 1],
  ['falso', 0],
  ['da', 1],
  ['nu', 0],
  ['adevarat', 1],
  ['fals', 0],
]);
const DIACRITICS = /\p{M}/gu;

/**
 * The parser for one column, by its kind. Parsers are built once per import and then called a
 * million times, so they allocate nothing for a valid cell.
 */
export function cellParser(column: ColumnDef, instant: InstantParser, format: CellFormat = PLAIN_FORMAT): CellParser {
  const number = numberParser(format.decimal);
  switch (column.kind) {
    case 'text': {
      const values = column.values;
      if (values === undefined) return (text) => text;
      const canonical = new Map(values.map((v) => [v.toLowerCase(), v]));
      const expected = `(expected ${values.join(', ')})`;
      return (text) => canonical.get(text.toLowerCase()) ?? new CellError(`unknown ${column.name} ${quote(text)} ${expected}`);
    }
    case 'instant':
      return (text) => {
        const ms = instant(text);
        return typeof ms === 'number' ? ms : new CellError(ms);
      };
    case 'date':
      return (text) => {
        const t = wallTime(text, format.dateOrder);
        if (typeof t === 'string') return new CellError(t.startsWith('not an ISO') || t.startsWith('not a real') ? `not a calendar day YYYY-MM-DD: ${quote(text)}` : t);
        return t.timed || t.offsetMinutes !== null ? new CellError(`not a calendar day YYYY-MM-DD: ${quote(text)}`) : isoDay(t);
      };
    case 'month':
      return (text) => {
        const month = Number(MONTH.exec(text)?.[1]);
        if (month >= 1 && month <= 12) return text;
        const regional = format.dateOrder === 'YMD' ? null : REGIONAL_MONTH.exec(text);
        const m = Number(regional?.[1]);
        if (regional && m >= 1 && m <= 12) return `${regional[2]}-${String(m).padStart(2, '0')}`;
        return new CellError(`not a month YYYY-MM: ${quote(text)}`);
      };
    case 'money':
      return (text) => {
        const n = number(text);
        if (n instanceof CellError) return n;
        return n < 0 ? new CellError(`negative amount: ${text}`) : n;
      };
    // The scale depends on the survey kind in the same row: see row-rules.ts.
    case 'score':
      return number;
    case 'count':
      return (text) => {
        const n = number(text);
        if (n instanceof CellError) return n.reason.startsWith('not a number') ? new CellError(`not a whole number: ${quote(text)}`) : n;
        if (n < 0) return new CellError(`negative count: ${text}`);
        if (!Number.isInteger(n)) return new CellError(`not a whole number: ${quote(text)}`);
        if (!Number.isSafeInteger(n)) return new CellError(`too large a count: ${quote(text)}`);
        return n;
      };
    case 'boolean':
      return (text) =>
        BOOLEANS.get(text.toLowerCase()) ??
        BOOLEANS.get(text.normalize('NFD').replace(DIACRITICS, '').toLowerCase()) ??
        new CellError(`not a boolean: ${quote(text)} (use 1/0, true/false, yes/no, sim/não, s/n, da/nu)`);
  }
}

const HINT: Record<DecimalMark, string> = {
  '.': "read with a decimal point and ',' or space thousands; --decimal ',' reads decimal commas",
  ',': "read with a decimal comma and '.' or space thousands; --decimal '.' reads decimal points",
};

/**
 * Numbers under the file's decimal mark. Not known (null), a number is read when both marks read
 * it alike or only one reads it at all; `1.234` is refused with both readings, never guessed.
 */
function numberParser(mark: DecimalMark | null): (text: string) => number | CellError {
  return (text) => {
    let n: number | null;
    if (mark !== null) {
      n = numberWith(text, mark);
      if (n === null) return new CellError(`not a number: ${quote(text)} (${HINT[mark]})`);
    } else {
      const r = numberReadings(text);
      if (r.comma !== null && r.point !== null && r.comma !== r.point) {
        return new CellError(`${quote(text)} is ${r.comma} with --decimal ',' or ${r.point} with --decimal '.'`);
      }
      n = r.point ?? r.comma;
      if (n === null) return new CellError(`not a number: ${quote(text)} (decimals with ',' or '.', thousands grouped by the other or a space)`);
    }
    // -0 would be stored as a negative zero and print as "-0".
    return n === 0 ? 0 : n;
  };
}
