import type { Workspace } from '../engine/config.js';
import type { Engine } from '../engine/query/engine.js';
import type { EngineError } from '../engine/query/engine-error.js';
import type { KpiResult, Query } from '../engine/query/query.js';
import { ok, type Result } from '../engine/result.js';
import { isTimeGrain } from '../engine/schema/tables.js';
import { formatValue } from '../engine/format-value.js';
import type { Period } from '../engine/time/period.js';
import type { WorkspaceTarget } from './target/target.js';
import { isAdditive, progressLines, spanOf, targetApplies } from './target/target-progress.js';
import { chartSpec, type TrendPoint } from '../engine/chart/chart-spec.js';
import { npsDistributionAlt, npsDistributionSpec, type NpsShares } from '../engine/chart/nps-distribution.js';
import { smallMultiplesSpec } from '../engine/chart/small-multiples.js';
import type { QueryCommand } from './language/command.js';
import type { BotError } from './messages.js';
import { answerParts, periodName } from './reply/answer-reply.js';
import type { Voice } from './i18n/voice.js';
import { kpiWords } from '../engine/catalog/kpi-words.js';
import type { Reply } from './reply/reply.js';
import { historyOf, type History } from './periods-before.js';
import { anomalyOf, type AnomalyFlag } from './anomaly/anomaly-flag.js';

/** How many periods the headline card's sparkline shows, this one included. */
const TREND_PERIODS = 8;

/**
 * What a question is compared with: what it asked for (`vs none` for nothing), else the
 * workspace's default. A breakdown by time shows its own trend, so it gets no default comparison.
 */
export function comparisonOf(command: QueryCommand, workspace: Workspace): Query['compare'] {
  if (command.compare === 'none') return undefined;
  if (command.compare !== undefined) return command.compare;
  if (workspace.default_compare === 'none' || (command.by ?? []).some(isTimeGrain)) return undefined;
  return workspace.default_compare;
}

/** The engine query for one KPI of a question, compared as `compare` says (nothing when left out). */
export const queryOf = (command: QueryCommand, metric: string, compare?: Query['compare']): Query => ({
  metric,
  ...(command.period !== undefined ? { period: command.period } : {}),
  ...(command.by ? { by: command.by } : {}),
  ...(command.filters ? { filters: command.filters } : {}),
  ...(compare !== undefined ? { compare } : {}),
});

/**
 * One KPI of a question from the engine, compared as `comparisonOf` says. A comparison nobody
 * asked for is dropped when the earlier period has no data (no value, or no records behind it):
 * "vs 2025-Q4: no data" or "vs $0.00" under every answer of a young database says nothing.
 */
export async function askKpi(engine: Engine, command: QueryCommand, metric: string): Promise<Result<KpiResult, EngineError>> {
  const r = await engine.ask(queryOf(command, metric, comparisonOf(command, engine.workspace)));
  if (!r.ok || command.compare !== undefined || !r.value.compare) return r;
  if (r.value.compare.value !== null && r.value.compare.sample !== 0) return r;
  const { compare: _dropped, groups, ...rest } = r.value;
  return ok({ ...rest, ...(groups ? { groups: groups.map(({ compare: _none, ...g }) => g) } : {}) });
}

/**
 * Answers a question: each KPI from the engine, then the reply parts (headline, table) and the
 * chart that suits it: a headline card with a sparkline for a single number, the NPS
 * distribution for NPS, one small-multiples sheet for several KPIs, bars or lines otherwise.
 */
