import type { Catalog, KpiDef } from '../catalog/catalog.js';
import type { Measure } from '../catalog/kpi-schema.js';
import type { Workspace } from '../config.js';
import type { Statement, Store } from '../store/store.js';
import type { Dimension } from '../schema/tables.js';
import { compileMeasure, type MeasureRow } from './compile-measure.js';
import { previousSlices, slicesSignature, type Slice } from './slice.js';

/** The value of a KPI in one slice and one group of a breakdown. */
export interface Cell {
  /** Index of the slice. */
  readonly k: number;
  /** Values of the breakdown dimensions, in order. */
  readonly dims: readonly string[];
  readonly value: number | null;
  readonly sample: number | null;
}
export type Cells = ReadonlyMap<string, Cell>;

export const cellKey = (k: number, dims: readonly string[]): string => [k, ...dims].join('\u0001');

type Filters = Readonly<Partial<Record<Dimension, readonly string[]>>>;

/** Settings a derived formula may name, beside KPI ids and `days`. */
export const FORMULA_SETTINGS = ['support_cost_per_ticket'] as const;

/**
 * Evaluates KPIs over slices and breakdown groups, per their type. One evaluator serves one
 * question, so the inputs of derived KPIs (clv needs revenue, margins, churn, ...) are computed
 * once even when several formulas share them.
 */
export class KpiEvaluator {
  private readonly memo = new Map<string, Promise<Cells>>();
  /** Every statement run, in order, for `explain`. */
  readonly statements: Statement[] = [];

  constructor(
    private readonly store: Store,
    private readonly catalog: Catalog,
    private readonly workspace: Workspace,
  ) {}

  evaluate(kpi: KpiDef, slices: readonly Slice[], by: readonly Dimension[], filters: Filters): Promise<Cells> {
    const memoKey = [kpi.id, slicesSignature(slices), by.join(','), JSON.stringify(filters)].join('|');
    let cells = this.memo.get(memoKey);
    if (!cells) {
      cells = this.compute(kpi, slices, by, filters);
      this.memo.set(memoKey, cells);
    }
    return cells;
  }

  private async compute(kpi: KpiDef, slices: readonly Slice[], by: readonly Dimension[], filters: Filters): Promise<Cells> {
    switch (kpi.type) {
      case 'simple': {
        const rows = await this.runMeasure(kpi.measure, undefined, slices, by, filters);
        const empty = kpi.empty === 'zero' ? 0 : null;
        return fill(slices, by, rows.map((r) => toCell(r, by, r.value ?? empty, r.n)), empty);
      }
      case 'stock': {
        const rows = await this.runMeasure(kpi.measure, kpi.at, slices, by, filters);
        // A stock over no rows is nothing held: zero customers, zero receivables.
        return fill(slices, by, rows.map((r) => toCell(r, by, r.value ?? 0, r.n)), 0);
      }
      case 'ratio': {
        // A denominator whole across a dimension is read without its breakdown and filters, so
        // every group of it divides by the same whole.
        const whole: readonly Dimension[] = kpi.denominator.whole_across ?? [];
        const denBy = by.filter((d) => !whole.includes(d));
        const denFilters = Object.fromEntries(Object.entries(filters).filter(([d]) => !whole.includes(d as Dimension)));
        const [num, den] = await Promise.all([
          this.runMeasure(kpi.numerator, undefined, slices, by, filters),
          this.runMeasure(kpi.denominator, undefined, slices, denBy, denFilters),
        ]);
        if (denBy.length < by.length) return fill(slices, by, shareCells(kpi, by, denBy, num, den), null);
        const numerators = new Map(num.map((r) => [cellKey(r.k, dimsOf(r, by)), r.value]));
        const cells = den.map((r) => {
          // An absent numerator over a real denominator is zero.
          const numerator = numerators.get(cellKey(r.k, dimsOf(r, by))) ?? 0;
          return ratioCell(kpi, r.k, dimsOf(r, by), numerator, r);
        });
        const seen = new Set(cells.map((c) => cellKey(c.k, c.dims)));
        for (const r of num) {
          const dims = dimsOf(r, by);
          if (!seen.has(cellKey(r.k, dims))) cells.push({ k: r.k, dims, value: null, sample: 0 });
        }
        return fill(slices, by, cells, null);
      }
      case 'derived':
        return this.computeDerived(kpi, slices, by, filters);
    }
  }

