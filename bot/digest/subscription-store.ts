import type { Store } from '../../engine/store/store.js';
import { z } from 'zod';
import { isLanguage } from '../i18n/language.js';
import { ALERT_STATES, type AlertState } from './alert-edge.js';
import { nextRun } from './schedule.js';
import { DigestSpecSchema, type DigestRun, type DigestSpec, type RunRecord, type RunStatus, type Subscription } from './subscription.js';

/** A claim on a run: which process holds it, and until when (epoch ms) unless it renews. */
export interface Lease {
  readonly owner: string;
  readonly until: number;
}

/**
 * How a run ended, for the bookkeeping. `alert` is the alert's state after the run, written with
 * the run's end in one transaction, so a crash cannot post a crossing and forget it was posted.
 */
export type RunOutcome =
  | { readonly status: 'sent'; readonly ref: string; readonly alert?: AlertState }
  | { readonly status: 'skipped'; readonly note: string; readonly alert?: AlertState }
  | { readonly status: 'failed'; readonly note: string }
  | { readonly status: 'retry'; readonly note: string; readonly at: number };

/** What pausing or resuming one of a channel's subscriptions did. */
export type PauseChange = 'done' | 'already' | 'unknown';

/**
 * Subscriptions and their runs in SQLite (migration 4). A run is a row keyed by subscription and
 * scheduled instant, so it exists once however often the scheduler looks; it moves
 * due → sending → sent (or skipped, failed), and a run found in `sending` after a restart is one
 * whose send may or may not have reached the platform.
 */
export interface SubscriptionStore {
  create(s: Omit<Subscription, 'id' | 'cancelled' | 'pausedAt' | 'alertState'>): Promise<Subscription>;
  /** The channel's live subscriptions, oldest first. */
  list(channel: string): Promise<Subscription[]>;
  get(id: number): Promise<Subscription | null>;
  /** Cancels one of the channel's subscriptions; false when it has none with that id. */
  cancel(channel: string, id: number, now: number): Promise<boolean>;
  /** Pauses one of the channel's live subscriptions: its firings are recorded as skipped (`paused`) until resumed. */
  pause(channel: string, id: number, now: number): Promise<PauseChange>;
  /**
   * Resumes a paused subscription from its next firing after `now`: the firings it missed while
   * paused are not sent late, even when no scheduler was running to skip them.
   */
  resume(channel: string, id: number, now: number): Promise<PauseChange>;
  /**
   * Makes a due run of one of the channel's live subscriptions for `now`, marked manual, for the
   * scheduler to send the way it sends every run (claimed under a lease, once); its schedule is
   * untouched. Null when the channel has no such subscription.
   */
  requestNow(channel: string, id: number, now: number): Promise<Subscription | null>;
  /** The subscription's latest `limit` firings, newest first. */
  runs(subscriptionId: number, limit: number): Promise<RunRecord[]>;
  /**
   * Turns every subscription whose time has come into runs, one per firing up to `now`, and moves
   * each to its next instant. Firings missed while kpibot was down are not all sent late: the
   * latest is due if it is no more than `graceMs` old, else skipped (`missed beyond the grace
   * window`); every older one is recorded skipped (`missed`). Returns how many subscriptions fired.
   */
  materialize(now: number, platform: string, graceMs: number): Promise<number>;
  /** The platform's runs ready to send: due, and past their retry time. */
  due(now: number, platform: string): Promise<DigestRun[]>;
  /**
   * The platform's runs left in `sending` whose lease has run out: the process that took them
   * stopped (or stalled) mid-send. A run another live process is sending is not among them.
   */
  interrupted(platform: string, now: number): Promise<DigestRun[]>;
  /** Takes a due run for sending under `lease`; false when another process or turn took it first. */
  claim(run: DigestRun, lease: Lease, now: number): Promise<boolean>;
  /** Takes over an interrupted run whose lease ran out; false when another process took it first. */
  takeOver(run: DigestRun, lease: Lease, now: number): Promise<boolean>;
  /** Records, for a run the owner holds, that its message is on the platform (its charts may not be yet). */
  posted(run: DigestRun, owner: string, ref: string): Promise<boolean>;
  /** Extends the lease the owner holds; false when it no longer holds it. */
  renew(run: DigestRun, lease: Lease): Promise<boolean>;
  /** Puts a run the owner holds back to due (its send is known not to have arrived). */
  release(run: DigestRun, owner: string): Promise<boolean>;
  /** Counts a failed look at an interrupted run as an attempt, and lets its lease go, to look again later. */
  touch(run: DigestRun, owner: string): Promise<boolean>;
  /** Closes a run the owner holds; false (and nothing written) when the owner lost it. */
  finish(run: DigestRun, owner: string, outcome: RunOutcome, now: number): Promise<boolean>;
  /** When there is next something to do: a firing, a retry, or a lease that runs out. */
  nextWake(platform: string): Promise<number | null>;
}

