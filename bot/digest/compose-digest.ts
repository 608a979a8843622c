import type { Engine } from '../../engine/query/engine.js';
import { formatValue } from '../../engine/format-value.js';
import { err, ok, type Result } from '../../engine/result.js';
import { answerQuestion } from '../answer-question.js';
import { errorMessage } from '../messages.js';
import { parseLine } from '../parse-line.js';
import type { Reply } from '../reply/reply.js';
import { describeSchedule, digestQuestion, localTime } from './schedule.js';
import type { Subscription } from './subscription.js';

/** A run later than this says so in its first line. */
const LATE_MS = 5 * 60 * 1000;

/** What a run sends: a reply, or nothing, and why (an alert whose KPI is within bounds). */
export type Digest = { readonly send: true; readonly reply: Reply } | { readonly send: false; readonly why: string };

/**
 * The message of one run: the subscription's question answered as of the instant it was scheduled
 * for (a Monday 09:00 digest covers last week, even if it goes out at 09:20), each KPI against its
 * target, under a first line that says what it is. An alert sends only when its KPI is past the
 * threshold. A question that no longer parses (a KPI file removed) is an error value.
 */
export async function composeDigest(engine: Engine, s: Subscription, scheduledFor: number, now: number): Promise<Result<Digest, string>> {
  const parsed = parseLine(engine, s.spec.question, await engine.dimensionValues());
  if (!parsed.ok) return err(errorMessage(parsed.error));
  if (parsed.value.kind !== 'query') return err(`"${s.spec.question}" is not a question any more.`);
  const command = digestQuestion(parsed.value, s.spec.schedule);
  const asOf = engine.at(scheduledFor);
  const answered = await answerQuestion(asOf, command, s.spec.targets);
  if (!answered.ok) return err(errorMessage(answered.error));

  const late = now - scheduledFor > LATE_MS ? ` (late: it was due ${localTime(scheduledFor, s.spec.timezone)})` : '';
  const alert = s.spec.alert;
  if (alert) {
    const r = answered.value.results.find((x) => x.metric === alert.metric);
    const value = r?.value ?? null;
    const past = value !== null && (alert.op === 'above' ? value > alert.value : value < alert.value);
    const shown = (v: number | null): string => (r ? formatValue(v, r.unit, { currency: engine.workspace.currency }) : String(v));
    if (!past) return ok({ send: false, why: value === null ? `${alert.metric} has no data` : `${alert.metric} is ${shown(value)}, not ${alert.op} ${shown(alert.value)}` });
    const head = `Alert #${s.id}: ${r?.name ?? alert.metric} is ${shown(value)}, ${alert.op} ${shown(alert.value)}${late}`;
    return ok({ send: true, reply: { kind: 'multi', parts: [{ kind: 'text', text: head }, ...answered.value.parts] } });
  }
  const head = `Digest #${s.id}, ${describeSchedule(s.spec.schedule, s.spec.timezone)}${late}`;
  return ok({ send: true, reply: { kind: 'multi', parts: [{ kind: 'text', text: head }, ...answered.value.parts] } });
}
