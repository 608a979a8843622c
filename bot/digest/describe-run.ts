import { localTime, nextRun, type Schedule } from './schedule.js';
import { NEVER } from './subscription-store.js';
import type { RunRecord } from './subscription.js';

/**
 * How one firing went, in words: `sent`, `skipped: paused`, `failed: <why>`, `waiting to retry at
 * ...`. A manual one says so first, so a log tells a `digest N now` from the schedule.
 */
export function describeRunStatus(run: RunRecord, timezone: string): string {
  const status = statusText(run, timezone);
  return run.manual ? `manual, ${status}` : status;
}

function statusText(run: RunRecord, timezone: string): string {
  switch (run.status) {
    case 'due':
      return run.retryAt === null ? 'due' : `waiting to retry at ${localTime(run.retryAt, timezone)}${run.note ? ` (${run.note})` : ''}`;
    case 'sending':
      return 'being sent';
    case 'sent':
      return 'sent';
    case 'skipped':
      return `skipped${run.note ? `: ${run.note}` : ''}`;
    case 'failed':
      return `failed${run.note ? `: ${run.note}` : ''}`;
  }
}

/** A firing as a line of the log: when it was for, on the subscriber's clock, and how it went. */
export const runLine = (run: RunRecord, timezone: string): string => `${localTime(run.scheduledFor, timezone)} ${describeRunStatus(run, timezone)}`;

/**
 * The next `n` firings from the stored next one (which the scheduler keeps), fewer when the
 * schedule stops firing.
 */
export function upcomingRuns(schedule: Schedule, timezone: string, first: number, n: number): number[] {
  const runs: number[] = [];
  for (let at: number | null = first; at !== null && at !== NEVER && runs.length < n; at = nextRun(schedule, timezone, at)) runs.push(at);
  return runs;
}
