import type { Engine } from '../../engine/query/engine.js';
import { formatValue } from '../../engine/format-value.js';
import { err, ok, type Result } from '../../engine/result.js';
import { answerQuestion } from '../answer-question.js';
import { errorMessage } from '../messages.js';
import { parseLine } from '../parse-line.js';
import type { Reply } from '../reply/reply.js';
import { alertStep, stateAfter, type AlertState } from './alert-edge.js';
import { describeSchedule, digestQuestion, localTime } from './schedule.js';
import { subscriberVoice, type WorkspaceVoice } from './subscriber-voice.js';
import type { Subscription } from './subscription.js';
import type { WorkspaceTarget } from '../target/target.js';

/** A run later than this says so in its first line. */
const LATE_MS = 5 * 60 * 1000;

/**
 * What a run sends: a reply, or nothing, and why (an alert with nothing new to say). `alert` is an
 * alert's state after this check, to be stored with the run's end; absent for a digest and for a
 * check without data (which says nothing about the crossing).
 */
export type Digest =
  | { readonly send: true; readonly reply: Reply; readonly alert?: AlertState }
  | { readonly send: false; readonly why: string; readonly alert?: AlertState };

/**
 * The message of one run: the subscription's question answered as of the instant it was scheduled
 * for (a Monday 09:00 digest covers last week, even if it goes out at 09:20), each KPI against its
 * target (its own, else the workspace's), under a first line that says what it is, all in the
 * subscriber's language. An alert sends when its KPI crosses the
 * threshold and once when it comes back (see alert-edge.ts), nothing between. A question that no
 * longer parses (a KPI file removed) is an error value.
 */
export async function composeDigest(
  engine: Engine,
  s: Subscription,
  scheduledFor: number,
  now: number,
  /** The language a subscription made before they kept one speaks. */
  workspace: WorkspaceVoice,
  /** The workspace's targets: the subscription's own target of a KPI wins over its workspace one. */
  workspaceTargets: readonly WorkspaceTarget[] = [],
): Promise<Result<Digest, string>> {
  const voice = subscriberVoice(s, workspace);
  const words = voice.texts.digest;
  const parsed = parseLine(engine, s.spec.question, await engine.dimensionValues());
  if (!parsed.ok) return err(errorMessage(parsed.error, voice.language));
  if (parsed.value.kind !== 'query') return err(`"${s.spec.question}" is not a question any more.`);
  const command = digestQuestion(parsed.value, s.spec.schedule);
  const asOf = engine.at(scheduledFor);
  const answered = await answerQuestion(asOf, command, voice, s.spec.targets, workspaceTargets);
  if (!answered.ok) return err(errorMessage(answered.error, voice.language));

  const late = now - scheduledFor > LATE_MS ? localTime(scheduledFor, s.spec.timezone, voice) : null;
  const alert = s.spec.alert;
  if (alert) {
    const r = answered.value.results.find((x) => x.metric === alert.metric);
    const value = r?.value ?? null;
    const past = value !== null && (alert.op === 'above' ? value > alert.value : value < alert.value);
    const shown = (v: number | null): string => (r ? formatValue(v, r.unit, voice.format) : String(v));
    // No data is neither side of the threshold: the state stays as it was.
    if (value === null) return ok({ send: false, why: `${alert.metric} has no data` });
    const step = alertStep(s.alertState, past);
    const state = stateAfter(step);
    const name = r?.name ?? alert.metric;
    const post = (head: string): Digest => ({ send: true, alert: state, reply: { kind: 'multi', parts: [{ kind: 'text', text: head }, ...answered.value.parts] } });
    switch (step.kind) {
      case 'raise':
        return ok(post(words.alertRaised(s.id, name, shown(value), alert.op, shown(alert.value), late)));
      case 'clear':
        return ok(post(words.alertCleared(s.id, name, shown(value), alert.op, shown(alert.value), late)));
      case 'still-on':
        return ok({ send: false, why: 'alert still true', alert: state });
      case 'still-off':
        return ok({ send: false, why: 'alert condition false', alert: state });
    }
  }
  const head = words.header(s.id, describeSchedule(s.spec.schedule, s.spec.timezone, voice), late);
  return ok({ send: true, reply: { kind: 'multi', parts: [{ kind: 'text', text: head }, ...answered.value.parts] } });
}