interface SubscriptionRow {
  id: number;
  platform: string;
  channel: string;
  channel_name: string | null;
  created_by: string;
  created_at: number;
  spec: string;
  next_run_at: number;
  cancelled_at: number | null;
  paused_at: number | null;
  alert_state: string | null;
  language: string | null;
  locale: string | null;
}

interface RunRow {
  subscription_id: number;
  scheduled_for: number;
  attempts: number;
  note: string | null;
  message_ref: string | null;
}

const AlertStateColumn = z.enum(ALERT_STATES).nullable();

const fromRow = (r: SubscriptionRow): Subscription => ({
  id: r.id,
  platform: r.platform,
  channel: r.channel,
  channelName: r.channel_name,
  createdBy: r.created_by,
  createdAt: r.created_at,
  spec: DigestSpecSchema.parse(JSON.parse(r.spec)),
  nextRunAt: r.next_run_at,
  cancelled: r.cancelled_at !== null,
  pausedAt: r.paused_at,
  alertState: AlertStateColumn.parse(r.alert_state),
  // A language this kpibot does not speak (written by a newer one) is read as none: the workspace's.
  language: r.language !== null && isLanguage(r.language) ? r.language : null,
  locale: r.locale,
});

/**
 * A manual run's note starts with this, and keeps it through retries and its end (`manual`,
 * `manual: <why it failed>`): one note column says both that a person asked for it and how it went,
 * with no column beyond migration 8's.
 */
const MANUAL = 'manual';
const isManual = (note: string | null): boolean => note !== null && (note === MANUAL || note.startsWith(`${MANUAL}: `));
/** The note with the manual marker taken off: what happened to the run. */
const outcomeNote = (note: string | null): string | null => (note !== null && isManual(note) ? note.slice(MANUAL.length + 2) || null : note);
/** SQL for a run's new note that keeps the manual marker; takes the note twice as parameters. */
const KEEP_MANUAL = `CASE WHEN note = '${MANUAL}' OR note LIKE '${MANUAL}: %' THEN '${MANUAL}' || coalesce(': ' || ?, '') ELSE ? END`;

const toRun = (r: RunRow): DigestRun => ({
  subscriptionId: r.subscription_id,
  scheduledFor: r.scheduled_for,
  attempts: r.attempts,
  manual: isManual(r.note),
  messageRef: r.message_ref,
});

interface RunRecordRow {
  scheduled_for: number;
  status: RunStatus;
  note: string | null;
  attempts: number;
  retry_at: number | null;
  finished_at: number | null;
}

const toRecord = (r: RunRecordRow): RunRecord => ({
  scheduledFor: r.scheduled_for,
  status: r.status,
  manual: isManual(r.note),
  note: outcomeNote(r.note),
  attempts: r.attempts,
  retryAt: r.retry_at,
  finishedAt: r.finished_at,
});

/** One firing found by `materialize`: sent now, or recorded as skipped, and why. */
type Firing = { readonly at: number; readonly status: 'due' } | { readonly at: number; readonly status: 'skipped'; readonly note: string };

