import type { Measure } from '../catalog/kpi-schema.js';
import type { Dialect } from '../store/dialect.js';
import type { SqlValue, Statement } from '../store/store.js';
import type { PeriodBounds } from '../time/period.js';
import { TABLES, columnOf, dimensionSource, type Dimension } from '../schema/tables.js';

/** Where each slice of a query starts and ends, and the window just before it (for `window: previous`). */
export interface SliceBounds {
  readonly current: PeriodBounds;
  readonly previous: PeriodBounds;
}

/** The text every row without a value of a dimension is grouped and filtered under. */
export const NONE_GROUP = '(none)';

/**
 * Placeholders a KPI file's SQL may use, and the column of the slice table `b` each stands for.
 * `{at}` is added for stock measures.
 */
export const PLACEHOLDERS: Readonly<Record<string, string>> = {
  start: 'b.s',
  end: 'b.e',
  start_day: 'b.sd',
  end_day: 'b.ed',
  start_month: 'b.sm',
  end_month: 'b.em',
};

const PLACEHOLDER = /\{([a-z_]+)\}/g;

/** Placeholder names used in a fragment, for validation. */
export function placeholdersIn(fragment: string): string[] {
  return [...fragment.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '');
}

export interface MeasurePlan {
  readonly measure: Measure;
  /** Set for stock measures: the instant `{at}` stands for. */
  readonly at?: 'start' | 'end';
  readonly slices: readonly SliceBounds[];
  /** Non-time breakdown dimensions, in order; output columns d0, d1. */
  readonly by: readonly Dimension[];
  readonly filters: Readonly<Partial<Record<Dimension, readonly string[]>>>;
}

/** One output row: slice index `k`, dimension values `d0`/`d1`, the aggregate and the row count. */
export interface MeasureRow {
  readonly k: number;
  readonly d0?: string;
  readonly d1?: string;
  readonly value: number | null;
  readonly n: number;
  [column: string]: string | number | null | undefined;
}

/**
 * Compiles one measure to a parameterised statement. The slices are bound as a VALUES table `b`
 * (one row per slice), so one statement answers a whole time breakdown, and time zones and DST
 * live only in the bounds the engine computed. Names in the SQL come from the catalog and the
 * table metadata; every value (bounds, filter values) is a bound parameter.
 */
export function compileMeasure(plan: MeasurePlan, dialect: Dialect): Statement {
  const { measure } = plan;
  const table = TABLES[measure.table];
  const params: SqlValue[] = [];
  const bind = (value: SqlValue, type?: 'text' | 'integer'): string => {
    params.push(value);
    return type ? dialect.typedParam(params.length - 1, type) : dialect.param(params.length - 1);
  };

  const rows = plan.slices.map((slice, k) => {
    const c = slice.current;
    const p = slice.previous;
    return `(${[
      bind(k, 'integer'),
      bind(c.startMs, 'integer'),
      bind(c.endMs, 'integer'),
      bind(c.startDate, 'text'),
      bind(c.endDate, 'text'),
      bind(c.startMonth, 'text'),
      bind(c.endMonth, 'text'),
      bind(p.startMs, 'integer'),
      bind(p.startDate, 'text'),
      bind(p.startMonth, 'text'),
    ].join(', ')})`;
  });

  const placeholders: Record<string, string> = { ...PLACEHOLDERS };
  if (plan.at) placeholders['at'] = plan.at === 'start' ? 'b.s' : 'b.e';
  const fill = (fragment: string): string =>
    fragment.replace(PLACEHOLDER, (whole, name: string) => {
      const column = placeholders[name];
      if (column === undefined) throw new Error(`unknown placeholder ${whole}`);
      return column;
    });

  let joinsCustomer = false;
  const dimExpr = (dim: Dimension): string => {
    const source = dimensionSource(measure.table, dim);
    if (!source) throw new Error(`dimension ${dim} does not apply to table ${measure.table}`);
    if (source.kind === 'customer') joinsCustomer = true;
    const alias = source.kind === 'own' ? 't' : 'c';
    return `COALESCE(${alias}.${source.column}, '${NONE_GROUP}')`;
  };

  const conditions: string[] = [];
  if (measure.time !== undefined) conditions.push(timeCondition(measure.table, measure.time, measure.window));
  if (measure.where !== undefined) conditions.push(`(${fill(measure.where)})`);
  for (const [dim, condition] of Object.entries(measure.default_where ?? {}) as [Dimension, string | undefined][]) {
    // A question that picks values of the dimension has said which rows it means.
    const picked = plan.by.includes(dim) || (plan.filters[dim]?.length ?? 0) > 0;
    if (condition !== undefined && !picked) conditions.push(`(${fill(condition)})`);
  }
  const dimColumns = plan.by.map((dim, i) => `${dimExpr(dim)} AS d${i}`);
  for (const [dim, values] of Object.entries(plan.filters) as [Dimension, readonly string[]][]) {
    if (values.length === 0) continue;
    conditions.push(`${dimExpr(dim)} IN (${values.map((v) => bind(v)).join(', ')})`);
  }

  const groupBy = ['b.k', ...plan.by.map((_, i) => `d${i}`)];
  const sql = [
    `WITH b (k, s, e, sd, ed, sm, em, ps, psd, psm) AS (VALUES ${rows.join(', ')})`,
    `SELECT ${['b.k AS k', ...dimColumns, `(${fill(measure.select)}) AS value`, 'count(*) AS n'].join(', ')}`,
    // The slice table leads the join so that each slice becomes one index range scan.
    `FROM b CROSS JOIN ${table.name} t`,
    ...(joinsCustomer ? ['LEFT JOIN customers c ON c.customer_id = t.customer_id'] : []),
    ...(conditions.length > 0 ? [`WHERE ${conditions.join(' AND ')}`] : []),
    `GROUP BY ${groupBy.join(', ')}`,
  ].join('\n');
  return { sql, params };
}

function timeCondition(tableName: Measure['table'], column: string, window: Measure['window']): string {
  const def = columnOf(tableName, column);
  if (!def) throw new Error(`table ${tableName} has no column ${column}`);
  const [from, to] = (() => {
    switch (def.kind) {
      case 'instant':
        return window === 'previous' ? ['b.ps', 'b.s'] : ['b.s', 'b.e'];
      case 'date':
        return window === 'previous' ? ['b.psd', 'b.sd'] : ['b.sd', 'b.ed'];
      case 'month':
        return window === 'previous' ? ['b.psm', 'b.sm'] : ['b.sm', 'b.em'];
      default:
        throw new Error(`column ${tableName}.${column} is not a time column`);
    }
  })();
  return `t.${column} >= ${from} AND t.${column} < ${to}`;
}
