import type { KpiResult } from '../query/query.js';
/**
 * How a KPI's unit reads on a chart: a vega expression for labels and a JS twin for text. The
 * d3 formats are read in the spec's locale (`config.locale`, d3-locale.ts): `,` and `$` there are
 * the locale's group separator and currency, so the same format writes `€1.23M` in en-US and
 * `1,23M €` in pt-PT.
 */
export interface NumberFormat {
  /** What the unit is called in the chart's language, for axis titles. */
  readonly unitTitle: string;
  /** A vega expression formatting the number in `field`. */
  expr(field: string): string;
  readonly d3: string;
  readonly prefix: string;
  readonly suffix: string;
  /** For the JS twin (fmtValue). */
  readonly locale: string;
  readonly currency: string;
}

export function numberFormat(unit: KpiResult['unit'], currency: string, locale = 'en-US', unitTitle?: string): NumberFormat {
  const make = (d3: string, prefix: string, suffix: string, title: string): NumberFormat => ({
    d3,
    prefix,
    suffix,
    unitTitle: unitTitle ?? title,
    locale,
    currency,
    expr: (field) => `${JSON.stringify(prefix)} + format(${field}, ${JSON.stringify(d3)}) + ${JSON.stringify(suffix)}`,
  });
  switch (unit) {
    case 'percent':
      return make(',.1f', '', percentSuffix(locale), '%');
    case 'money':
      return make('$,.3~s', '', '', currency);
    case 'count':
      return make(',.0f', '', '', 'count');
    case 'points':
      return make('+,.1f', '', '', 'points');
    case 'hours':
      return make(',.1f', '', unitSuffix(locale, 'hour'), 'hours');
    case 'days':
      return make(',.1f', '', unitSuffix(locale, 'day'), 'days');
    case 'years':
      return make(',.2f', '', unitSuffix(locale, 'year'), 'years');
    case 'ratio':
      return make(',.2f', '', '', 'ratio');
    case 'index':
      return make(',.1f', '', '', 'index 0-100');
  }
}

/** The same format as the chart's labels, done here for the headline card's text. */
export function fmtValue(value: number, fmt: NumberFormat): string {
  const digits = fmt.d3.includes('.0f') ? 0 : fmt.d3.includes('.2f') ? 2 : 1;
  const money = fmt.d3.includes('$');
  const body = fmt.d3.endsWith('s')
    ? new Intl.NumberFormat(fmt.locale, { notation: 'compact', maximumSignificantDigits: 3, ...(money ? { style: 'currency', currency: fmt.currency } : {}) }).format(value)
    : value.toLocaleString(fmt.locale, { minimumFractionDigits: digits, maximumFractionDigits: digits, ...(money ? { style: 'currency', currency: fmt.currency } : {}) });
  return `${fmt.d3.startsWith('+') && value > 0 ? '+' : ''}${fmt.prefix}${body}${fmt.suffix}`;
}

/** What follows a percentage in the locale: `%` in en-US and pt-PT, ` %` in ro-RO. */
function percentSuffix(locale: string): string {
  const parts = new Intl.NumberFormat(locale, { style: 'percent' }).formatToParts(0.5);
  const at = parts.findIndex((p) => p.type === 'percentSign');
  // A locale that writes the sign first (tr: `%50`) still gets it after: the labels append it.
  return parts.slice(parts.findIndex((p) => p.type === 'integer') + 1, at + 1).map((p) => p.value).join('') || '%';
}

/**
 * The locale's shortest word for a unit, after a space: a letter glued to the digits (en-US
 * `18.2h`) reads as part of the number on a small axis label.
 */
function unitSuffix(locale: string, unit: 'hour' | 'day' | 'year'): string {
  const parts = new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'narrow' }).formatToParts(2);
  const after = parts.slice(parts.findIndex((p) => p.type === 'integer') + 1).map((p) => p.value).join('');
  return /^\s/.test(after) ? after : ` ${after}`;
}
