import type { Catalog, KpiDef } from '../catalog/catalog.js';
import type { KpiType, KpiUnit, Measure } from '../catalog/kpi-schema.js';
import type { Workspace } from '../config.js';
import type { Dimension } from '../schema/tables.js';
import type { Statement, Store } from '../store/store.js';
import { err, ok, type Result } from '../result.js';
import type { Period } from '../time/period.js';
import { sameSpan, shiftPeriod } from '../time/index.js';
import type { EngineError } from './engine-error.js';
import { KpiEvaluator, cellKey, type Cell, type Cells } from './evaluate-kpi.js';
import type { Comparison, ResolvedPeriod } from './query.js';
import { sliceOf } from './slice.js';
import { additiveContribution, rateMix, type BeforeAfter, type RateMix, type RatioParts } from './change-split.js';
import { changeNoise, type ChangeNoise } from './change-noise.js';

type Filters = Readonly<Partial<Record<Dimension, readonly string[]>>>;

/** What `why` asks: how a KPI's change between two periods splits over its groups. */
export interface ChangeQuery {
  readonly metric: string;
  /** The period asked about; the workspace default when left out. */
  readonly period?: string;
  /** The period it is compared with, as in any question. */
  readonly compare: Comparison | { readonly period: string };
  readonly filters?: Filters;
  /** The dimensions to split by, each on its own; every dimension the KPI allows when left out. */
  readonly dimensions?: readonly Dimension[];
  /** Also split by each pair of those dimensions (SMB in Europe). */
  readonly pairs?: boolean;
}

/** A KPI's value and sample size in one period. */
export interface ChangeSide {
  readonly value: number | null;
  readonly sample: number | null;
}

/** A group of a split (one value of one dimension, or of two) and its own change. */
export interface GroupChange {
  /** The group's value of each dimension of the split: `{ segment: 'SMB' }`, `{ segment: 'SMB', region: 'Europe' }`. */
  readonly key: Readonly<Record<string, string>>;
  /** The KPI inside the group in each period (no value where the group has none). */
  readonly before: number | null;
  readonly after: number | null;
  /** after − before; null when the group has no value in one of the periods. */
  readonly delta: number | null;
}

/** A group of a sum, count or stock: its part of the change is its own change. */
export interface AdditiveGroup extends GroupChange {
  readonly contribution: number;
}

/** A group of a ratio or an average: its part of the change, split into rate and mix. */
export interface RateMixGroup extends GroupChange, Omit<RateMix, 'value'> {
  /** The group's numerator and denominator in each period (for an average: value × rows, and rows). */
  readonly parts: BeforeAfter<RatioParts>;
}

/** One way of splitting the change: by one dimension, or by a pair. */
export interface Split<G> {
  readonly by: readonly Dimension[];
  /** Largest part first (by absolute size). */
  readonly groups: readonly G[];
  /**
   * The total change less the sum of the groups' parts: zero, to rounding, when the groups
   * partition the records; otherwise (a record in two groups, a distinct count across them) the
   * part no group can be given.
   */
  readonly residual: number;
}

/**
 * How the change splits, by the KPI's type:
 * - `additive`: sums and counts (simple KPIs) and stocks: a group's part is its own change.
 * - `ratio`: numerator / denominator; `mean`: an average (a simple KPI with no value over no
 *   rows), which is Σ value × rows / Σ rows, so it splits the same way with rows as the weights.
 * - `deltas`: a derived KPI, a formula of other KPIs (clv = arpu × margin × lifetime − cac):
 *   a product or difference of group-level inputs is not a sum over groups, so there is no exact
 *   split by group in general; only each group's own change is given, and it does not add up.
 */
export type ChangeSplit =
  | { readonly kind: 'additive'; readonly splits: readonly Split<AdditiveGroup>[] }
  | {
      readonly kind: 'ratio' | 'mean';
      readonly scale: number;
      readonly totals: BeforeAfter<RatioParts>;
      readonly splits: readonly Split<RateMixGroup>[];
    }
  | { readonly kind: 'deltas'; readonly splits: readonly Omit<Split<GroupChange>, 'residual'>[] };

/** A dimension the change was not split by, and why. */
export type SkippedDimension =
  /** Its groups are another dimension's (a customer's channel is its acquisition channel). */
  | { readonly dimension: Dimension; readonly reason: 'same-as'; readonly as: Dimension }
  /** Everything falls in one group (a filter on it, or no values in the data). */
  | { readonly dimension: Dimension; readonly reason: 'one-group' }
  /**
   * Its groups are not parts of the total: a measure means other rows once the dimension is
   * picked (`default_where`), or a ratio's denominator is whole across it (`whole_across`):
   * share of voice is the own brand's, and by brand each brand's share of all mentions.
   */
  | { readonly dimension: Dimension; readonly reason: 'not-parts' };

