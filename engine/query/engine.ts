import type { Catalog, KpiDef } from '../catalog/catalog.js';
import type { Workspace } from '../config.js';
import type { Store } from '../store/store.js';
import { isTimeGrain, type Dimension, type TimeGrain } from '../schema/tables.js';
import { err, ok, type Result } from '../result.js';
import type { Period } from '../time/period.js';
import { readToDate, resolvePeriod, sameSpan, shiftPeriod, splitPeriod } from '../time/index.js';
import type { EngineError } from './engine-error.js';
import type { ComparisonResult, GroupResult, KpiResult, Query, ResolvedPeriod } from './query.js';
import { KpiEvaluator, cellKey, withGroupsOf, type Cells } from './evaluate-kpi.js';
import { sliceOf, type Slice } from './slice.js';
import { dataThrough } from './data-through.js';
import { readDimensionValues, type DimensionValues } from './dimension-values.js';
import { decomposeChange, type ChangeDecomposition, type ChangeQuery } from './decompose-change.js';

export interface EngineDeps {
  readonly store: Store;
  readonly catalog: Catalog;
  readonly workspace: Workspace;
  /** The clock, epoch ms: a parameter so tests and `--now` fix it. */
  readonly now: () => number;
}

export interface Engine {
  readonly catalog: Catalog;
  readonly workspace: Workspace;
  ask(query: Query): Promise<Result<KpiResult, EngineError>>;
  /** How a KPI's change against its comparison period splits over its groups (`why`). */
  decompose(query: ChangeQuery): Promise<Result<ChangeDecomposition, EngineError>>;
  /** Resolves a period text in the workspace's clock, for replies that echo exact dates. */
  period(text?: string): Result<Period, EngineError>;
  /** The same engine with its clock stopped at `now`: a digest scheduled for 09:00 answers as of 09:00. */
  at(now: number): Engine;
  /** The values each dimension has in the data now (read from the tables each time). */
  dimensionValues(): Promise<DimensionValues>;
}

/** The metrics engine: resolves a query against the catalog, runs it, and returns a typed answer. */
export function createEngine(deps: EngineDeps): Engine {
  const { store, catalog, workspace } = deps;

  const period = (text?: string): Result<Period, EngineError> => {
    const now = deps.now();
    const r = resolvePeriod(text ?? workspace.default_period, { now, timezone: workspace.timezone, fiscalYearStart: workspace.fiscal_year_start });
    return r.ok ? ok(readToDate(r.value, now)) : r;
  };

  async function ask(query: Query): Promise<Result<KpiResult, EngineError>> {
    const kpi = catalog.get(query.metric);
    if (!kpi) return err({ code: 'kpi.unknown', input: query.metric, suggestions: catalog.suggest(query.metric) });

    const by = query.by ?? [];
    if (by.length > 2) return err({ code: 'breakdown.too_many', axes: by });
    const grains = by.filter(isTimeGrain);
    if (grains.length > 1) return err({ code: 'breakdown.two_grains', axes: by });
    const dims = by.filter((a): a is Dimension => !isTimeGrain(a));
    const filters = query.filters ?? {};
    for (const dim of [...dims, ...(Object.keys(filters) as Dimension[])]) {
      if (!catalog.allows(kpi, dim)) {
        return err({ code: 'dimension.not_allowed', metric: kpi.id, dimension: dim, allowed: kpi.dimensions });
      }
    }
    const resolved = period(query.period);
    if (!resolved.ok) return resolved;
    const grain = grains[0];

    const evaluator = new KpiEvaluator(store, catalog, workspace);
    const main = await answer(evaluator, kpi, resolved.value, grain, dims, filters);
    if (!main.ok) return main;

    let compare: ComparisonResult | undefined;
    let groups = main.value.groups;
    if (query.compare) {
      let shifted: Period;
      if (typeof query.compare === 'object') {
        const explicit = period(query.compare.period);
        if (!explicit.ok) return explicit;
        // A period read to date is compared with the same span of the other, never with all of it.
        shifted = sameSpan(resolved.value, explicit.value);
      } else shifted = shiftPeriod(resolved.value, query.compare);
      const other = await answer(evaluator, kpi, shifted, grain, dims, filters, main.value.groupCells);
      if (!other.ok) return other;
      compare = {
        kind: typeof query.compare === 'object' ? 'period' : query.compare,
        period: describe(shifted),
        value: other.value.total,
        sample: other.value.sample,
        delta: difference(main.value.total, other.value.total),
        deltaPct: relativeChange(main.value.total, other.value.total),
      };
      if (groups && other.value.groupCells) {
        // The groups only the compared period has are listed too. The evaluator remembers the
        // cells it computed, so answering again with them runs no SQL twice.
        const both = await answer(evaluator, kpi, resolved.value, grain, dims, filters, other.value.groupCells);
        if (!both.ok) return both;
        const otherCells = other.value.groupCells;
        groups = (both.value.groups ?? []).map((g, i) => {
          const cell = both.value.groupOrder[i];
          const before = cell ? (otherCells.get(cellKey(cell.k, cell.dims))?.value ?? null) : null;
          return { ...g, compare: { value: before, delta: difference(g.value, before) } };
        });
      }
    }

    const bounds = main.value.slice.current;
    const fresh = await dataThrough(store, kpi.tables, bounds, workspace.timezone);
    const sample = main.value.sample;
    return ok({
      metric: kpi.id,
      name: kpi.name,
      unit: kpi.unit,
      better: kpi.better,
      value: main.value.total,
      period: describe(resolved.value),
      sample,
      smallSample: isSmallSample(kpi, sample),
      ...(kpi.min_sample !== undefined ? { minSample: kpi.min_sample } : {}),
      dataThrough: fresh.at === null ? null : new Date(fresh.at).toISOString(),
      by,
      filters,
      ...(groups ? { groups } : {}),
      ...(compare ? { compare } : {}),
      statements: [...evaluator.statements, ...fresh.statements],
    });
  }

  const decompose = (query: ChangeQuery) => decomposeChange({ store, catalog, workspace, period }, query);

  return { catalog, workspace, ask, decompose, period, at: (now) => createEngine({ ...deps, now: () => now }), dimensionValues: () => readDimensionValues(store) };
}

