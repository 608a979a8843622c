import type { Engine } from '../../engine/query/engine.js';
import type { KpiResult } from '../../engine/query/query.js';
import { contributorLabel, topContributors } from '../../engine/query/top-contributors.js';
import { formatDelta, formatValue, type FormatOptions } from '../../engine/format-value.js';
import type { Step } from '../../engine/time/index.js';
import type { QueryCommand } from '../language/command.js';
import { decomposeWhy } from '../answer-why.js';
import type { History } from '../periods-before.js';
import { MAD_SCALE, robustOutlier, type OutlierCheck } from './robust-outlier.js';

/** The group of `why` that accounts for most of the change against the period before. */
export interface LeadingContributor {
  /** `SMB (segment)`. */
  readonly label: string;
  readonly part: number;
}

/**
 * A single-number answer judged against its own history: the rule's numbers (kept for `explain`),
 * the kind of period it compared (`weeks`) and, when the value is unusual, the line the headline
 * and the digest show.
 */
export interface AnomalyFlag {
  readonly check: OutlierCheck;
  readonly labels: readonly string[];
  readonly kind: PeriodKind;
  readonly line?: string;
  readonly contributor?: LeadingContributor;
}

/** What the periods are called: `weeks`, and `week` for the one before. */
export interface PeriodKind {
  readonly plural: string;
  readonly singular: string;
}

/**
 * The anomaly flag of one answer, computed in this one place for questions and digests alike.
 * When the KPI has breakdowns, an unusual value names the group `why` finds behind its change
 * against the period before (one decomposition, only for an unusual value).
 */
export async function anomalyOf(engine: Engine, command: QueryCommand, r: KpiResult, history: History): Promise<AnomalyFlag> {
  const check = robustOutlier(r.value, history.points.map((p) => p.value));
  const kind = periodKind(history.period.step);
  const labels = history.points.map((p) => p.label);
  if (check.kind !== 'unusual') return { check, labels, kind };
  const format = { currency: engine.workspace.currency };
  const contributor = (engine.catalog.get(r.metric)?.dimensions.length ?? 0) > 0 ? await leadingContributor(engine, command, r.metric) : undefined;
  const lead = contributor ? `; ${contributor.label} accounts for ${formatDelta(contributor.part, r.unit, format)} of the change vs the previous ${kind.singular}` : '';
  const line = `unusual: ${valueText(r, check.value, format)} is far ${check.direction} the last ${history.points.length} ${kind.plural} (median ${formatValue(check.median, r.unit, format)}, typical spread ±${spread(check.mad * MAD_SCALE, r, format)})${lead}`;
  return { check, labels, kind, line, ...(contributor ? { contributor } : {}) };
}

async function leadingContributor(engine: Engine, command: QueryCommand, metric: string): Promise<LeadingContributor | undefined> {
  // The flag is about this period against its history; its story is the change against the one before.
  const { compare: _asked, by: _by, ...rest } = command;
  const d = await decomposeWhy(engine, { ...rest, metrics: [metric], compare: 'previous' });
  if (!d.ok) return undefined;
  const top = topContributors(d.value.split, 1);
  // A formula's groups have their own changes, not parts of the total: none of them "accounts for" it.
  if (top.kind === 'deltas') return undefined;
  const first = top.items[0];
  return first ? { label: contributorLabel(first.by, first.group.key), part: first.group.contribution } : undefined;
}

/** `62 customer complaints` for a count; `Net Promoter Score at +12.0` otherwise. */
function valueText(r: KpiResult, value: number, format: FormatOptions): string {
  const shown = formatValue(value, r.unit, format);
  return r.unit === 'count' ? `${shown} ${r.name.toLowerCase()}` : `${r.name} at ${shown}`;
}

/** A spread reads as a magnitude in the KPI's unit: `1.5`, `0.42%`, `$120.00`. */
function spread(x: number, r: KpiResult, format: FormatOptions): string {
  return formatValue(x, r.unit === 'points' ? 'index' : r.unit, format);
}

/** Names the periods after the period's step; a custom span (last-30d) is "periods like it". */
export function periodKind(step: Step): PeriodKind {
  const { years = 0, months = 0, weeks = 0, days = 0 } = step;
  const only = (n: number, others: number[]): boolean => n === 1 && others.every((o) => o === 0);
  if (only(weeks, [years, months, days])) return { plural: 'weeks', singular: 'week' };
  if (only(days, [years, months, weeks])) return { plural: 'days', singular: 'day' };
  if (only(months, [years, weeks, days])) return { plural: 'months', singular: 'month' };
  if (only(years, [months, weeks, days])) return { plural: 'years', singular: 'year' };
  if (months === 3 && years + weeks + days === 0) return { plural: 'quarters', singular: 'quarter' };
  if (months === 6 && years + weeks + days === 0) return { plural: 'halves', singular: 'half' };
  return { plural: 'periods like it', singular: 'period' };
}