export async function answerQuestion(
  engine: Engine,
  command: QueryCommand,
  /** The reply's language, locale and currency. */
  voice: Voice,
  /** Target values by KPI id (a digest's): each answer says whether it met its own. */
  targets: Readonly<Record<string, number>> = {},
  /** The workspace's targets: a KPI without a target of its own above says whether it is on track for this one. */
  workspaceTargets: readonly WorkspaceTarget[] = [],
): Promise<Result<{ results: KpiResult[]; parts: Reply[]; anomalies: Readonly<Record<string, AnomalyFlag>> }, BotError>> {
  const format = voice.format;
  const results: KpiResult[] = [];
  for (const metric of command.metrics) {
    const r = await askKpi(engine, command, metric);
    if (!r.ok) return r;
    const kpi = engine.catalog.get(metric);
    // The KPI as the reader calls it, in the headline, table, chart and alt text alike.
    results.push(kpi ? { ...r.value, name: kpiWords(kpi, voice.language).name } : r.value);
  }
  const several = results.length > 1;
  const shape = { ...format, ...(command.view ? { view: command.view } : {}), ...(command.rank ? { rank: command.rank } : {}) };
  const parts: Reply[] = [];
  const anomalies: Record<string, AnomalyFlag> = {};
  const period = workspaceTargets.length > 0 ? engine.period(command.period) : undefined;
  for (const r of results) {
    const nps = r.metric === 'nps' && !r.by.some(isTimeGrain) && command.view !== 'table' && command.view !== 'number';
    const own = targets[r.metric];
    const progress = own === undefined && period?.ok ? workspaceProgress(engine, r, period.value, workspaceTargets, voice) : undefined;
    const target = own ?? progress?.target;
    const withTarget = target !== undefined ? { target } : {};
    // A single number is judged against its own history; the sparkline draws the same reads.
    const history = isSingleNumber(r) ? await historyOf(engine, command, r) : undefined;
    const anomaly = history ? await anomalyOf(engine, command, r, history, voice) : undefined;
    if (anomaly) anomalies[r.metric] = anomaly;
    parts.push(
      ...answerParts(r, {
        ...shape,
        voice,
        ...(own !== undefined ? { target: own } : {}),
        ...(progress ? { progress: progress.lines } : {}),
        chart: !several && !nps,
        ...(anomaly?.line ? { anomaly: anomaly.line } : {}),
      }),
    );
    if (!several && history && command.view !== 'number' && command.view !== 'table') {
      const trend = trendOf(history, r);
      parts.push({ kind: 'chart', spec: chartSpec(r, { currency: format.currency, texts: voice.texts.chart, locale: voice.locale, trend, ...withTarget }), alt: cardAlt(r, trend, voice) });
    }
    if (nps && !several) {
      const distribution = await npsDistribution(engine, command);
      if (distribution) parts.push({ kind: 'chart', spec: npsDistributionSpec(distribution, { texts: voice.texts.chart, locale: voice.locale }), alt: npsDistributionAlt(distribution, { texts: voice.texts.chart, locale: voice.locale }) });
    }
  }
  if (several && command.view !== 'table' && command.view !== 'number') {
    parts.push({ kind: 'chart', spec: smallMultiplesSpec(results, { currency: format.currency, texts: voice.texts.chart, locale: voice.locale }), alt: voice.texts.answer.sideBySideAlt(results.map((r) => r.name), periodName(results[0]?.period.label ?? '', voice)) });
  }
  return ok({ results, parts, anomalies });
}

/** An answer with no breakdown: one number, with a history of its own. */
export const isSingleNumber = (r: KpiResult): boolean => !r.groups || r.groups.length === 0;

/** The sparkline: the last of the earlier periods read for the anomaly flag, then this one. */
function trendOf(history: History, r: KpiResult): TrendPoint[] {
  return [...history.points.slice(-(TREND_PERIODS - 1)), { label: history.period.label, value: r.value }];
}

/** The workspace target that speaks to this answer, if any, and its lines; the pace only for a sum or a count read to date. */
function workspaceProgress(engine: Engine, r: KpiResult, period: Period, all: readonly WorkspaceTarget[], voice: Voice): { target: number; lines: string[] } | undefined {
  const t = all.find((x) => x.kpi === r.metric && targetApplies(x, period));
  if (!t) return undefined;
  const kpi = engine.catalog.get(r.metric);
  const span = r.period.asOf !== undefined && kpi && isAdditive(kpi) ? spanOf(period) : null;
  return { target: t.value, lines: progressLines(r, t, voice, span) };
}

/** Promoters, passives and detractors for the same question, for the NPS distribution chart. */
async function npsDistribution(engine: Engine, command: QueryCommand): Promise<NpsShares | undefined> {
  const [promoters, passives, detractors] = await Promise.all(
    ['recommendation_rate', 'passive_rate', 'detractor_rate'].map((m) => engine.ask(queryOf(command, m))),
  );
  if (!promoters?.ok || !passives?.ok || !detractors?.ok) return undefined;
  return { promoters: promoters.value, passives: passives.value, detractors: detractors.value };
}

function cardAlt(r: KpiResult, trend: readonly TrendPoint[], voice: Voice): string {
  const value = formatValue(r.value, r.unit, voice.format);
  const known = trend.filter((p) => p.value !== null);
  const first = known[0];
  const direction = first && r.value !== null && first.value !== null ? (r.value > first.value ? 'up' : r.value < first.value ? 'down' : 'flat') : null;
  return voice.texts.answer.cardAlt(r.name, periodName(r.period.label, voice), value, direction ? { direction, periods: known.length } : null);
}
