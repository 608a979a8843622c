import { z } from 'zod';
import type { Language } from '../i18n/language.js';
import type { AlertState } from './alert-edge.js';
import { ScheduleSchema } from './schedule.js';

/** A threshold that turns a digest into an alert: sent when the KPI crosses it, and when it comes back. */
export const AlertSchema = z
  .object({ metric: z.string(), op: z.enum(['above', 'below']), value: z.number() })
  .strict();
export type Alert = z.infer<typeof AlertSchema>;

/**
 * What a subscription asks for, as stored: the question (the `/kpi` words that name KPIs, period,
 * breakdown and filters, parsed), when to send it and in which zone, targets per KPI, and an
 * optional alert threshold. One schema for the database row and the command that makes it.
 */
export const DigestSpecSchema = z
  .object({
    /** The question's words after `subscribe`, without the schedule: re-parsed at each run so the catalog's ids stay current. */
    question: z.string().min(1),
    schedule: ScheduleSchema,
    timezone: z.string(),
    /** Target value per KPI id, shown as met or not met. */
    targets: z.record(z.string(), z.number()).default({}),
    alert: AlertSchema.optional(),
  })
  .strict();
export type DigestSpec = z.infer<typeof DigestSpecSchema>;

/** A subscription of a channel to a digest. */
export interface Subscription {
  readonly id: number;
  /** The chat it is delivered on (`slack`, `console`): each adapter's scheduler sends its own. */
  readonly platform: string;
  /** Where it is delivered (a chat channel id, or `console`). */
  readonly channel: string;
  readonly channelName: string | null;
  readonly createdBy: string;
  readonly createdAt: number;
  readonly spec: DigestSpec;
  /** The next time it fires, epoch ms. */
  readonly nextRunAt: number;
  /** Unsubscribed: its runs still due are skipped. */
  readonly cancelled: boolean;
  /** When a manager paused it (epoch ms), or null: a paused subscription's firings are recorded as skipped, not sent. */
  readonly pausedAt: number | null;
  /** An alert's state at its last check with data; null for a digest, or an alert not checked yet. */
  readonly alertState: AlertState | null;
  /** The language it was made in, which its digests are written in; null for one made before migration 12 (the workspace's language then). */
  readonly language: Language | null;
  /** The locale its numbers and dates were formatted in when it was made; null: the language's (or workspace's) own. */
  readonly locale: string | null;
}

/** One firing of a subscription: what the exactly-once bookkeeping is about. */
export interface DigestRun {
  readonly subscriptionId: number;
  /** The instant it was scheduled for, epoch ms: with the id, the run's identity. */
  readonly scheduledFor: number;
  readonly attempts: number;
  /** Asked for with `digest N now`: sent even while the subscription is paused, since a manager asked for it. */
  readonly manual: boolean;
  /** The platform's id of its message, once the message is posted and before the run is closed (its charts may still be missing). */
  readonly messageRef: string | null;
}

/** A run's state in the ledger: due (maybe waiting for a retry), being sent, or closed one of three ways. */
export type RunStatus = 'due' | 'sending' | 'sent' | 'skipped' | 'failed';

/** One firing as the log and the list show it. */
export interface RunRecord {
  readonly scheduledFor: number;
  readonly status: RunStatus;
  readonly manual: boolean;
  /** Why it was skipped or failed, or what the last failed try said; a manual run's `manual` marker is taken off. */
  readonly note: string | null;
  readonly attempts: number;
  readonly retryAt: number | null;
  readonly finishedAt: number | null;
}

/** The run's identity as one string, for the platform's message metadata and logs. */
export const runKey = (run: Pick<DigestRun, 'subscriptionId' | 'scheduledFor'>): string => `${run.subscriptionId}@${run.scheduledFor}`;