/**
 * Every firing of `s` from its next instant up to `now`, oldest first: all but the latest were
 * missed (kpibot was down), and the latest goes out late only within the grace window. Each is
 * recorded so the history accounts for every firing, not only the ones sent.
 */
function missedFirings(s: Subscription, now: number, graceMs: number): Firing[] {
  const ats: number[] = [];
  for (let at: number | null = s.nextRunAt; at !== null && at <= now; at = nextRun(s.spec.schedule, s.spec.timezone, at)) ats.push(at);
  return ats.map((at, i): Firing => {
    if (i < ats.length - 1) return { at, status: 'skipped', note: 'missed' };
    return now - at > graceMs ? { at, status: 'skipped', note: 'missed beyond the grace window' } : { at, status: 'due' };
  });
}

/** A far-future instant for a schedule that never fires again, so it is never picked. */
export const NEVER = Number.MAX_SAFE_INTEGER;

export function sqlSubscriptionStore(store: Store): SubscriptionStore {
  const COLUMNS = 'id, platform, channel, channel_name, created_by, created_at, spec, next_run_at, cancelled_at, paused_at, alert_state, language, locale';
  /** One of the channel's subscriptions that is not cancelled: a channel manages only its own. */
  const live = async (channel: string, id: number): Promise<Subscription | null> => {
    const row = await store.get<SubscriptionRow>(`SELECT ${COLUMNS} FROM bot_subscriptions WHERE id = ? AND channel = ? AND cancelled_at IS NULL`, [id, channel]);
    return row ? fromRow(row) : null;
  };
  return {
    async create(s) {
      const spec: DigestSpec = DigestSpecSchema.parse(s.spec);
      const row = await store.transaction(async (tx) => {
        await tx.run('INSERT INTO bot_subscriptions (platform, channel, channel_name, created_by, created_at, spec, next_run_at, language, locale) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)', [
          s.platform,
          s.channel,
          s.channelName,
          s.createdBy,
          s.createdAt,
          JSON.stringify(spec),
          s.nextRunAt,
          s.language,
          s.locale,
        ]);
        return tx.get<SubscriptionRow>(`SELECT ${COLUMNS} FROM bot_subscriptions WHERE id = last_insert_rowid()`);
      });
      if (!row) throw new Error('the new subscription was not stored');
      return fromRow(row);
    },
    async list(channel) {
      const rows = await store.all<SubscriptionRow>(`SELECT ${COLUMNS} FROM bot_subscriptions WHERE channel = ? AND cancelled_at IS NULL ORDER BY id`, [channel]);
      return rows.map(fromRow);
    },
    async get(id) {
      const row = await store.get<SubscriptionRow>(`SELECT ${COLUMNS} FROM bot_subscriptions WHERE id = ?`, [id]);
      return row ? fromRow(row) : null;
    },
    async cancel(channel, id, now) {
      const r = await store.run('UPDATE bot_subscriptions SET cancelled_at = ? WHERE id = ? AND channel = ? AND cancelled_at IS NULL', [now, id, channel]);
      return r.changes === 1;
    },
    async pause(channel, id, now) {
      const r = await store.run('UPDATE bot_subscriptions SET paused_at = ? WHERE id = ? AND channel = ? AND cancelled_at IS NULL AND paused_at IS NULL', [now, id, channel]);
      if (r.changes === 1) return 'done';
      return (await live(channel, id)) ? 'already' : 'unknown';
    },
    async resume(channel, id, now) {
      const s = await live(channel, id);
      if (!s) return 'unknown';
      if (s.pausedAt === null) return 'already';
      const next = nextRun(s.spec.schedule, s.spec.timezone, now) ?? NEVER;
      const r = await store.run('UPDATE bot_subscriptions SET paused_at = NULL, next_run_at = ? WHERE id = ? AND paused_at IS NOT NULL', [next, id]);
      return r.changes === 1 ? 'done' : 'already';
    },
    async requestNow(channel, id, now) {
      const s = await live(channel, id);
      if (!s) return null;
      // Two requests in the same millisecond are one run.
      await store.run("INSERT INTO bot_digest_runs (subscription_id, scheduled_for, status, note) VALUES (?, ?, 'due', ?) ON CONFLICT DO NOTHING", [id, now, MANUAL]);
      return s;
    },
    async runs(subscriptionId, limit) {
      const rows = await store.all<RunRecordRow>(
        'SELECT scheduled_for, status, note, attempts, retry_at, finished_at FROM bot_digest_runs WHERE subscription_id = ? ORDER BY scheduled_for DESC LIMIT ?',
        [subscriptionId, limit],
      );
      return rows.map(toRecord);
    },
    materialize(now, platform, graceMs) {
      return store.transaction(async (tx) => {
        const rows = await tx.all<SubscriptionRow>(`SELECT ${COLUMNS} FROM bot_subscriptions WHERE platform = ? AND cancelled_at IS NULL AND next_run_at <= ?`, [platform, now]);
        for (const row of rows) {
          const s = fromRow(row);
          for (const found of missedFirings(s, now, graceMs)) {
            // A paused subscription's firing is still a row, closed at once: the log shows what it did not send.
            const firing = found.status === 'due' && s.pausedAt !== null ? { ...found, status: 'skipped' as const, note: 'paused' } : found;
            // ON CONFLICT: another process made the same firing's run first; its row stands.
            await tx.run('INSERT INTO bot_digest_runs (subscription_id, scheduled_for, status, finished_at, note) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING', [
              s.id,
              firing.at,
              firing.status,
              firing.status === 'due' ? null : now,
              firing.status === 'due' ? null : firing.note,
            ]);
          }
          await tx.run('UPDATE bot_subscriptions SET next_run_at = ? WHERE id = ?', [nextRun(s.spec.schedule, s.spec.timezone, now) ?? NEVER, s.id]);
        }
        return rows.length;
      });
    },
    async due(now, platform) {
      const rows = await store.all<RunRow>(
        `SELECT r.subscription_id, r.scheduled_for, r.attempts, r.note, r.message_ref FROM bot_digest_runs r JOIN bot_subscriptions s ON s.id = r.subscription_id
         WHERE s.platform = ? AND r.status = 'due' AND (r.retry_at IS NULL OR r.retry_at <= ?) ORDER BY r.scheduled_for, r.subscription_id`,
        [platform, now],
      );
      return rows.map(toRun);
    },
    async interrupted(platform, now) {
      const rows = await store.all<RunRow>(
        `SELECT r.subscription_id, r.scheduled_for, r.attempts, r.note, r.message_ref FROM bot_digest_runs r JOIN bot_subscriptions s ON s.id = r.subscription_id
         WHERE s.platform = ? AND r.status = 'sending' AND (r.lease_until IS NULL OR r.lease_until <= ?) ORDER BY r.scheduled_for`,
        [platform, now],
      );
      return rows.map(toRun);
    },
    // Every change of state below is one conditional UPDATE whose `changes` says whether it won:
    // nothing depends on there being one process.
    async claim(run, lease, now) {
      const r = await store.run(
        "UPDATE bot_digest_runs SET status = 'sending', attempts = attempts + 1, claimed_at = ?, lease_owner = ?, lease_until = ? WHERE subscription_id = ? AND scheduled_for = ? AND status = 'due'",
        [now, lease.owner, lease.until, run.subscriptionId, run.scheduledFor],
      );
      return r.changes === 1;
    },
    async takeOver(run, lease, now) {
      const r = await store.run(
        "UPDATE bot_digest_runs SET lease_owner = ?, lease_until = ? WHERE subscription_id = ? AND scheduled_for = ? AND status = 'sending' AND (lease_until IS NULL OR lease_until <= ?)",
        [lease.owner, lease.until, run.subscriptionId, run.scheduledFor, now],
      );
      return r.changes === 1;
    },
    async posted(run, owner, ref) {
      const r = await store.run(
        "UPDATE bot_digest_runs SET message_ref = ? WHERE subscription_id = ? AND scheduled_for = ? AND status = 'sending' AND lease_owner = ?",
        [ref, run.subscriptionId, run.scheduledFor, owner],
      );
      return r.changes === 1;
    },
    async renew(run, lease) {
      const r = await store.run(
        "UPDATE bot_digest_runs SET lease_until = ? WHERE subscription_id = ? AND scheduled_for = ? AND status = 'sending' AND lease_owner = ?",
        [lease.until, run.subscriptionId, run.scheduledFor, lease.owner],
      );
      return r.changes === 1;
    },
    async touch(run, owner) {
      const r = await store.run(
        "UPDATE bot_digest_runs SET attempts = attempts + 1, lease_owner = NULL, lease_until = NULL WHERE subscription_id = ? AND scheduled_for = ? AND status = 'sending' AND lease_owner = ?",
        [run.subscriptionId, run.scheduledFor, owner],
      );
      return r.changes === 1;
    },
    async release(run, owner) {
      const r = await store.run(
        "UPDATE bot_digest_runs SET status = 'due', lease_owner = NULL, lease_until = NULL WHERE subscription_id = ? AND scheduled_for = ? AND status = 'sending' AND lease_owner = ?",
        [run.subscriptionId, run.scheduledFor, owner],
      );
      return r.changes === 1;
    },
    async finish(run, owner, outcome, now) {
      const held = "WHERE subscription_id = ? AND scheduled_for = ? AND status = 'sending' AND lease_owner = ?";
      const key = [run.subscriptionId, run.scheduledFor, owner];
      const manualNote = (note: string | null): (string | null)[] => [note, note];
      if (outcome.status === 'retry') {
        const r = await store.run(`UPDATE bot_digest_runs SET status = 'due', retry_at = ?, note = ${KEEP_MANUAL}, lease_owner = NULL, lease_until = NULL ${held}`, [
          outcome.at,
          ...manualNote(outcome.note),
          ...key,
        ]);
        return r.changes === 1;
      }
      const alert = outcome.status === 'failed' ? undefined : outcome.alert;
      return store.transaction(async (tx) => {
        const r = await tx.run(`UPDATE bot_digest_runs SET status = ?, finished_at = ?, message_ref = ?, note = ${KEEP_MANUAL}, lease_until = NULL ${held}`, [
          outcome.status,
          now,
          outcome.status === 'sent' ? outcome.ref : null,
          ...manualNote(outcome.status === 'sent' ? null : outcome.note),
          ...key,
        ]);
        // Only the owner that closed the run moves the alert's state.
        if (r.changes === 1 && alert !== undefined) await tx.run('UPDATE bot_subscriptions SET alert_state = ? WHERE id = ?', [alert, run.subscriptionId]);
        return r.changes === 1;
      });
    },
    async nextWake(platform) {
      // The next firing, the next retry, or the moment a lease another process held runs out.
      const row = await store.get<{ at: number | null }>(
        `SELECT min(at) AS at FROM (
           SELECT min(next_run_at) AS at FROM bot_subscriptions WHERE platform = ? AND cancelled_at IS NULL
           UNION ALL SELECT min(r.retry_at) FROM bot_digest_runs r JOIN bot_subscriptions s ON s.id = r.subscription_id
             WHERE s.platform = ? AND r.status = 'due' AND r.retry_at IS NOT NULL
           UNION ALL SELECT min(r.lease_until) FROM bot_digest_runs r JOIN bot_subscriptions s ON s.id = r.subscription_id
             WHERE s.platform = ? AND r.status = 'sending' AND r.lease_until IS NOT NULL
         )`,
        [platform, platform, platform],
      );
      return row?.at === null || row?.at === undefined || row.at === NEVER ? null : row.at;
    },
  };
}
