import type { Period } from './period.js';
import { DateTime } from 'luxon';
import { dayOf, isoDate, midnightMs, todayIn } from './calendar.js';

/**
 * A period that has not ended (it contains now) is read to date: from its start to the end of
 * today, and no record after now counts (shared/kpis.md, "Time"). A period that has ended, or has
 * not begun, is returned as it is, so reading to date never changes a whole past period.
 */
export function readToDate(p: Period, now: number): Period {
  const startMs = midnightMs(p.startDate, p.timezone);
  const endMs = midnightMs(p.endDate, p.timezone);
  if (now < startMs || now >= endMs) return p;
  const today = todayIn(now, p.timezone);
  if (!today) return p;
  return { ...p, endDate: isoDate(today.plus({ days: 1 })), asOf: now };
}

/**
 * `other` cut to the span `current` is read over, when `current` is read to date: the same number
 * of days from its start, to the same local time. So `this-month vs 2025-12` on 15 December
 * compares 1-15 December with 1-15 December 2025, never a part with a whole.
 */
export function sameSpan(current: Period, other: Period): Period {
  if (current.asOf === undefined) return other;
  const start = dayOf(current.startDate);
  const days = Math.round(dayOf(current.endDate).diff(start, 'days').days);
  const otherStart = dayOf(other.startDate);
  const otherEnd = otherStart.plus({ days });
  const end = otherEnd < dayOf(other.endDate) ? otherEnd : dayOf(other.endDate);
  // The same day of the span and the same clock time there, whatever clock changes lie between.
  const at = DateTime.fromMillis(current.asOf, { zone: current.timezone });
  const dayInto = Math.round(DateTime.fromISO(at.toISODate() ?? current.startDate, { zone: 'utc' }).diff(start, 'days').days);
  const asOf = DateTime.fromISO(other.startDate, { zone: other.timezone })
    .plus({ days: dayInto })
    .set({ hour: at.hour, minute: at.minute, second: at.second, millisecond: at.millisecond })
    .toMillis();
  return { ...other, endDate: isoDate(end), asOf };
}

/** `ytd`, `mtd`, ... say "to date" themselves, so an echo need not add it. */
export function isToDateWord(label: string): boolean {
  return /^(ytd|qtd|mtd|wtd)$/.test(label);
}
