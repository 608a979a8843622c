import type { Engine } from '../engine/query/engine.js';
import type { ChangeDecomposition, ChangeQuery } from '../engine/query/decompose-change.js';
import { topContributors } from '../engine/query/top-contributors.js';
import { err, ok, type Result } from '../engine/result.js';
import { isTimeGrain, type Dimension } from '../engine/schema/tables.js';
import { labelFor } from '../engine/time/index.js';
import type { QueryCommand } from './language/command.js';
import type { BotError } from './messages.js';
import { whyParts } from './reply/why-reply.js';
import type { Voice } from './i18n/voice.js';
import type { Reply } from './reply/reply.js';

/** Groups a why answer lists when nobody asked for `top N`: the few that explain most. */
export const WHY_ROWS = 5;

/**
 * The engine's question for `why`: one KPI, against the period the question names (`vs
 * last-year`, `vs 2025-Q4`) or else the period before, split by the dimensions the question names
 * (`by segment, region`) or else by every one the KPI allows, each alone and in pairs. A why
 * compares two periods, so it takes no time breakdown and no `vs none`.
 */
export function changeQueryOf(engine: Engine, command: QueryCommand): Result<ChangeQuery, BotError> {
  const [metric, ...more] = command.metrics;
  if (metric === undefined || more.length > 0) return err({ code: 'why.one_kpi', metrics: command.metrics });
  const grain = (command.by ?? []).find(isTimeGrain);
  if (grain !== undefined) return err({ code: 'why.time_breakdown', grain });
  if (command.compare === 'none') return err({ code: 'why.no_comparison' });
  const dims = (command.by ?? []).filter((a): a is Dimension => !isTimeGrain(a));
  // A formula's groups have no parts to compare, so pairs of them would say nothing more.
  const pairs = engine.catalog.get(metric)?.type !== 'derived';
  return ok({
    metric,
    ...(command.period !== undefined ? { period: command.period } : {}),
    compare: command.compare ?? 'previous',
    ...(command.filters ? { filters: command.filters } : {}),
    ...(dims.length > 0 ? { dimensions: dims } : {}),
    pairs,
  });
}

/** What the engine split, when both periods have a value; the error that says which one has none. */
export async function decomposeWhy(engine: Engine, command: QueryCommand): Promise<Result<ChangeDecomposition, BotError>> {
  const query = changeQueryOf(engine, command);
  if (!query.ok) return query;
  const r = await engine.decompose(query.value);
  if (!r.ok) return r;
  const d = r.value;
  if (d.before.value === null || d.after.value === null) {
    const empty = d.before.value === null ? d.compare.period : d.period;
    return err({ code: 'why.no_value', metric: d.name, period: empty.label });
  }
  return ok(d);
}

/**
 * Answers `why`: the change, the groups that account for most of it and the chart. The cell's
 * number is the change itself, so `calc` can use it.
 */
export async function answerWhy(engine: Engine, command: QueryCommand, voice: Voice): Promise<Result<{ decomposition: ChangeDecomposition; parts: Reply[] }, BotError>> {
  const r = await decomposeWhy(engine, command);
  if (!r.ok) return r;
  const d = r.value;
  const top = topContributors(d.split, command.rank?.n ?? WHY_ROWS);
  const min = engine.catalog.get(d.metric)?.min_sample;
  // Fewer records than the minimum, but some: no records at all is no sample, not a small one.
  const smallSample = min !== undefined && [d.before.sample, d.after.sample].some((s) => s !== null && s > 0 && s < min);
  // `last-month` names the period as asked; the table's columns name both periods by their dates
  // (a fiscal quarter by its fiscal name). The compared period's label is such a name already.
  const labels = { before: d.compare.period.label, after: d.period.fiscal ?? labelFor(d.period.start, d.period.end) };
  const parts = whyParts(d, top, { ...voice.format, voice, ...(command.view ? { view: command.view } : {}), smallSample, labels });
  return ok({ decomposition: d, parts });
}
