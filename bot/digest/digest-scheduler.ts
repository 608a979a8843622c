import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { Engine } from '../../engine/query/engine.js';
import type { Reply } from '../reply/reply.js';
import type { Language } from '../i18n/language.js';
import type { Voice } from '../i18n/voice.js';
import { composeDigest } from './compose-digest.js';
import { subscriberVoice, type WorkspaceVoice } from './subscriber-voice.js';
import type { TargetStore } from '../target/target-store.js';
import type { Lease, RunOutcome, SubscriptionStore } from './subscription-store.js';
import { runKey, type DigestRun, type Subscription } from './subscription.js';

/**
 * Where digests go: the platform's side of a send. `deliver` posts and returns the message's id
 * on the platform; `find` looks on the platform for the message of a run (by the key it was
 * posted with) after a restart, so a send that reached the platform before the process stopped
 * is not sent twice. Errors a retry cannot mend (the bot was removed from the channel) are
 * `DigestSendError`s with `permanent` set.
 */
export interface DigestSink {
  /** The chat this sink delivers on; the scheduler sends only that chat's subscriptions. */
  readonly platform: string;
  /** Posts the digest's message (its words and numbers) and returns the message's id. */
  deliver(to: Subscription, reply: Reply, key: string): Promise<string>;
  /**
   * Adds the digest's charts under its posted message. Separate from `deliver` so that a digest
   * whose sender stopped between the two gets its charts from whoever takes the run over.
   */
  attach(to: Subscription, reply: Reply, ref: string): Promise<void>;
  find(to: Subscription, key: string, since: number): Promise<string | null>;
  /**
   * Tells people that a digest could not be sent, where they will see it: the channel if the
   * platform lets the bot post there, else the person who subscribed. Best effort; never throws.
   */
  notify(to: Subscription, text: string): Promise<void>;
}

/**
 * A send the platform refused. `retryAfterMs` is the platform's own word on when to try again
 * (a 429's Retry-After): the run waits that long instead of the scheduler's backoff.
 */
export class DigestSendError extends Error {
  constructor(
    message: string,
    readonly permanent: boolean,
    readonly retryAfterMs: number | null = null,
  ) {
    super(message);
  }
}

export interface SchedulerLogger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export interface SchedulerDeps {
  readonly store: SubscriptionStore;
  readonly engine: Engine;
  /** One sink per platform the process runs on (Slack and Discord in one process share one scheduler). */
  readonly sink: DigestSink | readonly DigestSink[];
  readonly now: () => number;
  readonly logger: SchedulerLogger;
  /** Tries of one run before it is given up (the Web client already retries 429s inside one try). */
  readonly maxAttempts?: number;
  /** Who this process is in the run ledger; unique per process (host, pid and a random part by default). */
  readonly owner?: string;
  /** How long a claim on a run holds before another process may take it over (default two minutes). */
  readonly leaseMs?: number;
  /** How late a missed firing may still go out (default six hours); older ones are skipped. */
  readonly graceMs?: number;
  /** The workspace's targets, shown in each digest of a KPI that has no target of its own in the subscription. */
  readonly targets?: TargetStore;
  /** The config's `language` and `locale`: what a subscription made before they were kept speaks (default English). */
  readonly language?: Language;
  readonly locale?: string;
}

export interface DigestScheduler {
  /** One pass: recover interrupted sends (first pass only), make due runs, send them. */
  tick(): Promise<void>;
  /** Ticks at every subscription's time (and every minute at most idle), until `stop`. */
  start(): void;
  /** Wakes the loop now: a new subscription may fire sooner than it planned to look. */
  wake(): void;
  stop(): Promise<void>;
}

const IDLE_MS = 60_000;
/** A pass right after a pass would only find the same work; this keeps a stuck run from spinning the loop. */
const MIN_WAIT_MS = 1_000;
const BACKOFF_MS = [30_000, 120_000, 600_000, 1_800_000];
/** Far longer than composing and posting one digest takes, short enough that a dead process's runs go out soon. */
const LEASE_MS = 120_000;
/** The config's `digest_grace` default: a morning digest still makes sense by early afternoon. */
const GRACE_MS = 6 * 3_600_000;

/**
 * Sends each subscription's digest once per firing, on time, across restarts. A run is a row
 * before anything is sent; it is claimed before the send and finished after it, so a crash leaves
 * at most one run in `sending`, which the next start settles by asking the platform whether the
 * message arrived (`find`) before sending it again.
 */