/** A KPI's change between two periods, and how its groups account for it. */
export interface ChangeDecomposition {
  readonly metric: string;
  readonly name: string;
  readonly unit: KpiUnit;
  readonly better: 'up' | 'down';
  readonly type: KpiType;
  readonly formula: string;
  readonly period: ResolvedPeriod;
  readonly compare: { readonly kind: Comparison | 'period'; readonly period: ResolvedPeriod };
  readonly filters: Filters;
  readonly before: ChangeSide;
  readonly after: ChangeSide;
  /** after − before, in the KPI's unit (percentage points for percentages); null when either has no value. */
  readonly delta: number | null;
  readonly noise: ChangeNoise;
  /** Empty when the change is null: there is nothing to split. */
  readonly split: ChangeSplit;
  readonly skipped: readonly SkippedDimension[];
  /** Every statement run, with its parameters, for `explain why`. */
  readonly statements: readonly Statement[];
}

export interface DecomposeDeps {
  readonly store: Store;
  readonly catalog: Catalog;
  readonly workspace: Workspace;
  /** The engine's period resolver (workspace clock, time zone and fiscal year). */
  readonly period: (text?: string) => Result<Period, EngineError>;
}

/** The slice of the period asked about, and of the one compared with, in every statement. */
const AFTER = 0;
const BEFORE = 1;

/**
 * Splits a KPI's change between two periods over the groups of each dimension it allows. The
 * periods are resolved as `Engine.ask` resolves a question and its comparison, and the totals
 * are evaluated by the same evaluator, so the change is the one a question with `vs` shows. Both
 * periods go in each statement (two slices), one statement per measure and split.
 */
export async function decomposeChange(deps: DecomposeDeps, query: ChangeQuery): Promise<Result<ChangeDecomposition, EngineError>> {
  const { catalog, workspace } = deps;
  const kpi = catalog.get(query.metric);
  if (!kpi) return err({ code: 'kpi.unknown', input: query.metric, suggestions: catalog.suggest(query.metric) });
  const filters = query.filters ?? {};
  const dims = query.dimensions ?? kpi.dimensions;
  for (const dim of [...dims, ...(Object.keys(filters) as Dimension[])]) {
    if (!catalog.allows(kpi, dim)) return err({ code: 'dimension.not_allowed', metric: kpi.id, dimension: dim, allowed: kpi.dimensions });
  }
  const current = deps.period(query.period);
  if (!current.ok) return current;
  // As Engine.ask compares: a period read to date against the same span of the other.
  let compared: Period;
  if (typeof query.compare === 'object') {
    const explicit = deps.period(query.compare.period);
    if (!explicit.ok) return explicit;
    compared = sameSpan(current.value, explicit.value);
  } else compared = shiftPeriod(current.value, query.compare);

  const evaluator = new KpiEvaluator(deps.store, catalog, workspace);
  const slices = [sliceOf(current.value), sliceOf(compared)];
  const evaluate = (def: KpiDef, by: readonly Dimension[], without: readonly Dimension[] = []): Promise<Cells> =>
    evaluator.evaluate(def, slices, by, without.length === 0 ? filters : omit(filters, without));

  const totals = await evaluate(kpi, []);
  const side = (k: number): ChangeSide => {
    const c = totals.get(cellKey(k, []));
    return { value: c?.value ?? null, sample: c?.sample ?? null };
  };
  const before = side(BEFORE);
  const after = side(AFTER);
  const delta = before.value === null || after.value === null ? null : after.value - before.value;
  const noise = changeNoise(kpi, { before: before.value, after: after.value }, { before: before.sample, after: after.sample });

  const splitter = splitterFor(kpi, evaluate, delta);
  const skipped: SkippedDimension[] = [];
  const kept: Dimension[] = [];
  const signatures = new Map<string, Dimension>();
  const notParts = new Set(measuresOf(kpi).flatMap((m) => [...Object.keys(m.default_where ?? {}), ...(m.whole_across ?? [])]));
  if (delta !== null) {
    for (const dim of dims) {
      if (notParts.has(dim)) {
        skipped.push({ dimension: dim, reason: 'not-parts' });
        continue;
      }
      const groups = await splitter.groups([dim]);
      if (groups.size < 2) {
        skipped.push({ dimension: dim, reason: 'one-group' });
        continue;
      }
      const signature = signatureOf(groups);
      const same = signatures.get(signature);
      if (same !== undefined) {
        skipped.push({ dimension: dim, reason: 'same-as', as: same });
        continue;
      }
      signatures.set(signature, dim);
      kept.push(dim);
    }
  }
  const splitsBy: Dimension[][] = kept.map((d) => [d]);
  if (query.pairs) kept.forEach((a, i) => kept.slice(i + 1).forEach((b) => splitsBy.push([a, b])));
  const split = await splitter.split(delta === null ? [] : splitsBy);

  return ok({
    metric: kpi.id,
    name: kpi.name,
    unit: kpi.unit,
    better: kpi.better,
    type: kpi.type,
    formula: kpi.formula,
    period: describe(current.value),
    compare: { kind: typeof query.compare === 'object' ? 'period' : query.compare, period: describe(compared) },
    filters,
    before,
    after,
    delta,
    noise,
    split,
    skipped,
    statements: evaluator.statements,
  });
}

