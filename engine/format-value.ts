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

/**
 * A KPI value as a person of the locale reads it, every digit from Intl: `4.21%`, `$1,234.50`,
 * `+32.5`, `5.40`, `18.2 hr`; in pt-PT `4,21%`, `1234,50 €`, `18,2 h`; in ro-RO `4,21 %`.
 */
export function formatValue(value: number | null, unit: KpiUnit, options: FormatOptions): string {
  if (value === null) return (options.words ?? ENGLISH_UNIT_WORDS).noData;
  const locale = options.locale ?? 'en-US';
  const fixed = (digits: number, extra: Intl.NumberFormatOptions = {}): string =>
    new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits, ...extra }).format(unit === 'percent' ? value / 100 : value);
  switch (unit) {
    case 'count':
      return fixed(Number.isInteger(value) ? 0 : 1);
    case 'money':
      return new Intl.NumberFormat(locale, { style: 'currency', currency: options.currency }).format(value);
    case 'percent':
      return fixed(2, { style: 'percent' });
    case 'points':
      return fixed(1, { signDisplay: 'exceptZero' });
    case 'ratio':
      return fixed(2);
    case 'index':
      return fixed(1);
    case 'hours':
      return fixed(1, { style: 'unit', unit: 'hour' });
    case 'days':
      return fixed(1, { style: 'unit', unit: 'day', unitDisplay: 'long' });
    case 'years':
      return fixed(2, { style: 'unit', unit: 'year', unitDisplay: 'long' });
  }
}

/**
 * A change in a KPI: percentage points for percentages, the unit's own terms otherwise. The sign
 * is always written, with a true minus (−) and ± for no change, so a change never reads as a level.
 */
export function formatDelta(delta: number | null, unit: KpiUnit, options: FormatOptions): string {
  const words = options.words ?? ENGLISH_UNIT_WORDS;
  if (delta === null) return words.noData;
  const sign = delta > 0 ? '+' : delta < 0 ? '−' : '±';
  const magnitude = Math.abs(delta);
  const num = (digits: number): string =>
    new Intl.NumberFormat(options.locale ?? 'en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(magnitude);
  switch (unit) {
    case 'percent':
      return `${sign}${num(2)} ${words.percentagePoints}`;
    case 'points':
      return `${sign}${num(1)} ${words.points}`;
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