export function createDigestScheduler(deps: SchedulerDeps): DigestScheduler {
  const { store, logger } = deps;
  const sinks: readonly DigestSink[] = Array.isArray(deps.sink) ? deps.sink : [deps.sink as DigestSink];
  const maxAttempts = deps.maxAttempts ?? BACKOFF_MS.length + 1;
  const owner = deps.owner ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const leaseMs = deps.leaseMs ?? LEASE_MS;
  const graceMs = deps.graceMs ?? GRACE_MS;
  const workspace: WorkspaceVoice = {
    language: deps.language ?? 'en',
    currency: deps.engine.workspace.currency,
    ...(deps.locale !== undefined ? { locale: deps.locale } : {}),
  };
  const lease = (): Lease => ({ owner, until: deps.now() + leaseMs });
  /** Closes a run this process holds; a lost lease is logged, never written over. */
  const close = async (run: DigestRun, outcome: RunOutcome): Promise<void> => {
    if (!(await store.finish(run, owner, outcome, deps.now()))) {
      logger.warn(`digest ${runKey(run)}: its lease was taken over before it could be closed as ${outcome.status}`);
    }
  };
  let running: Promise<void> | null = null;
  let timer: NodeJS.Timeout | undefined;
  let stopped = true;

  /**
   * Settles runs a stopped process left in `sending`: sent if the platform has the message, else
   * due again. A run the platform cannot be asked about stays in `sending` (sending blind could
   * double it) and is asked about again next pass, up to the attempt limit; it holds up no other run.
   */
  async function recover(sink: DigestSink): Promise<void> {
    for (const run of await store.interrupted(sink.platform, deps.now())) {
      // Only a run whose lease ran out is taken over, and only by one process.
      if (!(await store.takeOver(run, lease(), deps.now()))) continue;
      const s = await store.get(run.subscriptionId);
      if (!s || s.cancelled) {
        await close(run, { status: 'skipped', note: s ? 'unsubscribed' : 'subscription removed' });
        continue;
      }
      try {
        const ref = run.messageRef ?? (await sink.find(s, runKey(run), run.scheduledFor));
        if (ref) {
          logger.info(`digest ${runKey(run)} had reached the channel before its sender stopped: not sent again; its charts are added`);
          await completeCharts(sink, run, s, ref);
          await close(run, { status: 'sent', ref });
        } else {
          await store.release(run, owner);
        }
      } catch (e) {
        const permanent = e instanceof DigestSendError && e.permanent;
        if (permanent || run.attempts >= maxAttempts) {
          logger.error(`digest ${runKey(run)}: cannot tell whether it was sent (${String(e)}); given up rather than risk a second copy`);
          await close(run, { status: 'failed', note: `unknown whether sent: ${String(e)}` });
        } else {
          logger.warn(`digest ${runKey(run)}: could not check whether it was sent (${String(e)}); will ask again`);
          await store.touch(run, owner);
        }
      }
    }
  }

  /** Adds the charts under a posted digest; a chart that cannot be added is logged, the numbers stand. */
  async function attach(sink: DigestSink, run: DigestRun, s: Subscription, reply: Reply, ref: string): Promise<void> {
    try {
      await sink.attach(s, reply, ref);
    } catch (e) {
      logger.warn(`digest ${runKey(run)}: its charts could not be added (${String(e)})`);
    }
  }

  /** The charts of a digest someone else posted and did not finish: made again as of its firing, then added. */
  async function completeCharts(sink: DigestSink, run: DigestRun, s: Subscription, ref: string): Promise<void> {
    const digest = await composeDigest(deps.engine, s, run.scheduledFor, deps.now(), workspace);
    if (digest.ok && digest.value.send) await attach(sink, run, s, digest.value.reply, ref);
  }

  async function send(sink: DigestSink, run: DigestRun): Promise<void> {
    const now = deps.now();
    if (!(await store.claim(run, lease(), now))) return;
    const s = await store.get(run.subscriptionId);
    if (!s || s.cancelled) {
      await close(run, { status: 'skipped', note: s ? 'unsubscribed' : 'subscription removed' });
      return;
    }
    // Paused after this run was made (it waited for a retry): skipped like the firings after it.
    // A manual run goes out anyway: a manager asked for it while it was paused.
    if (s.pausedAt !== null && !run.manual) {
      await close(run, { status: 'skipped', note: 'paused' });
      return;
    }
    try {
      const digest = await composeDigest(deps.engine, s, run.scheduledFor, now, workspace, (await deps.targets?.list()) ?? []);
      if (!digest.ok) {
        logger.error(`digest ${runKey(run)} could not be made: ${digest.error}`);
        await close(run, { status: 'failed', note: digest.error });
        return;
      }
      const { alert } = digest.value;
      if (!digest.value.send) {
        await close(run, { status: 'skipped', note: digest.value.why, ...(alert ? { alert } : {}) });
        return;
      }
      // Composing can be slow: hold the lease afresh for the send, and send nothing once it is lost.
      if (!(await store.renew(run, lease()))) {
        logger.warn(`digest ${runKey(run)}: its lease was taken over while it was being made; not sent from here`);
        return;
      }
      // A try that failed may have failed after the platform took the message (the answer was lost).
      const earlier = run.attempts > 0 ? await sink.find(s, runKey(run), run.scheduledFor) : null;
      const ref = earlier ?? (await sink.deliver(s, digest.value.reply, runKey(run)));
      // The message is in the channel: from here on a retry must not post it again, only finish it.
      await store.posted(run, owner, ref);
      await attach(sink, run, s, digest.value.reply, ref);
      await close(run, { status: 'sent', ref, ...(alert ? { alert } : {}) });
    } catch (e) {
      // Composing can throw too (a database error): the run is retried, never left in `sending`.
      const permanent = e instanceof DigestSendError && e.permanent;
      const attempts = run.attempts + 1;
      if (permanent || attempts >= maxAttempts) {
        logger.error(`digest ${runKey(run)} to ${s.channel} failed for good: ${String(e)}`);
        await close(run, { status: 'failed', note: String(e) });
        // A failure only in a log is a digest nobody knows is missing.
        await sink.notify(s, failureNotice(s, e, subscriberVoice(s, workspace))).catch(() => undefined);
      } else {
        // A rate limit is the channel's alone: this run waits it out as a retry (the loop wakes at
        // retry_at), while the pass goes on to the other channels' runs.
        const told = e instanceof DigestSendError ? e.retryAfterMs : null;
        const wait = told ?? BACKOFF_MS[Math.min(attempts - 1, BACKOFF_MS.length - 1)] ?? IDLE_MS;
        logger.warn(`digest ${runKey(run)} to ${s.channel} failed (${String(e)}); trying again in ${wait / 1000} s`);
        await close(run, { status: 'retry', note: String(e), at: deps.now() + wait });
      }
    }
  }

  async function pass(): Promise<void> {
    for (const sink of sinks) {
      await recover(sink);
      await store.materialize(deps.now(), sink.platform, graceMs);
      for (const run of await store.due(deps.now(), sink.platform)) await send(sink, run);
    }
  }

  function tick(): Promise<void> {
    // One pass at a time: a second caller waits for the pass in flight and then runs its own.
    const previous = running ?? Promise.resolve();
    const next = previous.then(pass, pass).finally(() => {
      if (running === next) running = null;
    });
    running = next;
    return next;
  }

  /** One timer at a time: `wake` and the loop both go through here, so loops never multiply. */
  function schedule(wait: number): void {
    clearTimeout(timer);
    timer = setTimeout(() => void loop(), wait);
  }

  let inLoop = false;
  let again = false;
  async function loop(): Promise<void> {
    if (stopped || inLoop) return;
    inLoop = true;
    try {
      await tick();
    } catch (e) {
      logger.error(`digest scheduler: ${String(e)}`);
    }
    let wait = MIN_WAIT_MS;
    if (!again) {
      const wakes = await Promise.all(sinks.map((sink) => store.nextWake(sink.platform).catch(() => null)));
      const wake = Math.min(...wakes.map((w) => w ?? Infinity));
      wait = Math.max(MIN_WAIT_MS, Math.min(IDLE_MS, (wake ?? Infinity) - deps.now()));
    }
    again = false;
    inLoop = false;
    if (!stopped) schedule(wait);
  }

  return {
    tick,
    start() {
      if (!stopped) return;
      stopped = false;
      void loop();
    },
    wake() {
      if (stopped) return;
      if (inLoop) again = true;
      else schedule(0);
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}

/** The short notice people get when one of their digests could not be sent, in the subscription's language. */
export function failureNotice(s: Subscription, e: unknown, voice: Voice): string {
  const why = e instanceof Error ? e.message : String(e);
  return voice.texts.digest.failed(s.id, s.spec.question, why);
}
