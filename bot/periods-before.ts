import { DateTime } from 'luxon';
import type { Engine } from '../engine/query/engine.js';
import type { KpiResult } from '../engine/query/query.js';
import { shiftPeriod, type Period } from '../engine/time/index.js';
import type { TrendPoint } from '../engine/chart/chart-spec.js';
import type { QueryCommand } from './language/command.js';
import { queryOf } from './answer-question.js';

/**
 * How many earlier periods a single-number answer reads: the anomaly flag judges a value against
 * 12 of them, and the sparkline draws the last few of the same reads, so nothing is asked twice.
 */
export const HISTORY_PERIODS = 12;

/** A single-number answer's period and the KPI's value in each period before it. */
export interface History {
  /** The period the answer read, as the engine resolved it (its step names the kind: weeks, months). */
  readonly period: Period;
  /** The `HISTORY_PERIODS` periods before it, oldest first, each stepped back from the next. */
  readonly points: readonly TrendPoint[];
}

/**
 * The KPI over the periods before the answer's one (same kind, same length), oldest first: one
 * engine ask per period. A period read to date is compared with the same span of each earlier
 * period (the same days, to the same local time), which `shiftPeriod` gives as its `asOf`: the
 * engine, its clock stopped there, reads that span to date as it read this one.
 */
export async function historyOf(engine: Engine, command: QueryCommand, r: KpiResult, n = HISTORY_PERIODS): Promise<History | undefined> {
  const resolved = engine.period(command.period);
  if (!resolved.ok) return undefined;
  const periods: Period[] = [];
  let at = resolved.value;
  for (let i = 0; i < n; i++) {
    at = shiftPeriod(at, 'previous');
    periods.unshift(at);
  }
  const points: TrendPoint[] = [];
  for (const p of periods) {
    const last = DateTime.fromISO(p.endDate).minus({ days: 1 }).toISODate();
    const asked = p.asOf === undefined ? engine : engine.at(p.asOf);
    const answer = await asked.ask({ ...queryOf(command, r.metric), by: [], period: `${p.startDate}..${last}` });
    // Before the KPI's tables hold any record, a count's 0 is not a week of no complaints but a
    // week before the data began: no value, so a young database is not judged against zeros.
    const begun = answer.ok && answer.value.dataThrough !== null;
    points.push({ label: p.label, value: answer.ok && begun ? answer.value.value : null });
  }
  return { period: resolved.value, points };
}
