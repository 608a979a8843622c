import { DateTime } from 'luxon';
import { isToDateWord } from '../time/read-to-date.js';
import type { GroupResult, KpiResult, ResolvedPeriod } from '../query/query.js';
import { ENGLISH_CHART_TEXTS, type ChartTexts } from './chart-texts.js';

/** A period's days as people read them: `1 Nov 2026 – 30 Nov 2026` (`1 nov. 2026` in pt-PT), or one day. */
export function periodSpan(period: ResolvedPeriod, locale = 'en-US'): string {
  const start = DateTime.fromISO(period.start).setLocale(locale);
  const last = DateTime.fromISO(period.end).minus({ days: 1 }).setLocale(locale);
  return start.equals(last) ? start.toFormat('d LLL yyyy') : `${start.toFormat('d LLL yyyy')} – ${last.toFormat('d LLL yyyy')}`;
}

/** Dates as people read them, in the workspace time zone the period was resolved in; fiscal ones say so, as the echo does. */
export function subtitle(r: KpiResult, texts: ChartTexts = ENGLISH_CHART_TEXTS, locale = 'en-US'): string {
  const span = periodSpan(r.period, locale);
  const filters = Object.entries(r.filters).map(([d, v]) => `${d} = ${(v ?? []).join(', ')}`);
  const fiscal = r.period.fiscal === null ? '' : texts.fiscal(r.period.fiscal);
  const toDate = r.period.asOf !== undefined && !isToDateWord(r.period.label) ? texts.toDate : '';
  const until = r.period.asOf !== undefined ? texts.until(DateTime.fromISO(r.period.asOf).setZone(r.period.timezone).toFormat('HH:mm')) : '';
  return [`${texts.periodName(r.period.label)}${fiscal}${toDate}: ${span}${until} (${r.period.timezone})`, ...filters].join(' · ');
}

export function labelOf(g: GroupResult, by: readonly string[]): string {
  return by.map((a) => g.key[a] ?? '').filter((part) => part !== '').join(' · ');
}