  private async computeDerived(
    kpi: KpiDef & { type: 'derived' },
    slices: readonly Slice[],
    by: readonly Dimension[],
    filters: Filters,
  ): Promise<Cells> {
    const formula = kpi.compiled;
    if (!formula) throw new Error(`derived KPI ${kpi.id} has no compiled formula`);
    // A derived KPI has no channel column of its own: `channel` is the customer's acquisition channel.
    const inputBy = by.map(ownless);
    const inputFilters = Object.fromEntries(Object.entries(filters).map(([d, v]) => [ownless(d as Dimension), v]));
    const prevSlices = formula.previous.length > 0 ? previousSlices(slices) : [];
    const inputIds = formula.variables.filter((v) => this.catalog.get(v));
    const sampleId = kpi.sample_from;
    const ids = [...new Set(sampleId ? [...inputIds, sampleId] : inputIds)];
    const current = new Map<string, Cells>();
    const previous = new Map<string, Cells>();
    await Promise.all([
      ...ids.map(async (id) => current.set(id, await this.evaluate(this.input(id), slices, inputBy, inputFilters))),
      ...formula.previous.map(async (id) =>
        previous.set(id, await this.evaluate(this.input(id), prevSlices, inputBy, inputFilters)),
      ),
    ]);
    const keys = new Map<string, { k: number; dims: readonly string[] }>();
    for (const cells of [...current.values(), ...previous.values()]) {
      for (const [key, c] of cells) keys.set(key, { k: c.k, dims: c.dims });
    }
    const cells: Cell[] = [];
    for (const [key, { k, dims }] of keys) {
      const slice = slices[k];
      if (!slice) continue;
      const value = formula.evaluate((name, isPrevious) => {
        if (isPrevious) return valueAt(previous.get(name), key, this.input(name));
        if (name === 'days') return slice.current.days;
        if ((FORMULA_SETTINGS as readonly string[]).includes(name)) {
          return this.workspace[name as (typeof FORMULA_SETTINGS)[number]];
        }
        return valueAt(current.get(name), key, this.input(name));
      });
      const sample = sampleId ? (current.get(sampleId)?.get(key)?.sample ?? null) : null;
      cells.push({ k, dims, value, sample });
    }
    return fill(slices, by, cells, null);
  }

  private input(id: string): KpiDef {
    const def = this.catalog.get(id);
    if (!def) throw new Error(`unknown KPI ${id} in a formula that passed validation`);
    return def;
  }

  private async runMeasure(
    measure: Measure,
    at: 'start' | 'end' | undefined,
    slices: readonly Slice[],
    by: readonly Dimension[],
    filters: Filters,
  ): Promise<MeasureRow[]> {
    const statement = compileMeasure({ measure, ...(at ? { at } : {}), slices, by, filters }, this.store.dialect);
    this.statements.push(statement);
    return this.store.all<MeasureRow>(statement.sql, statement.params);
  }
}

/** `channel` and `source` name the acquisition channel when a KPI has no channel column of its own. */
function ownless(dim: Dimension): Dimension {
  return dim === 'channel' || dim === 'source' ? 'acquisition_channel' : dim;
}

function dimsOf(row: MeasureRow, by: readonly Dimension[]): string[] {
  return by.map((_, i) => String(row[`d${i}`]));
}

function toCell(row: MeasureRow, by: readonly Dimension[], value: number | null, sample: number): Cell {
  return { k: row.k, dims: dimsOf(row, by), value, sample };
}

