import { delimiterName, type DateOrder, type DecimalMark, type Delimiter, type ImportLocale } from './csv-format.js';
import type { Evidence } from './sniff-format.js';
import { quote } from './quote-cell.js';

/** Where a setting came from: the locale, an option, the file itself, or nowhere (not needed). */
export type Source<T> =
  | { readonly from: 'locale' | 'option'; readonly value: T }
  | { readonly from: 'detected'; readonly value: T }
  | { readonly from: 'evident'; readonly value: T; readonly evidence: Evidence<T> }
  | { readonly from: 'unknown' };

export interface FormatChoice {
  readonly locale: ImportLocale | null;
  readonly delimiter: Source<Delimiter>;
  readonly decimal: Source<DecimalMark>;
  readonly dateOrder: Source<DateOrder>;
}

const DECIMAL_TEXT: Record<DecimalMark, string> = { ',': 'decimal comma', '.': 'decimal point' };
const ORDER_TEXT: Record<DateOrder, string> = { DMY: 'day-first dates', MDY: 'month-first dates', YMD: 'ISO dates' };

/**
 * What the import assumed about the file, for its summary: `read as pt-PT: ';' separator, decimal
 * comma, day-first dates`, or without a locale `delimiter ';' detected, decimal comma (line 3,
 * amount '1.234,56')`. Nothing is assumed silently: each setting says where it came from.
 */
export function describeFormat(f: FormatChoice): string {
  const parts: string[] = [];
  const d = f.delimiter;
  if (d.from !== 'unknown') {
    const name = delimiterName(d.value);
    if (f.locale !== null) parts.push(`${name} separator${d.from === 'option' ? ' (--delimiter)' : ''}`);
    else parts.push(d.from === 'detected' ? `delimiter ${name} detected` : `delimiter ${name} (--delimiter)`);
  }
  const part = <T extends string>(s: Source<T>, text: Record<T, string>, option: string): void => {
    if (s.from === 'unknown') return;
    const base = text[s.value];
    if (s.from === 'evident') parts.push(`${base} (line ${s.evidence.line}, ${s.evidence.column} ${quote(s.evidence.text)})`);
    else if (s.from === 'option') parts.push(`${base} (${option})`);
    else parts.push(base);
  };
  part(f.decimal, DECIMAL_TEXT, '--decimal');
  part(f.dateOrder, ORDER_TEXT, '--date-format');
  return f.locale !== null ? `read as ${f.locale}: ${parts.join(', ')}` : parts.join(', ');
}
