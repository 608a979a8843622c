import { DateTime } from 'luxon';
import type { KpiDef } from '../../engine/catalog/catalog.js';
import { formatDelta, formatValue, type FormatOptions } from '../../engine/format-value.js';
import type { Voice } from '../i18n/voice.js';
import type { KpiResult } from '../../engine/query/query.js';
import type { TimeGrain } from '../../engine/schema/tables.js';
import type { Period, Step } from '../../engine/time/period.js';
import { meets, opSymbol, type WorkspaceTarget } from './target.js';

/** How far into a period read to date the answer is: days elapsed (today included) of the whole, and its last day. */
export interface Span {
  readonly elapsedDays: number;
  readonly wholeDays: number;
  /** ISO date of the whole period's last day. */
  readonly lastDay: string;
}

/** The grain a period is one whole of (`2026-03` and `this-month` are a month), or null for any other span. */
export function periodGrain(step: Step): TimeGrain | null {
  const parts = Object.entries(step).filter(([, n]) => n !== undefined && n !== 0);
  const [only] = parts;
  if (parts.length !== 1 || only === undefined) return null;
  const [unit, n] = only;
  if (unit === 'years' && n === 1) return 'year';
  if (unit === 'months' && n === 3) return 'quarter';
  if (unit === 'months' && n === 1) return 'month';
  if (unit === 'weeks' && n === 1) return 'week';
  if (unit === 'days' && n === 1) return 'day';
  return null;
}

/** Whether a workspace target speaks to an answer over `period`: one without a grain always does. */
export const targetApplies = (t: WorkspaceTarget, period: Period): boolean => t.grain === null || periodGrain(period.step) === t.grain;

/**
 * Only a sum or a count grows with the days of its period, so only it can be projected from its
 * pace; a ratio half-way through a month is already a month's ratio.
 */
export const isAdditive = (kpi: KpiDef): boolean => kpi.type === 'simple' && (kpi.unit === 'count' || kpi.unit === 'money');

/** The span of a period read to date, or null for a whole period. Counted on dates, so clock changes do not shift it. */
export function spanOf(period: Period): Span | null {
  if (period.asOf === undefined) return null;
  const start = DateTime.fromISO(period.startDate, { zone: 'utc' });
  const wholeEnd = start.plus(period.step);
  const elapsed = Math.round(DateTime.fromISO(period.endDate, { zone: 'utc' }).diff(start, 'days').days);
  const whole = Math.round(wholeEnd.diff(start, 'days').days);
  if (elapsed <= 0 || whole <= 0) return null;
  return { elapsedDays: elapsed, wholeDays: whole, lastDay: wholeEnd.minus({ days: 1 }).toISODate() ?? period.endDate };
}

/** A gap without its sign: `1.80 pp`, `$600.00`, `600`. */
const magnitude = (gap: number, r: Pick<KpiResult, 'unit'>, options: FormatOptions): string => formatDelta(Math.abs(gap), r.unit, options).replace(/^[+−±]/, '');

/**
 * The headline's lines for a workspace target, in the reply's language: on or off track with the
 * gap, judged in the op's direction ("target ≥ 40.0: on track, +3.2 above", "target ≤ 5.00%: off
 * track: 0.50 pp over"); with `span`, the pace so far projected to the period's end ("on pace for
 * 1,240 by Dec 31: on track"). A period read to date says its gap is "so far".
 */
export function progressLines(r: Pick<KpiResult, 'value' | 'unit' | 'period'>, t: WorkspaceTarget, voice: Voice, span: Span | null): string[] {
  const words = voice.texts.target;
  const options = voice.format;
  const head = words.head(opSymbol(t.op), formatValue(t.value, r.unit, options));
  if (r.value === null) return [`${head}: ${words.noData}`];
  const gap = r.value - t.value;
  const soFar = r.period.asOf !== undefined ? words.soFar : '';
  const where =
    gap === 0
      ? words.atTarget
      : meets(r.value, t.op, t.value)
        ? words.onTrack(formatDelta(gap, r.unit, options), gap > 0 ? 'above' : 'below')
        : words.offTrack(magnitude(gap, r, options), t.op === 'at-least' ? 'short' : 'over');
  const lines = [`${head}: ${where}${soFar}`];
  if (span) {
    const raw = (r.value * span.wholeDays) / span.elapsedDays;
    // A projected count is a whole number of things.
    const projected = r.unit === 'count' ? Math.round(raw) : raw;
    lines.push(words.onPace(formatValue(projected, r.unit, options), dayAndMonth(span.lastDay, voice.locale), meets(projected, t.op, t.value)));
  }
  return lines;
}

/** A calendar day without its year, as the locale writes it (`Dec 31`, `31/12`, `31 dec.`): the period's year is in the answer already. */
const dayAndMonth = (isoDate: string, locale: string): string =>
  new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));
