import type { Period, PeriodBounds } from './period.js';
import { dayIn } from './calendar.js';

const DAY_MS = 86_400_000;

/** The instants, days and months a query binds for a period. */
export function periodBounds(p: Period): PeriodBounds {
  return {
    startMs: dayIn(p.startDate, p.timezone).toMillis(),
    endMs: dayIn(p.endDate, p.timezone).toMillis(),
    startDate: p.startDate,
    endDate: p.endDate,
    startMonth: firstWholeMonth(p.startDate),
    endMonth: firstWholeMonth(p.endDate),
    // Calendar days, counted on the dates themselves so 23- and 25-hour days count as one.
    days: Math.round((Date.parse(p.endDate) - Date.parse(p.startDate)) / DAY_MS),
  };
}

/** The first month whose first day is on or after `date` (YYYY-MM-DD). */
function firstWholeMonth(date: string): string {
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
  if (d === 1) return date.slice(0, 7);
  const next = m === 12 ? { y: y + 1, m: 1 } : { y, m: m + 1 };
  return `${next.y}-${String(next.m).padStart(2, '0')}`;
}
