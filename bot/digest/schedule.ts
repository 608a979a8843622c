import { Cron } from 'croner';
import { DateTime } from 'luxon';
import { z } from 'zod';
import type { Voice } from '../i18n/voice.js';

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

const TIME = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time of day, HH:MM');

/**
 * When a digest goes out, in the subscription's time zone. Daily, weekly and monthly digests cover
 * the day, ISO week or month that has just ended; a cron schedule covers the period it names.
 */
export const ScheduleSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('daily'), at: TIME }).strict(),
  z.object({ kind: z.literal('weekly'), day: z.enum(WEEKDAYS), at: TIME }).strict(),
  /** Day 1 to 28, so that every month has it. */
  z.object({ kind: z.literal('monthly'), day: z.number().int().min(1).max(28), at: TIME }).strict(),
  z.object({ kind: z.literal('cron'), expression: z.string().min(9).max(100) }).strict(),
]);
export type Schedule = z.infer<typeof ScheduleSchema>;

/** The period a digest reports when the subscription names none: the one that has just ended. */
export function defaultDigestPeriod(schedule: Schedule): string | undefined {
  switch (schedule.kind) {
    case 'daily':
      return 'yesterday';
    case 'weekly':
      return 'last-week';
    case 'monthly':
      return 'last-month';
    case 'cron':
      return undefined;
  }
}

/** A digest's question with its period: the one it names, else the one its schedule has just ended. */
export function digestQuestion<Q extends { readonly period?: string }>(query: Q, schedule: Schedule): Q {
  const period = query.period ?? defaultDigestPeriod(schedule);
  return period === undefined ? query : { ...query, period };
}

/** The schedule as a cron expression (minute hour day-of-month month day-of-week). */
export function cronExpression(schedule: Schedule): string {
  if (schedule.kind === 'cron') return schedule.expression;
  const [hour, minute] = schedule.at.split(':').map(Number);
  switch (schedule.kind) {
    case 'daily':
      return `${minute} ${hour} * * *`;
    case 'weekly':
      return `${minute} ${hour} * * ${(WEEKDAYS.indexOf(schedule.day) + 1) % 7}`;
    case 'monthly':
      return `${minute} ${hour} ${schedule.day} * *`;
  }
}

/** Standard cron: minute, hour, day of month, month, day of week. */
const CRON_FIELDS = 5;

const fieldsOf = (expression: string): number => expression.trim().split(/\s+/).length;

/**
 * Whether a cron expression is five standard fields that croner reads; the message says what is
 * wrong. croner also takes a sixth field for seconds, which would post a digest every second.
 */
export function checkCron(expression: string, timezone: string): string | null {
  const fields = fieldsOf(expression);
  if (fields !== CRON_FIELDS) return `it has ${fields} field${fields === 1 ? '' : 's'}; write five: minute, hour, day of month, month, day of week`;
  try {
    const job = new Cron(expression, { timezone, paused: true });
    return job.nextRun(new Date()) === null ? 'it never fires' : null;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

/** More than the firings a five-field cron has inside one repeated hour (60, one a minute). */
const MAX_REPEATS = 120;

/**
 * The first time the schedule fires strictly after `after` (epoch ms), in `timezone`, or null when
 * it never fires again. Local times that a clock change skips fire at the first instant after
 * the gap (croner's rule); a local time the autumn change repeats fires once, at its first
 * occurrence, so a digest is neither lost nor doubled at DST.
 */
export function nextRun(schedule: Schedule, timezone: string, after: number): number | null {
  // A subscription stored before cron was held to five fields never fires: it could fire every second.
  if (schedule.kind === 'cron' && fieldsOf(schedule.expression) !== CRON_FIELDS) return null;
  const job = new Cron(cronExpression(schedule), { timezone, paused: true });
  let next = job.nextRun(new Date(after))?.getTime() ?? null;
  // croner fires a single time once in a repeated hour but a stepped one (`*/30 1 * * *`) at
  // both occurrences; the second occurrence of a local time is not a new firing.
  for (let i = 0; next !== null && i < MAX_REPEATS && isRepeat(next, timezone); i++) {
    next = job.nextRun(new Date(next))?.getTime() ?? null;
  }
  return next;
}

/** Whether the local time at `at` already happened earlier that night (the autumn hour, again). */
function isRepeat(at: number, timezone: string): boolean {
  const here = DateTime.fromMillis(at, { zone: timezone });
  // The offset before a change is larger than after it by exactly the time that repeats.
  const before = DateTime.fromMillis(at - 3 * 3_600_000, { zone: timezone }).offset;
  if (before <= here.offset) return false;
  const first = DateTime.fromMillis(at - (before - here.offset) * 60_000, { zone: timezone });
  return first.offset === before && first.toFormat('yyyy-MM-dd HH:mm') === here.toFormat('yyyy-MM-dd HH:mm');
}

/** How many firings the shortest gap is looked for in: more than any day of a five-field cron holds but minute-level ones. */
const GAP_SAMPLE = 500;

/**
 * The shortest time between two firings of the schedule, in minutes, over its next firings
 * from `from`. Daily, weekly and monthly schedules are a day or more apart (23 hours across a
 * clock change). A cron schedule repeats within a day or across days; its first 500 firings cover
 * every time of a firing day unless it fires more than 500 times a day, when the gap is under
 * three minutes and found in them anyway.
 */
export function shortestGapMinutes(schedule: Schedule, timezone: string, from: number): number {
  if (schedule.kind !== 'cron') return 23 * 60;
  const runs = new Cron(schedule.expression, { timezone, paused: true }).nextRuns(GAP_SAMPLE, new Date(from)).map((d) => d.getTime());
  let shortest = Infinity;
  for (let i = 1; i < runs.length; i++) shortest = Math.min(shortest, ((runs[i] ?? 0) - (runs[i - 1] ?? 0)) / 60_000);
  return shortest;
}

/** `every Monday at 09:00 (Europe/Lisbon)`, for the confirmation, the list and a digest's first line. */
export function describeSchedule(schedule: Schedule, timezone: string, voice: Voice): string {
  const words = voice.texts.digest;
  switch (schedule.kind) {
    case 'daily':
      return words.daily(schedule.at, timezone);
    case 'weekly':
      return words.weekly(weekdayName(schedule.day, voice.locale), schedule.at, timezone);
    case 'monthly':
      return words.monthly(schedule.day, schedule.at, timezone);
    case 'cron':
      return words.cron(schedule.expression, timezone);
  }
}

/** A weekday's name as Intl writes it in the locale (`Monday`, `segunda-feira`, `luni`): 1 January 2024 was a Monday. */
function weekdayName(day: (typeof WEEKDAYS)[number], locale: string): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(2024, 0, 1 + WEEKDAYS.indexOf(day)));
}

const INSTANT: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };

/** An instant as the subscriber's clock shows it, with Intl's names in the reply's locale: `Mon 7 Dec 2026 09:00`, `segunda, 07/12/2026, 09:00`. */
export function localTime(at: number, timezone: string, voice: Voice): string {
  const format = new Intl.DateTimeFormat(voice.locale, { ...INSTANT, timeZone: timezone });
  const part = (type: Intl.DateTimeFormatPartTypes): string => format.formatToParts(at).find((p) => p.type === type)?.value ?? '';
  return voice.texts.digest.instant(
    { weekday: part('weekday'), day: part('day'), month: part('month'), year: part('year'), hour: part('hour'), minute: part('minute') },
    format.format(at),
  );
}
