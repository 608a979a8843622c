import { RUN_NOTES, type RunNote } from '../i18n/digest-texts.js';
import type { Voice } from '../i18n/voice.js';
import { localTime, nextRun, type Schedule } from './schedule.js';
import { NEVER } from './subscription-store.js';
import type { RunRecord } from './subscription.js';

/**
 * How one firing went, in words: `sent`, `skipped: paused`, `failed: <why>`, `waiting to retry at
 * ...`. A manual one says so first, so a log tells a `digest N now` from the schedule.
 */
export function describeRunStatus(run: RunRecord, timezone: string, voice: Voice): string {
  const words = voice.texts.digest;
  const status = words.status(run.status, noteText(run.note, voice), run.retryAt === null ? null : localTime(run.retryAt, timezone, voice));
  return run.manual ? words.manual(status) : status;
}

const isRunNote = (note: string): note is RunNote => (RUN_NOTES as readonly string[]).includes(note);

/** A note the scheduler wrote, in the reader's words; a platform's error stays as it said it. */
function noteText(note: string | null, voice: Voice): string | null {
  if (note === null) return null;
  return isRunNote(note) ? voice.texts.digest.notes[note] : note;
}

/** A firing as a line of the log: when it was for, on the subscriber's clock, and how it went. */
export const runLine = (run: RunRecord, timezone: string, voice: Voice): string => `${localTime(run.scheduledFor, timezone, voice)} ${describeRunStatus(run, timezone, voice)}`;

/**
 * The next `n` firings from the stored next one (which the scheduler keeps), fewer when the
 * schedule stops firing.
 */
export function upcomingRuns(schedule: Schedule, timezone: string, first: number, n: number): number[] {
  const runs: number[] = [];
  for (let at: number | null = first; at !== null && at !== NEVER && runs.length < n; at = nextRun(schedule, timezone, at)) runs.push(at);
  return runs;
}
