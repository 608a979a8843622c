import type { Engine } from '../../engine/query/engine.js';
import { formatValue } from '../../engine/format-value.js';
import { queryOf } from '../answer-question.js';
import type { Command } from '../language/command.js';
import { failure } from '../messages.js';
import type { Inbound } from '../policy/turn.js';
import type { Reply } from '../reply/reply.js';
import { describeSchedule, digestQuestion, localTime, nextRun, shortestGapMinutes } from './schedule.js';
import { runLine, upcomingRuns } from './describe-run.js';
import { NEVER, type SubscriptionStore } from './subscription-store.js';
import type { Subscription } from './subscription.js';
import { RELATIVE_PERIODS, type RelativePeriod } from '../i18n/answer-texts.js';
import type { Voice } from '../i18n/voice.js';

const isRelativePeriod = (p: string): p is RelativePeriod => (RELATIVE_PERIODS as readonly string[]).includes(p);

/** What the bot needs to take subscriptions: where they are kept, and a nudge for the scheduler. */
export interface Digests {
  readonly store: SubscriptionStore;
  /** Tells the scheduler a subscription changed, so a digest due soon is not slept through. */
  readonly wake: () => void;
  /** The shortest time allowed between two sends of one subscription (config `digest_min_interval_minutes`). */
  readonly minIntervalMinutes: number;
}

/**
 * `subscribe`, `unsubscribe`, `subscriptions`, `pause`, `resume` and `digest N now|log` for the channel a message came from. A new
 * subscription's question is asked once first, so a KPI that cannot be broken down that way is
 * refused now rather than failing at 09:00 on Monday. Confirmations are shared with the channel:
 * everyone there should know what it will receive.
 */
