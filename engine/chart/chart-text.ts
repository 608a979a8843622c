import { DateTime } from 'luxon';
import { isToDateWord } from '../time/read-to-date.js';
import type { GroupResult, KpiResult, ResolvedPeriod } from '../query/query.js';

/** A period's days as people read them: `1 Nov 2026 – 30 Nov 2026`, or one day. */
export function periodSpan(period: ResolvedPeriod): string {
  const start = DateTime.fromISO(period.start);
  const last = DateTime.fromISO(period.end).minus({ days: 1 });
  return start.equals(last) ? start.toFormat('d LLL yyyy') : `${start.toFormat('d LLL yyyy')} – ${last.toFormat('d LLL yyyy')}`;
}

/** Dates as people read them, in the workspace time zone the period was resolved in; fiscal ones say so, as the echo does. */
export function subtitle(r: KpiResult): string {
  const span = periodSpan(r.period);
  const filters = Object.entries(r.filters).map(([d, v]) => `${d} = ${(v ?? []).join(', ')}`);
  const fiscal = r.period.fiscal === null ? '' : ` (fiscal ${r.period.fiscal})`;
  const toDate = r.period.asOf !== undefined && !isToDateWord(r.period.label) ? ' to date' : '';
  const until = r.period.asOf !== undefined ? ` until ${DateTime.fromISO(r.period.asOf).setZone(r.period.timezone).toFormat('HH:mm')}` : '';
  return [`${r.period.label}${fiscal}${toDate}: ${span}${until} (${r.period.timezone})`, ...filters].join(' · ');
}

export function labelOf(g: GroupResult, by: readonly string[]): string {
  return by.map((a) => g.key[a] ?? '').filter((part) => part !== '').join(' · ');
}
