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
  async function subscribe(inbound: Inbound, c: Extract<Command, { kind: 'subscribe' }>): Promise<Reply> {
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
    });
    digests.wake();
    const alert = s.spec.alert !== undefined;
    return {
      kind: 'text',
      shared: true,
      text:
        `Subscribed this channel (#${s.id}) to ${alert ? 'an alert on' : 'a digest of'} \`${s.spec.question}\` ${alert ? 'checked ' : ''}` +
        `${describeSchedule(s.spec.schedule, timezone)}${period && c.query.period === undefined ? `, reporting ${period}` : ''}${targetsText(engine, s)}` +
        `${alert ? `, sent when ${alertText(engine, s)}` : ''}. ${alert ? 'First check' : 'First'}: ${localTime(first, timezone)}. ` +
        `\`unsubscribe ${s.id}\` stops it.`,
    };
  }

  async function unsubscribe(inbound: Inbound, id: number): Promise<Reply> {
    if (!digests) return failure({ code: 'subscriptions.off' });
    if (!(await digests.store.cancel(inbound.channel, id, now()))) return failure({ code: 'subscription.unknown', id });
    digests.wake();
    return { kind: 'text', shared: true, text: `Unsubscribed #${id}: this channel gets no more of it.` };
  }

  async function list(inbound: Inbound): Promise<Reply> {
    if (!digests) return failure({ code: 'subscriptions.off' });
    const all = await digests.store.list(inbound.channel);
    if (all.length === 0) return { kind: 'text', text: 'This channel has no subscriptions. Try `subscribe nps, churn weekly on monday at 09:00`.' };
    const entries: string[] = [];
    for (const s of all) {
      const zone = s.spec.timezone;
      const paused = s.pausedAt !== null ? `; paused since ${localTime(s.pausedAt, zone)}` : '';
      const upcoming = upcomingRuns(s.spec.schedule, zone, s.nextRunAt, 3).map((at) => localTime(at, zone));
      const [last] = await digests.store.runs(s.id, 1);
      entries.push(
        [
          `#${s.id} \`${s.spec.question}\` ${describeSchedule(s.spec.schedule, zone)}${s.spec.alert ? `, alert when ${alertText(engine, s)}` : ''}` +
            `${targetsText(engine, s)}${paused}; by ${s.createdBy}`,
          `  ${s.pausedAt !== null ? 'next (skipped while paused)' : 'next'}: ${upcoming.length > 0 ? upcoming.join(', ') : 'never again'}`,
          `  last: ${last ? runLine(last, zone) : 'none yet'}`,
        ].join('\n'),
      );
    }
    return { kind: 'text', text: `Subscriptions of this channel:\n${entries.join('\n')}` };
  }

  async function pause(inbound: Inbound, id: number): Promise<Reply> {
    if (!digests) return failure({ code: 'subscriptions.off' });
    const changed = await digests.store.pause(inbound.channel, id, now());
    switch (changed) {
      case 'unknown':
        return failure({ code: 'subscription.unknown', id });
      case 'already':
        return { kind: 'text', text: `#${id} is already paused; \`resume ${id}\` starts it again.` };
      case 'done':
        return { kind: 'text', shared: true, text: `Paused #${id}: its firings are skipped until \`resume ${id}\`.` };
    }
  }

  async function resume(inbound: Inbound, id: number): Promise<Reply> {
    if (!digests) return failure({ code: 'subscriptions.off' });
    const changed = await digests.store.resume(inbound.channel, id, now());
    if (changed === 'unknown') return failure({ code: 'subscription.unknown', id });
    // The scheduler may have planned to sleep past the resumed subscription's next firing.
    digests.wake();
    const s = await digests.store.get(id);
    const next = s && s.nextRunAt !== NEVER ? `next ${localTime(s.nextRunAt, s.spec.timezone)}` : 'it never fires again';
    switch (changed) {
      case 'already':
        return { kind: 'text', text: `#${id} is not paused; ${next}.` };
      case 'done':
        return { kind: 'text', shared: true, text: `Resumed #${id}: ${next}. The firings it missed while paused are not sent.` };
    }
  }

  /** A run for now, sent by the scheduler like any firing: once, through the platform's sink, recorded in the log. */
  async function sendNow(inbound: Inbound, id: number): Promise<Reply> {
    if (!digests) return failure({ code: 'subscriptions.off' });
    const s = await digests.store.requestNow(inbound.channel, id, now());
    if (!s) return failure({ code: 'subscription.unknown', id });
    digests.wake();
    return { kind: 'text', shared: true, text: `Sending #${id} \`${s.spec.question}\` to this channel now; its schedule is unchanged.` };
  }

  async function log(inbound: Inbound, id: number): Promise<Reply> {
    if (!digests) return failure({ code: 'subscriptions.off' });
    const s = await digests.store.get(id);
    if (!s || s.cancelled || s.channel !== inbound.channel) return failure({ code: 'subscription.unknown', id });
    const runs = await digests.store.runs(id, LOG_RUNS);
    const zone = s.spec.timezone;
    if (runs.length === 0) return { kind: 'text', text: `#${id} has not fired yet; first: ${s.nextRunAt !== NEVER ? localTime(s.nextRunAt, zone) : 'never'}.` };
    return { kind: 'text', text: [`Last firings of #${id} (${zone}), newest first:`, ...runs.map((r) => runLine(r, zone))].join('\n') };
  }

  return { subscribe, unsubscribe, list, pause, resume, sendNow, log };
}

/** How many firings `digest N log` shows. */
const LOG_RUNS = 10;

/** A value in its KPI's unit, as the confirmation and the list show targets and thresholds. */
function valueText(engine: Engine, metric: string, value: number): string {
  return formatValue(value, engine.catalog.get(metric)?.unit ?? 'count', { currency: engine.workspace.currency });
}

function alertText(engine: Engine, s: Subscription): string {
  const a = s.spec.alert;
  return a ? `${a.metric} is ${a.op} ${valueText(engine, a.metric, a.value)}` : '';
}

function targetsText(engine: Engine, s: Subscription): string {
  const entries = Object.entries(s.spec.targets);
  if (entries.length === 0) return '';
  return `, target ${entries.map(([m, v]) => `${m} ${valueText(engine, m, v)}`).join(', ')}`;
}