/** A group's cells in the two periods, by the group's dimension values. */
type GroupCells = ReadonlyMap<string, { readonly dims: readonly string[]; readonly cells: BeforeAfter<readonly Cell[]> }>;

interface Splitter {
  /** The group cells of a split; the evaluator keeps them, so asking again runs nothing. */
  groups(by: readonly Dimension[]): Promise<GroupCells>;
  split(splits: readonly (readonly Dimension[])[]): Promise<ChangeSplit>;
}

/** How a KPI of each type is split: which measures run per group, and how their numbers combine. */
type Evaluate = (def: KpiDef, by: readonly Dimension[], without?: readonly Dimension[]) => Promise<Cells>;

function splitterFor(kpi: KpiDef, evaluate: Evaluate, delta: number | null): Splitter {
  const total = delta ?? 0;
  switch (kpi.type) {
    case 'ratio': {
      const numerator = measureKpi(kpi, 'numerator', kpi.numerator);
      const denominator = measureKpi(kpi, 'denominator', kpi.denominator);
      // A denominator whole across a dimension ignores filters on it, as the ratio itself does.
      const whole = kpi.denominator.whole_across ?? [];
      const groups = async (by: readonly Dimension[]): Promise<GroupCells> =>
        groupCells([await evaluate(numerator, by), await evaluate(denominator, by, whole)]);
      const partsOf = (cells: readonly Cell[]): RatioParts => ({ numerator: cells[0]?.value ?? 0, denominator: cells[1]?.value ?? 0 });
      return { groups, split: (splits) => rateMixSplit('ratio', kpi.scale, groups, partsOf, splits, total) };
    }
    case 'simple':
    case 'stock': {
      const groups = async (by: readonly Dimension[]): Promise<GroupCells> => groupCells([await evaluate(kpi, by)]);
      if (kpi.type === 'simple' && kpi.empty === 'none') {
        // An average over rows: value × rows is the group's sum, rows its weight. This holds when
        // the average is over every row counted (true of the catalog's: their `where` keeps the
        // rows that have the value); if not, the residual shows it.
        const partsOf = (cells: readonly Cell[]): RatioParts => {
          const c = cells[0];
          return c && c.value !== null && c.sample !== null ? { numerator: c.value * c.sample, denominator: c.sample } : { numerator: 0, denominator: 0 };
        };
        return { groups, split: (splits) => rateMixSplit('mean', 1, groups, partsOf, splits, total) };
      }
      return {
        groups,
        split: async (splits) => ({
          kind: 'additive',
          splits: await Promise.all(
            splits.map(async (by) => {
              const list = [...(await groups(by)).values()].map(({ dims, cells }): AdditiveGroup => {
                const values = { before: cells.before[0]?.value ?? null, after: cells.after[0]?.value ?? null };
                return { ...change(by, dims, values), contribution: additiveContribution(values) };
              });
              return finish(by, list, total);
            }),
          ),
        }),
      };
    }
    case 'derived': {
      const groups = async (by: readonly Dimension[]): Promise<GroupCells> => groupCells([await evaluate(kpi, by)]);
      return {
        groups,
        split: async (splits) => ({
          kind: 'deltas',
          splits: await Promise.all(
            splits.map(async (by) => {
              const list = [...(await groups(by)).values()].map(({ dims, cells }) =>
                change(by, dims, { before: cells.before[0]?.value ?? null, after: cells.after[0]?.value ?? null }),
              );
              return { by, groups: list.sort((a, b) => Math.abs(b.delta ?? 0) - Math.abs(a.delta ?? 0) || label(a).localeCompare(label(b))) };
            }),
          ),
        }),
      };
    }
  }
}