/** One group of a ratio: an empty or zero denominator has no value. */
function ratioCell(kpi: KpiDef & { type: 'ratio' }, k: number, dims: readonly string[], numerator: number, den: MeasureRow | undefined): Cell {
  const denominator = den?.value ?? null;
  const value = denominator === null || denominator === 0 ? null : (numerator / denominator) * kpi.scale;
  return { k, dims, value, sample: kpi.sample === 'denominator' ? (denominator ?? 0) : (den?.n ?? 0) };
}

/**
 * A ratio broken down by a dimension its denominator is whole across: each group over the whole
 * of its slice (and of its values of the other dimensions), so the groups are shares of that
 * whole. The groups are the numerator's, since the whole has none of its own; a group without
 * rows in a slice whose whole has some is 0 there, as an absent numerator is.
 */
function shareCells(kpi: KpiDef & { type: 'ratio' }, by: readonly Dimension[], denBy: readonly Dimension[], num: readonly MeasureRow[], den: readonly MeasureRow[]): Cell[] {
  const wholeDimsOf = (dims: readonly string[]): string[] => by.flatMap((d, i) => (denBy.includes(d) ? [dims[i] ?? ''] : []));
  const numerators = new Map(num.map((r) => [cellKey(r.k, dimsOf(r, by)), r.value]));
  const groups = new Map(num.map((r) => [dimsOf(r, by).join('\u0001'), dimsOf(r, by)]));
  const cells: Cell[] = [];
  for (const whole of den) {
    const wholeKey = dimsOf(whole, denBy).join('\u0001');
    for (const dims of groups.values()) {
      if (wholeDimsOf(dims).join('\u0001') !== wholeKey) continue;
      cells.push(ratioCell(kpi, whole.k, dims, numerators.get(cellKey(whole.k, dims)) ?? 0, whole));
    }
  }
  return cells;
}

/** The value of an input KPI for a group it has no row for: what an empty aggregate means for it. */
function valueAt(cells: Cells | undefined, key: string, kpi: KpiDef): number | null {
  const cell = cells?.get(key);
  return cell ? cell.value : emptyValueOf(kpi);
}

/**
 * What a KPI is over no records: zero for counts, sums and stocks, no value for averages, ratios
 * and formulas (an empty denominator has no value).
 */
export function emptyValueOf(kpi: KpiDef): number | null {
  switch (kpi.type) {
    case 'simple':
      return kpi.empty === 'zero' ? 0 : null;
    case 'stock':
      return 0;
    case 'ratio':
    case 'derived':
      return null;
  }
}

/**
 * `cells` of one period, with an empty cell in each of its `slices` for every group that only
 * `other` (the compared period) has: a breakdown with a comparison lists the groups of both
 * periods, as `fill` does for the slices of one.
 */
export function withGroupsOf(cells: Cells, other: Cells, slices: number, kpi: KpiDef): Cells {
  const out = new Map(cells);
  const empty = emptyValueOf(kpi);
  const groups = new Map([...other.values()].map((c) => [c.dims.join('\u0001'), c.dims]));
  for (const dims of groups.values()) {
    for (let k = 0; k < slices; k++) {
      const key = cellKey(k, dims);
      if (!out.has(key)) out.set(key, { k, dims, value: empty, sample: 0 });
    }
  }
  return out;
}

/**
 * Every slice gets a cell for every group seen in any slice, so a time series has no holes and
 * a group that vanished in one month still shows there (as zero or no value).
 */
function fill(slices: readonly Slice[], by: readonly Dimension[], cells: readonly Cell[], empty: number | null): Cells {
  const out = new Map<string, Cell>();
  const groups = new Map<string, readonly string[]>();
  for (const c of cells) {
    out.set(cellKey(c.k, c.dims), c);
    groups.set(c.dims.join('\u0001'), c.dims);
  }
  if (by.length === 0) groups.set('', []);
  for (let k = 0; k < slices.length; k++) {
    for (const dims of groups.values()) {
      const key = cellKey(k, dims);
      if (!out.has(key)) out.set(key, { k, dims, value: empty, sample: 0 });
    }
  }
  return out;
}
