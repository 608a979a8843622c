import type { RunStatus } from '../digest/subscription.js';

/** An instant's pieces as Intl names them in the reply's locale (weekday and month short). */
export type InstantParts = Readonly<Record<'weekday' | 'day' | 'month' | 'year' | 'hour' | 'minute', string>>;

/** The notes the scheduler itself writes on a run; any other note (a platform's error) is shown as recorded. */
export const RUN_NOTES = ['paused', 'missed', 'missed beyond the grace window', 'unsubscribed', 'subscription removed', 'alert still true', 'alert condition false'] as const;
export type RunNote = (typeof RUN_NOTES)[number];

/** What a subscription's confirmation says about it; values and times arrive formatted. */
export interface SubscribedFacts {
  readonly id: number;
  readonly question: string;
  readonly schedule: string;
  /** The period each digest reports, when the schedule chose it (`last week`). */
  readonly reporting: string | null;
  /** `nps 40.0`, per KPI with a target. */
  readonly targets: readonly string[];
  /** The alert's condition (see `condition`), or null for a digest. */
  readonly alertWhen: string | null;
  readonly first: string;
}

/** One subscription as `subscriptions` lists it. */
export interface ListedFacts {
  readonly id: number;
  readonly question: string;
  readonly schedule: string;
  readonly alertWhen: string | null;
  readonly targets: readonly string[];
  readonly pausedSince: string | null;
  readonly by: string;
}

/**
 * The words of digests and alerts (bot/digest): confirmations, the list, the log, the schedule,
 * a digest's first line, an alert's raise and clear, and the notice of a digest that failed.
 */
export interface DigestTexts {
  /** `every day at 09:00 (Europe/Lisbon)`. */
  daily(at: string, zone: string): string;
  /** `every Monday at 09:00 (Europe/Lisbon)`; the weekday is Intl's long name in the locale. */
  weekly(weekday: string, at: string, zone: string): string;
  monthly(day: number, at: string, zone: string): string;
  cron(expression: string, zone: string): string;
  /** An instant on the subscriber's clock; `intl` is the locale's own way of writing it. */
  instant(parts: InstantParts, intl: string): string;
  /** `nps is above 40`, after `when`. */
  condition(metric: string, op: 'above' | 'below', value: string): string;
  subscribed(f: SubscribedFacts): string;
  unsubscribed(id: number): string;
  readonly noSubscriptions: string;
  readonly listHead: string;
  listEntry(f: ListedFacts): string;
  /** The next firings under a listed subscription; none when it never fires again. */
  upcoming(times: readonly string[], paused: boolean): string;
  /** Its last firing (a run line), or null. */
  lastRun(line: string | null): string;
  alreadyPaused(id: number): string;
  paused(id: number): string;
  /** `next` null: the schedule never fires again. */
  notPaused(id: number, next: string | null): string;
  resumed(id: number, next: string | null): string;
  sendingNow(id: number, question: string): string;
  notFiredYet(id: number, first: string | null): string;
  logHead(id: number, zone: string): string;
  /** How a run went; `note` is already in the reader's words (see `notes`). */
  status(status: RunStatus, note: string | null, retryAt: string | null): string;
  manual(status: string): string;
  readonly notes: Readonly<Record<RunNote, string>>;
  /** A digest's first line; `lateDue` is when it was due, for a late one. */
  header(id: number, schedule: string, lateDue: string | null): string;
  alertRaised(id: number, name: string, value: string, op: 'above' | 'below', threshold: string, lateDue: string | null): string;
  alertCleared(id: number, name: string, value: string, op: 'above' | 'below', threshold: string, lateDue: string | null): string;
  /** Told to people when a digest could not be sent for good. */
  failed(id: number, question: string, why: string): string;
}
