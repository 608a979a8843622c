import type { Period, PeriodBounds } from './period.js';
import { dayOf, daysBetween, midnightMs } from './calendar.js';

/** The instants, days and months a query binds for a period. */
export function periodBounds(p: Period): PeriodBounds {
  return {
    startMs: midnightMs(p.startDate, p.timezone),
    // Read to date: nothing after the instant it is read at counts, even later that day.
    endMs: p.asOf === undefined ? midnightMs(p.endDate, p.timezone) : Math.min(midnightMs(p.endDate, p.timezone), p.asOf + 1),
    startDate: p.startDate,
    endDate: p.endDate,
    startMonth: firstWholeMonth(p.startDate),
    endMonth: firstWholeMonth(p.endDate),
    // Counted on the dates, not the instants, so 23- and 25-hour days count as one.
    days: daysBetween(dayOf(p.startDate), dayOf(p.endDate)),
  };
}

/**
 * The first month whose first day is on or after `date`. Monthly data (market figures) belongs to
 * a period when its first day does, so a period from 15 March counts from April.
 */
function firstWholeMonth(date: string): string {
  const d = dayOf(date);
  return (d.day === 1 ? d : d.startOf('month').plus({ months: 1 })).toFormat('yyyy-MM');
}
