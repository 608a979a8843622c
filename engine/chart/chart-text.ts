import { DateTime } from 'luxon';
import { isToDateWord } from '../time/read-to-date.js';
import { formatDayRange, formatTime } from '../format-date.js';
import type { GroupResult, KpiResult, ResolvedPeriod } from '../query/query.js';
import { ENGLISH_CHART_TEXTS, type ChartTexts } from './chart-texts.js';

/**
 * A period's days as people of the locale read them, from Intl, the same words as the answer beside
 * the chart: `Nov 1 – 30, 2026`, `01/11/2026 – 30/11/2026` in pt-PT, `1–30 nov. 2026` in ro-RO.
 */
export function periodSpan(period: ResolvedPeriod, locale = 'en-US'): string {
  const last = DateTime.fromISO(period.end, { zone: 'utc' }).minus({ days: 1 }).toISODate() ?? period.end;
  return formatDayRange(period.start, last, locale);
}

/** Dates as people read them, in the workspace time zone the period was resolved in; fiscal ones say so, as the echo does. */
export function subtitle(r: KpiResult, texts: ChartTexts = ENGLISH_CHART_TEXTS, locale = 'en-US'): string {
  const span = periodSpan(r.period, locale);
  const filters = Object.entries(r.filters).map(([d, v]) => `${d} = ${(v ?? []).join(', ')}`);
  const fiscal = r.period.fiscal === null ? '' : texts.fiscal(r.period.fiscal);
  const toDate = r.period.asOf !== undefined && !isToDateWord(r.period.label) ? texts.toDate : '';
  const until = r.period.asOf !== undefined ? texts.until(formatTime(r.period.asOf, r.period.timezone, locale)) : '';
  return [`${texts.periodName(r.period.label)}${fiscal}${toDate}: ${span}${until} (${r.period.timezone})`, ...filters].join(' · ');
}

export function labelOf(g: GroupResult, by: readonly string[]): string {
  return by.map((a) => g.key[a] ?? '').filter((part) => part !== '').join(' · ');
}
