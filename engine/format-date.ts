/**
 * Dates and times as a person of a locale writes them, from Intl: `Jul 1 – Sep 30, 2026`,
 * `01/07/2026 – 30/09/2026`, `1 iul. – 30 sept. 2026`. Calendar days (YYYY-MM-DD) are formatted
 * in UTC, since they are dates rather than instants; instants in the zone they are read in.
 */

const DAY: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' };

/** A calendar day (`2026-07-01`). */
export function formatDay(isoDate: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, DAY).format(dayInstant(isoDate));
}

/** The days `first` to `last`, both included; one day when they are the same. */
export function formatDayRange(first: string, last: string, locale: string): string {
  if (first === last) return formatDay(first, locale);
  // Intl puts thin spaces around the dash; plain ones match the rest of a reply, and a person
  // typing the range back (in a test, a search) types plain ones.
  return new Intl.DateTimeFormat(locale, DAY).formatRange(dayInstant(first), dayInstant(last)).replace(/\u2009/g, ' ');
}

/** The wall-clock time of an instant in a zone, on a 24-hour clock (`09:30`). */
export function formatTime(instant: string | number, zone: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: zone }).format(new Date(instant));
}

/** The day and time of an instant in a zone (`Dec 1, 2026, 09:30`). */
export function formatDateTime(instant: string | number, zone: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { ...DAY, hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: zone }).format(new Date(instant));
}

const dayInstant = (isoDate: string): Date => new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