interface Answer {
  readonly slice: Slice;
  readonly total: number | null;
  readonly sample: number | null;
  readonly groups?: GroupResult[];
  readonly groupCells?: Cells;
  /** The cell behind each entry of `groups`, to match the comparison's. */
  readonly groupOrder: readonly { readonly k: number; readonly dims: readonly string[] }[];
}

async function answer(
  evaluator: KpiEvaluator,
  kpi: KpiDef,
  period: Period,
  grain: TimeGrain | undefined,
  dims: readonly Dimension[],
  filters: Query['filters'] & object,
  /** The compared period's cells, whose groups are listed even where this period has no records. */
  also?: Cells,
): Promise<Result<Answer, EngineError>> {
  const whole = sliceOf(period);
  const totalCells = await evaluator.evaluate(kpi, [whole], [], filters);
  const totalCell = totalCells.get(cellKey(0, []));
  const base = { slice: whole, total: totalCell?.value ?? null, sample: totalCell?.sample ?? null };
  if (!grain && dims.length === 0) return ok({ ...base, groupOrder: [] });

  let slices: Slice[] = [whole];
  if (grain) {
    const split = splitPeriod(period, grain);
    if (!split.ok) return split;
    slices = split.value.map((b) => sliceOf(b.period, b.key, b.partial));
  }
  const evaluated = await evaluator.evaluate(kpi, slices, dims, filters);
  const cells = also ? withGroupsOf(evaluated, also, slices.length, kpi) : evaluated;
  const ordered = [...cells.values()].sort((a, b) => {
    if (a.k !== b.k) return a.k - b.k;
    if (!grain || dims.length > 0) {
      // Within a slice, the largest groups first; no value last; ties by name.
      const av = a.value ?? -Infinity;
      const bv = b.value ?? -Infinity;
      if (av !== bv) return bv - av;
    }
    return a.dims.join().localeCompare(b.dims.join());
  });
  const groups = ordered.map((c): GroupResult => {
    const key: Record<string, string> = {};
    dims.forEach((d, i) => (key[d] = c.dims[i] ?? ''));
    if (grain) key[grain] = slices[c.k]?.key ?? '';
    const small = isSmallSample(kpi, c.sample);
    const slice = slices[c.k];
    const partial = grain && slice?.partial ? { partial: { days: slice.current.days } } : {};
    return { key, value: c.value, sample: c.sample, ...(small ? { smallSample: true } : {}), ...partial };
  });
  return ok({ ...base, groups, groupCells: cells, groupOrder: ordered });
}

/** Fewer records than the KPI's minimum sample, but some: no records at all is no sample, not a small one. */
function isSmallSample(kpi: KpiDef, sample: number | null): boolean {
  return kpi.min_sample !== undefined && sample !== null && sample > 0 && sample < kpi.min_sample;
}

function describe(p: Period): ResolvedPeriod {
  const asOf = p.asOf === undefined ? {} : { asOf: new Date(p.asOf).toISOString() };
  return { label: p.label, start: p.startDate, end: p.endDate, timezone: p.timezone, fiscal: p.fiscal, ...asOf };
}

function difference(a: number | null, b: number | null): number | null {
  return a === null || b === null ? null : a - b;
}

function relativeChange(a: number | null, b: number | null): number | null {
  return a === null || b === null || b === 0 ? null : ((a - b) / Math.abs(b)) * 100;
}
