import type { KpiUnit } from './catalog/kpi-schema.js';

export interface FormatOptions {
  readonly currency: string;
  /** BCP 47; en-US when absent. */
  readonly locale?: string;
  /** The words a number is written with that Intl has no unit for, in the reader's language. */
  readonly words?: UnitWords;
}

/** What Intl cannot say: a missing value, percentage points, NPS points. */
export interface UnitWords {
  /** In place of a value that cannot be computed (`no data`, `sem dados`). */
  readonly noData: string;
  /** After a change of a percentage (`pp`, `p.p.`). */
  readonly percentagePoints: string;
  /** After a change of a score in points (`pts`, `pontos`). */
  readonly points: string;
}

export const ENGLISH_UNIT_WORDS: UnitWords = { noData: 'no data', percentagePoints: 'pp', points: 'pts' };
const NO_DATA = ENGLISH_UNIT_WORDS.noData;

/** A KPI value as a person reads it: `4.21%`, `$1,234.50`, `+32.5`, `5.40:1`, `18.2 h`. */
export function formatValue(value: number | null, unit: KpiUnit, options: FormatOptions): string {
  if (value === null) return NO_DATA;
  const locale = options.locale ?? 'en-US';
  const num = (digits: number): string =>
    value.toLocaleString(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
  switch (unit) {
    case 'count':
      return Number.isInteger(value) ? num(0) : num(1);
    case 'money':
      return value.toLocaleString(locale, { style: 'currency', currency: options.currency });
    case 'percent':
      return `${num(2)}%`;
    case 'points':
      return `${value > 0 ? '+' : ''}${num(1)}`;
    case 'ratio':
      return num(2);
    case 'index':
      return num(1);
    case 'hours':
      return `${num(1)} h`;
    case 'days':
      return `${num(1)} days`;
    case 'years':
      return `${num(2)} years`;
  }
}

/** A change in a KPI: percentage points for percentages, the unit's own terms otherwise. */
export function formatDelta(delta: number | null, unit: KpiUnit, options: FormatOptions): string {
  if (delta === null) return NO_DATA;
  const sign = delta > 0 ? '+' : delta < 0 ? '−' : '±';
  const magnitude = Math.abs(delta);
  const locale = options.locale ?? 'en-US';
  const num = (digits: number): string =>
    magnitude.toLocaleString(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
  switch (unit) {
    case 'percent':
      return `${sign}${num(2)} pp`;
    case 'points':
      return `${sign}${num(1)} pts`;
    case 'money':
      return `${sign}${magnitude.toLocaleString(locale, { style: 'currency', currency: options.currency })}`;
    case 'count':
      return `${sign}${Number.isInteger(magnitude) ? num(0) : num(1)}`;
    default:
      return `${sign}${formatValue(magnitude, unit, options)}`;
  }
}

/** ↑ or ↓ for the direction of a change, and whether that direction is good for this KPI. */
export function trend(delta: number | null, better: 'up' | 'down'): { arrow: string; good: boolean | null } {
  if (delta === null || delta === 0) return { arrow: '→', good: null };
  const up = delta > 0;
  return { arrow: up ? '↑' : '↓', good: up === (better === 'up') };
}