export function subscriptionCommands(engine: Engine, digests: Digests | undefined, now: () => number) {
  async function subscribe(inbound: Inbound, c: Extract<Command, { kind: 'subscribe' }>, voice: Voice): Promise<Reply> {
    if (!digests) return failure({ code: 'subscriptions.off' });
    const asked = digestQuestion(c.query, c.schedule);
    const period = asked.period;
    for (const metric of c.query.metrics) {
      const tried = await engine.ask(queryOf(asked, metric));
      if (!tried.ok) return failure(tried.error);
    }
    const timezone = c.timezone ?? engine.workspace.timezone;
    const gap = shortestGapMinutes(c.schedule, timezone, now());
    if (gap < digests.minIntervalMinutes) return failure({ code: 'subscribe.too_often', everyMinutes: gap, minMinutes: digests.minIntervalMinutes });
    const first = nextRun(c.schedule, timezone, now());
    if (first === null) return failure({ code: 'subscribe.cron', input: c.schedule.kind === 'cron' ? c.schedule.expression : '', detail: 'it never fires again' });
    const s = await digests.store.create({
      platform: inbound.platform ?? 'chat',
      channel: inbound.channel,
      channelName: inbound.channelName ?? null,
      createdBy: inbound.user,
      createdAt: now(),
      spec: { question: c.question, schedule: c.schedule, timezone, targets: c.targets, ...(c.alert ? { alert: c.alert } : {}) },
      nextRunAt: first,
      // Its digests will have no message to read a language from: they speak the one it was made in.
      language: voice.language,
      locale: voice.locale,
    });
    digests.wake();
    return {
      kind: 'text',
      shared: true,
      text: voice.texts.digest.subscribed({
        id: s.id,
        question: s.spec.question,
        schedule: describeSchedule(s.spec.schedule, timezone, voice),
        reporting: period && c.query.period === undefined ? periodName(period, voice) : null,
        targets: targetsOf(engine, s, voice),
        alertWhen: alertText(engine, s, voice),
        first: localTime(first, timezone, voice),
      }),
    };
  }

  async function unsubscribe(inbound: Inbound, id: number, voice: Voice): Promise<Reply> {
    if (!digests) return failure({ code: 'subscriptions.off' });
    if (!(await digests.store.cancel(inbound.channel, id, now()))) return failure({ code: 'subscription.unknown', id });
    digests.wake();
    return { kind: 'text', shared: true, text: voice.texts.digest.unsubscribed(id) };
  }

  async function list(inbound: Inbound, voice: Voice): Promise<Reply> {
    if (!digests) return failure({ code: 'subscriptions.off' });
    const words = voice.texts.digest;
    const all = await digests.store.list(inbound.channel);
    if (all.length === 0) return { kind: 'text', text: words.noSubscriptions };
    const entries: string[] = [];
    for (const s of all) {
      const zone = s.spec.timezone;
      const upcoming = upcomingRuns(s.spec.schedule, zone, s.nextRunAt, 3).map((at) => localTime(at, zone, voice));
      const [last] = await digests.store.runs(s.id, 1);
      entries.push(
        [
          words.listEntry({
            id: s.id,
            question: s.spec.question,
            schedule: describeSchedule(s.spec.schedule, zone, voice),
            alertWhen: alertText(engine, s, voice),
            targets: targetsOf(engine, s, voice),
            pausedSince: s.pausedAt !== null ? localTime(s.pausedAt, zone, voice) : null,
            by: s.createdBy,
          }),
          words.upcoming(upcoming, s.pausedAt !== null),
          words.lastRun(last ? runLine(last, zone, voice) : null),
        ].join('\n'),
      );
    }
    return { kind: 'text', text: `${words.listHead}\n${entries.join('\n')}` };
  }

  async function pause(inbound: Inbound, id: number, voice: Voice): Promise<Reply> {
    if (!digests) return failure({ code: 'subscriptions.off' });
    const changed = await digests.store.pause(inbound.channel, id, now());
    switch (changed) {
      case 'unknown':
        return failure({ code: 'subscription.unknown', id });
      case 'already':
        return { kind: 'text', text: voice.texts.digest.alreadyPaused(id) };
      case 'done':
        return { kind: 'text', shared: true, text: voice.texts.digest.paused(id) };
    }
  }

  async function resume(inbound: Inbound, id: number, voice: Voice): Promise<Reply> {
    if (!digests) return failure({ code: 'subscriptions.off' });
    const changed = await digests.store.resume(inbound.channel, id, now());
    if (changed === 'unknown') return failure({ code: 'subscription.unknown', id });
    // The scheduler may have planned to sleep past the resumed subscription's next firing.
    digests.wake();
    const s = await digests.store.get(id);
    const next = s && s.nextRunAt !== NEVER ? localTime(s.nextRunAt, s.spec.timezone, voice) : null;
    switch (changed) {
      case 'already':
        return { kind: 'text', text: voice.texts.digest.notPaused(id, next) };
      case 'done':
        return { kind: 'text', shared: true, text: voice.texts.digest.resumed(id, next) };
    }
  }

  /** A run for now, sent by the scheduler like any firing: once, through the platform's sink, recorded in the log. */
  async function sendNow(inbound: Inbound, id: number, voice: Voice): Promise<Reply> {
    if (!digests) return failure({ code: 'subscriptions.off' });
    const s = await digests.store.requestNow(inbound.channel, id, now());
    if (!s) return failure({ code: 'subscription.unknown', id });
    digests.wake();
    return { kind: 'text', shared: true, text: voice.texts.digest.sendingNow(id, s.spec.question) };
  }

  async function log(inbound: Inbound, id: number, voice: Voice): Promise<Reply> {
    if (!digests) return failure({ code: 'subscriptions.off' });
    const s = await digests.store.get(id);
    if (!s || s.cancelled || s.channel !== inbound.channel) return failure({ code: 'subscription.unknown', id });
    const runs = await digests.store.runs(id, LOG_RUNS);
    const zone = s.spec.timezone;
    if (runs.length === 0) return { kind: 'text', text: voice.texts.digest.notFiredYet(id, s.nextRunAt !== NEVER ? localTime(s.nextRunAt, zone, voice) : null) };
    return { kind: 'text', text: [voice.texts.digest.logHead(id, zone), ...runs.map((r) => runLine(r, zone, voice))].join('\n') };
  }

  return { subscribe, unsubscribe, list, pause, resume, sendNow, log };
}

/** How many firings `digest N log` shows. */
const LOG_RUNS = 10;

/** A value in its KPI's unit, as the confirmation and the list show targets and thresholds. */
function valueText(engine: Engine, metric: string, value: number, voice: Voice): string {
  return formatValue(value, engine.catalog.get(metric)?.unit ?? 'count', voice.format);
}

function alertText(engine: Engine, s: Subscription, voice: Voice): string | null {
  const a = s.spec.alert;
  return a ? voice.texts.digest.condition(a.metric, a.op, valueText(engine, a.metric, a.value, voice)) : null;
}

/** `nps 40.0` per KPI the subscription has a target for. */
function targetsOf(engine: Engine, s: Subscription, voice: Voice): string[] {
  return Object.entries(s.spec.targets).map(([m, v]) => `${m} ${valueText(engine, m, v, voice)}`);
}

/** The period a schedule chose (`last-week`), as people say it. */
const periodName = (period: string, voice: Voice): string =>
  isRelativePeriod(period) ? voice.texts.answer.relativePeriods[period] : period;
