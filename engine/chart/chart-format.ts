import type { KpiResult } from '../query/query.js';

/** How a KPI's unit reads on a chart: a vega expression for labels and a JS twin for text. */
export interface NumberFormat {
  readonly unitTitle: string;
  /** A vega expression formatting the number in `field`. */
  expr(field: string): string;
  readonly d3: string;
  readonly prefix: string;
  readonly suffix: string;
}

export function numberFormat(unit: KpiResult['unit'], currency: string): NumberFormat {
  const make = (d3: string, prefix: string, suffix: string, unitTitle: string): NumberFormat => ({
    d3,
    prefix,
    suffix,
    unitTitle,
    expr: (field) => `${JSON.stringify(prefix)} + format(${field}, ${JSON.stringify(d3)}) + ${JSON.stringify(suffix)}`,
  });
  switch (unit) {
    case 'percent':
      return make(',.1f', '', '%', '%');
    case 'money': {
      const symbol = new Intl.NumberFormat('en-US', { style: 'currency', currency, currencyDisplay: 'narrowSymbol' })
        .formatToParts(0)
        .find((p) => p.type === 'currency')?.value ?? currency;
      return make(',.3~s', symbol, '', currency);
    }
    case 'count':
      return make(',.0f', '', '', 'count');
    case 'points':
      return make('+,.1f', '', '', 'points');
    case 'hours':
      return make(',.1f', '', ' h', 'hours');
    case 'days':
      return make(',.1f', '', ' d', 'days');
    case 'years':
      return make(',.2f', '', ' y', 'years');
    case 'ratio':
      return make(',.2f', '', '', 'ratio');
    case 'index':
      return make(',.1f', '', '', 'index 0-100');
  }
}

/** The same format as the chart's labels, done here for the headline card's text. */
export function fmtValue(value: number, fmt: NumberFormat): string {
  const digits = fmt.d3.includes('.0f') ? 0 : fmt.d3.includes('.2f') ? 2 : 1;
  const body = fmt.d3.endsWith('s')
    ? new Intl.NumberFormat('en-US', { notation: 'compact', maximumSignificantDigits: 3 }).format(value)
    : value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  return `${fmt.d3.startsWith('+') && value > 0 ? '+' : ''}${fmt.prefix}${body}${fmt.suffix}`;
}
