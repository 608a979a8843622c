import type { SqlValue } from '../store/store.js';
import type { ColumnDef } from '../schema/tables.js';
import { daysInMonth, type InstantParser } from './parse-instant.js';
import { quote } from './quote-cell.js';

/** Why a cell is not valid. A class, so that a parser's result is told apart with `instanceof`. */
export class CellError {
  constructor(readonly reason: string) {}
}

/** Reads one trimmed cell into the value stored for it, or says why it cannot. */
export type CellParser = (text: string) => SqlValue | CellError;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^\d{4}-(\d{2})$/;
/** Plain decimal notation with an optional exponent; no thousands separators, no NaN or Infinity. */
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
/** A whole number, also as `3.0`: pandas writes integer columns that have gaps that way. */
const WHOLE = /^\d+(?:\.0*)?$/;
const BOOLEANS = new Map<string, number>([
  ['1', 1],
  ['0', 0],
  ['true', 1],
  ['false', 0],
  ['yes', 1],
  ['no', 0],
]);

/**
 * The parser for one column, by its kind. Parsers are built once per import and then called a
 * million times, so they allocate nothing for a valid cell.
 */
export function cellParser(column: ColumnDef, instant: InstantParser): CellParser {
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
        const m = DATE.exec(text);
        const month = Number(m?.[2]);
        const day = Number(m?.[3]);
        return m && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(Number(m[1]), month)
          ? text
          : new CellError(`not a calendar day YYYY-MM-DD: ${quote(text)}`);
      };
    case 'month':
      return (text) => {
        const month = Number(MONTH.exec(text)?.[1]);
        return month >= 1 && month <= 12 ? text : new CellError(`not a month YYYY-MM: ${quote(text)}`);
      };
    case 'money':
      return (text) => {
        const n = decimal(text);
        if (n instanceof CellError) return n;
        return n < 0 ? new CellError(`negative amount: ${text}`) : n;
      };
    // The scale depends on the survey kind in the same row: see row-rules.ts.
    case 'score':
      return decimal;
    case 'count':
      return (text) => {
        if (WHOLE.test(text)) {
          const n = Number(text);
          if (Number.isSafeInteger(n)) return n;
          return new CellError(`too large a count: ${quote(text)}`);
        }
        const n = Number(text);
        if (DECIMAL.test(text) && n < 0) return new CellError(`negative count: ${text}`);
        return new CellError(`not a whole number: ${quote(text)}`);
      };
    case 'boolean':
      return (text) => BOOLEANS.get(text.toLowerCase()) ?? new CellError(`not a boolean: ${quote(text)} (use 1/0, true/false or yes/no)`);
  }
}

function decimal(text: string): number | CellError {
  const n = DECIMAL.test(text) ? Number(text) : NaN;
  if (!Number.isFinite(n)) return new CellError(`not a number: ${quote(text)} (use a dot for decimals and no thousands separator)`);
  // -0 would be stored as a negative zero and print as "-0".
  return n === 0 ? 0 : n;
}
