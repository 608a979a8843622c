import type { Engine } from '../../engine/query/engine.js';
import type { KpiResult } from '../../engine/query/query.js';
import { topContributors } from '../../engine/query/top-contributors.js';
import { formatDelta, formatValue, type FormatOptions } from '../../engine/format-value.js';
import type { Step } from '../../engine/time/index.js';
import type { QueryCommand } from '../language/command.js';
import { decomposeWhy } from '../answer-why.js';
import type { History } from '../periods-before.js';
import type { PeriodKind } from '../i18n/anomaly-texts.js';
import type { Voice } from '../i18n/voice.js';
import { contributorName } from '../reply/group-names.js';
import { MAD_SCALE, robustOutlier, type OutlierCheck } from './robust-outlier.js';

/** The group of `why` that accounts for most of the change against the period before. */
export interface LeadingContributor {
  /** `SMB (segment)`, in the reply's words. */
  readonly label: string;
  readonly part: number;
}

/**
 * A single-number answer judged against its own history: the rule's numbers (kept for `explain`),
 * the kind of period it compared (`week`) and, when the value is unusual, the line the headline
 * and the digest show.
 */
export interface AnomalyFlag {
  readonly check: OutlierCheck;
  readonly labels: readonly string[];
  readonly kind: PeriodKind;
  readonly line?: string;
  readonly contributor?: LeadingContributor;
}

/**
 * The anomaly flag of one answer, computed in this one place for questions and digests alike.
 * When the KPI has breakdowns, an unusual value names the group `why` finds behind its change
 * against the period before (one decomposition, only for an unusual value). The line is in the
 * reply's voice.
 */
export async function anomalyOf(engine: Engine, command: QueryCommand, r: KpiResult, history: History, voice: Voice): Promise<AnomalyFlag> {
  const check = robustOutlier(r.value, history.points.map((p) => p.value));
  const kind = periodKind(history.period.step);
  const labels = history.points.map((p) => p.label);
  if (check.kind !== 'unusual') return { check, labels, kind };
  const format = voice.format;
  const contributor = (engine.catalog.get(r.metric)?.dimensions.length ?? 0) > 0 ? await leadingContributor(engine, command, r.metric, voice) : undefined;
  const line = voice.texts.anomaly.unusual({
    value: { kind: r.unit === 'count' ? 'count' : 'level', name: r.name, shown: formatValue(check.value, r.unit, format) },
    direction: check.direction,
    periods: history.points.length,
    kind,
    median: formatValue(check.median, r.unit, format),
    spread: spread(check.mad * MAD_SCALE, r, format),
    ...(contributor ? { lead: { who: contributor.label, part: formatDelta(contributor.part, r.unit, format) } } : {}),
  });
  return { check, labels, kind, line, ...(contributor ? { contributor } : {}) };
}

async function leadingContributor(engine: Engine, command: QueryCommand, metric: string, voice: Voice): Promise<LeadingContributor | undefined> {
  // The flag is about this period against its history; its story is the change against the one before.
  const { compare: _asked, by: _by, ...rest } = command;
  const d = await decomposeWhy(engine, { ...rest, metrics: [metric], compare: 'previous' });
  if (!d.ok) return undefined;
  const top = topContributors(d.value.split, 1);
  // A formula's groups have their own changes, not parts of the total: none of them "accounts for" it.
  if (top.kind === 'deltas') return undefined;
  const first = top.items[0];
  return first ? { label: contributorName(first.by, first.group.key, voice), part: first.group.contribution } : undefined;
}

/** A spread reads as a magnitude in the KPI's unit: `1.5`, `0.42%`, `$120.00`. */
function spread(x: number, r: KpiResult, format: FormatOptions): string {
  return formatValue(x, r.unit === 'points' ? 'index' : r.unit, format);
}

/** Names the periods after the period's step; a custom span (last-30d) is "periods like it". */
export function periodKind(step: Step): PeriodKind {
  const { years = 0, months = 0, weeks = 0, days = 0 } = step;
  const only = (n: number, others: number[]): boolean => n === 1 && others.every((o) => o === 0);
  if (only(weeks, [years, months, days])) return 'week';
  if (only(days, [years, months, weeks])) return 'day';
  if (only(months, [years, weeks, days])) return 'month';
  if (only(years, [months, weeks, days])) return 'year';
  if (months === 3 && years + weeks + days === 0) return 'quarter';
  if (months === 6 && years + weeks + days === 0) return 'half';
  return 'period';
}
