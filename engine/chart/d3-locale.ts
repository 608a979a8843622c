/**
 * The d3 number and time locale definitions of a BCP 47 locale, read from Intl so a chart's axes
 * and labels write numbers and dates as the rest of the reply does. Vega takes them as the spec's
 * `config.locale` (vega-parser copies it to the runtime spec, vega-view applies it in `new View`),
 * so every Vega consumer of the spec shows the same, not only our renderer.
 */
export interface D3NumberLocale {
  readonly decimal: string;
  readonly thousands: string;
  readonly grouping: readonly number[];
  /** What goes before and after an amount for d3's `$` format. */
  readonly currency: readonly [string, string];
}

export interface D3TimeLocale {
  readonly dateTime: string;
  readonly date: string;
  readonly time: string;
  readonly periods: readonly [string, string];
  readonly days: readonly string[];
  readonly shortDays: readonly string[];
  readonly months: readonly string[];
  readonly shortMonths: readonly string[];
}

export interface D3Locale {
  readonly number: D3NumberLocale;
  readonly time: D3TimeLocale;
}

const cache = new Map<string, D3Locale>();

export function d3Locale(locale: string, currency: string): D3Locale {
  const key = `${locale}\u0001${currency}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const made = { number: numberLocale(locale, currency), time: timeLocale(locale) };
  cache.set(key, made);
  return made;
}

function numberLocale(locale: string, currency: string): D3NumberLocale {
  // Seven digits: enough to show the group separator and its spacing (pt-PT leaves four-digit
  // numbers ungrouped, which d3 cannot say; it groups from four).
  const parts = new Intl.NumberFormat(locale, { useGrouping: true, minimumFractionDigits: 1 }).formatToParts(1234567.5);
  const integers = parts.filter((p) => p.type === 'integer').map((p) => p.value.length);
  // d3 reads the group sizes from the right, the last one repeating.
  const sizes = integers.slice(1).reverse();
  const grouping = sizes.length === 0 ? [3] : sizes.every((n) => n === sizes[0]) ? sizes.slice(0, 1) : sizes;
  return {
    decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
    thousands: parts.find((p) => p.type === 'group')?.value ?? ',',
    grouping,
    currency: currencyAffixes(locale, currency),
  };
}

/** The text before and after the digits of an amount: `['€', '']` in en-US, `['', ' €']` in pt-PT. */
export function currencyAffixes(locale: string, currency: string): [string, string] {
  const parts = new Intl.NumberFormat(locale, { style: 'currency', currency }).formatToParts(1234.5);
  const digits = (t: string): boolean => t === 'integer' || t === 'group' || t === 'decimal' || t === 'fraction';
  const first = parts.findIndex((p) => digits(p.type));
  const last = parts.length - 1 - [...parts].reverse().findIndex((p) => digits(p.type));
  const text = (ps: Intl.NumberFormatPart[]): string => ps.filter((p) => p.type !== 'minusSign' && p.type !== 'plusSign').map((p) => p.value).join('');
  return [text(parts.slice(0, first)), text(parts.slice(last + 1))];
}

function timeLocale(locale: string): D3TimeLocale {
  const utc = (i: number, field: Intl.DateTimeFormatOptions): string => new Intl.DateTimeFormat(locale, { ...field, timeZone: 'UTC' }).format(new Date(Date.UTC(2026, 0, 1) + i * DAY));
  // 2026-01-04 is a Sunday, which d3's day lists start with.
  const days = Array.from({ length: 7 }, (_, i) => utc(3 + i, { weekday: 'long' }));
  const shortDays = Array.from({ length: 7 }, (_, i) => utc(3 + i, { weekday: 'short' }));
  const monthAt = (m: number, month: 'long' | 'short'): string =>
    new Intl.DateTimeFormat(locale, { month, timeZone: 'UTC' }).format(new Date(Date.UTC(2026, m, 15)));
  const months = Array.from({ length: 12 }, (_, m) => monthAt(m, 'long'));
  const shortMonths = Array.from({ length: 12 }, (_, m) => monthAt(m, 'short'));
  const period = (hour: number): string =>
    new Intl.DateTimeFormat(locale, { hour: 'numeric', hour12: true, timeZone: 'UTC' })
      .formatToParts(new Date(Date.UTC(2026, 0, 1, hour)))
      .find((p) => p.type === 'dayPeriod')?.value ?? (hour < 12 ? 'AM' : 'PM');
  const date = pattern(locale, { year: 'numeric', month: '2-digit', day: '2-digit' });
  const time = pattern(locale, { hour: '2-digit', minute: '2-digit', second: '2-digit' });
  const dateTime = pattern(locale, { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
  return { dateTime, date, time, periods: [period(3), period(15)], days, shortDays, months, shortMonths };
}

const DAY = 86_400_000;

/** A d3 time format pattern with the order and separators Intl writes `options` in. */
function pattern(locale: string, options: Intl.DateTimeFormatOptions): string {
  const hour12 = new Intl.DateTimeFormat(locale, { hour: 'numeric' }).resolvedOptions().hour12 === true;
  const parts = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).formatToParts(new Date(Date.UTC(2026, 10, 22, 15, 4, 5)));
  const FIELD: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {
    year: '%Y',
    month: '%m',
    day: '%d',
    hour: hour12 ? '%I' : '%H',
    minute: '%M',
    second: '%S',
    dayPeriod: '%p',
  };
  return parts.map((p) => (p.type === 'literal' ? p.value.replace(/%/g, '%%') : (FIELD[p.type] ?? ''))).join('');
}