async function rateMixSplit(
  kind: 'ratio' | 'mean',
  scale: number,
  groups: (by: readonly Dimension[]) => Promise<GroupCells>,
  partsOf: (cells: readonly Cell[]) => RatioParts,
  splits: readonly (readonly Dimension[])[],
  total: number,
): Promise<ChangeSplit> {
  // The totals' parts from a split with no dimensions: the KPI's own numerator and denominator.
  const whole = [...(await groups([])).values()][0];
  const totals = {
    before: whole ? partsOf(whole.cells.before) : { numerator: 0, denominator: 0 },
    after: whole ? partsOf(whole.cells.after) : { numerator: 0, denominator: 0 },
  };
  const denominators = { before: totals.before.denominator, after: totals.after.denominator };
  const out = await Promise.all(
    splits.map(async (by) => {
      const list = [...(await groups(by)).values()].map(({ dims, cells }): RateMixGroup => {
        const parts = { before: partsOf(cells.before), after: partsOf(cells.after) };
        const { value, ...split } = rateMix(parts, denominators, scale);
        return { ...change(by, dims, value), ...split, parts };
      });
      return finish(by, list, total);
    }),
  );
  return { kind, scale, totals, splits: out };
}

/** The groups of a split, largest part first, and what no group accounts for. */
function finish<G extends GroupChange & { readonly contribution: number }>(by: readonly Dimension[], groups: G[], total: number): Split<G> {
  const sorted = groups.sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution) || label(a).localeCompare(label(b)));
  return { by, groups: sorted, residual: total - sorted.reduce((s, g) => s + g.contribution, 0) };
}

function change(by: readonly Dimension[], dims: readonly string[], values: BeforeAfter<number | null>): GroupChange {
  const key: Record<string, string> = {};
  by.forEach((d, i) => (key[d] = dims[i] ?? ''));
  const delta = values.before === null || values.after === null ? null : values.after - values.before;
  return { key, before: values.before, after: values.after, delta };
}

const label = (g: GroupChange): string => Object.values(g.key).join('\u0001');

/**
 * The cells of each group in the two periods, one per evaluated KPI (a ratio's numerator and
 * denominator). The evaluator fills every group seen in either period into both, but only among
 * its own cells: a group the denominator has and the numerator has no row for (no satisfied
 * answers at all) gets a cell with no value there, which a measure reads as 0.
 */
function groupCells(evaluated: readonly Cells[]): GroupCells {
  const out = new Map<string, { dims: readonly string[]; cells: { before: Cell[]; after: Cell[] } }>();
  evaluated.forEach((cells, i) => {
    for (const c of cells.values()) {
      const id = c.dims.join('\u0001');
      let entry = out.get(id);
      if (!entry) {
        const none = (k: number): Cell[] => evaluated.map(() => ({ k, dims: c.dims, value: null, sample: 0 }));
        out.set(id, (entry = { dims: c.dims, cells: { before: none(BEFORE), after: none(AFTER) } }));
      }
      (c.k === AFTER ? entry.cells.after : entry.cells.before)[i] = c;
    }
  });
  return out;
}

/** What a split's numbers are, whatever its groups are called: two dimensions with the same one group the same. */
function signatureOf(groups: GroupCells): string {
  const rows = [...groups.values()].map(({ dims, cells }) =>
    JSON.stringify([dims, [...cells.before, ...cells.after].map((c) => [c.value, c.sample])]),
  );
  return rows.sort().join('\n');
}

/**
 * One measure of a ratio as a KPI of its own (a sum or count, 0 over no rows), so the evaluator
 * runs it per group as it runs any KPI. Its id cannot clash with a catalog id (those have no dot).
 */
function measureKpi(kpi: KpiDef & { type: 'ratio' }, part: 'numerator' | 'denominator', measure: Measure): KpiDef {
  return {
    id: `${kpi.id}.${part}`,
    name: `${kpi.name}: ${part}`,
    area: kpi.area,
    aliases: [],
    unit: kpi.unit,
    better: kpi.better,
    definition: kpi.definition,
    formula: kpi.formula,
    dimensions: kpi.dimensions,
    type: 'simple',
    measure,
    empty: 'zero',
    file: kpi.file,
    tables: kpi.tables,
  };
}

/** A period as `Engine.ask` describes it: its dates, its fiscal name, and the instant it is read to. */
function describe(p: Period): ResolvedPeriod {
  const asOf = p.asOf === undefined ? {} : { asOf: new Date(p.asOf).toISOString() };
  return { label: p.label, start: p.startDate, end: p.endDate, timezone: p.timezone, fiscal: p.fiscal, ...asOf };
}

function measuresOf(kpi: KpiDef): readonly Measure[] {
  switch (kpi.type) {
    case 'simple':
    case 'stock':
      return [kpi.measure];
    case 'ratio':
      return [kpi.numerator, kpi.denominator];
    case 'derived':
      return [];
  }
}

function omit(filters: Filters, dims: readonly Dimension[]): Filters {
  return Object.fromEntries(Object.entries(filters).filter(([d]) => !dims.includes(d as Dimension)));
}
