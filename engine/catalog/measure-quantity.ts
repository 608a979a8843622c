import type { Measure } from './kpi-schema.js';
import { TABLES, type TableName } from '../schema/tables.js';

/**
 * What a measure reads, in a form two KPI files can be compared by however they are written:
 * the table, the columns its aggregate adds up, and the conditions its rows meet. Case, spacing,
 * the `t.` qualifier, wrapping parentheses and which bound a placeholder names (`{start}`,
 * `{at}`) do not change what is read, so they are normalised away.
 */
export interface Quantity {
  readonly table: TableName;
  /** Columns named in the aggregate (`amount` for `sum(t.amount)`); empty for a row count. */
  readonly columns: ReadonlySet<string>;
  /** The `where`'s top-level AND-ed conditions, normalised. */
  readonly conditions: ReadonlySet<string>;
}

export function quantityOf(measure: Measure): Quantity {
  const names = new Set(TABLES[measure.table].columns.map((c) => c.name));
  const columns = new Set(wordsOutsideLiterals(measure.select).filter((w) => names.has(w)));
  // A default condition counts: an answer that picks none of its dimension's values reads those rows.
  const wheres = [measure.where, ...Object.values(measure.default_where ?? {})].filter((w): w is string => w !== undefined);
  const conditions = new Set(wheres.flatMap((w) => conjuncts(w).map(normaliseCondition)));
  return { table: measure.table, columns, conditions };
}

/**
 * Whether `measure` reads the restricted quantity `q`: it is computed from the same table's rows
 * or a subset of them (every condition of `q` holds for them), and, when `q` adds up columns,
 * from those columns. So with the completed orders' `sum(amount)` restricted, an average basket
 * (`sum(amount)` over `count(*)`) or a gross profit (`sum(amount - cost)`) reads it, while the
 * order count (`count(*)`) and buying customers (`count(DISTINCT customer_id)`) do not. A row
 * count restricted is read by any measure over those rows, since every answer shows its sample.
 */
export function readsQuantity(measure: Measure, q: Quantity): boolean {
  const m = quantityOf(measure);
  if (m.table !== q.table) return false;
  for (const c of q.conditions) if (!m.conditions.has(c)) return false;
  for (const c of q.columns) if (!m.columns.has(c)) return false;
  return true;
}

/** The text outside single-quoted SQL literals, with each literal kept whole in its place. */
function pieces(sql: string): { text: string; literal: boolean }[] {
  const out: { text: string; literal: boolean }[] = [];
  const re = /'(?:[^']|'')*'/g;
  let last = 0;
  for (const m of sql.matchAll(re)) {
    if (m.index > last) out.push({ text: sql.slice(last, m.index), literal: false });
    out.push({ text: m[0], literal: true });
    last = m.index + m[0].length;
  }
  if (last < sql.length) out.push({ text: sql.slice(last), literal: false });
  return out;
}

function wordsOutsideLiterals(sql: string): string[] {
  return pieces(sql)
    .filter((p) => !p.literal)
    .flatMap((p) => p.text.toLowerCase().match(/[a-z_][a-z0-9_]*/g) ?? []);
}

/** Splits a condition on the ANDs outside parentheses and literals. */
function conjuncts(sql: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const piece of pieces(sql)) {
    if (piece.literal) {
      current += piece.text;
      continue;
    }
    const text = piece.text;
    for (let i = 0; i < text.length; i++) {
      const c = text[i] ?? '';
      if (c === '(') depth++;
      if (c === ')') depth--;
      const atAnd = depth === 0 && /^and\b/i.test(text.slice(i)) && !/[a-z0-9_]/i.test(text[i - 1] ?? ' ');
      if (atAnd) {
        parts.push(current);
        current = '';
        i += 2;
        continue;
      }
      current += c;
    }
  }
  parts.push(current);
  return parts.filter((p) => p.trim() !== '');
}

function normaliseCondition(sql: string): string {
  let s = pieces(sql)
    .map((p) => (p.literal ? p.text : p.text.toLowerCase().replace(/\{[a-z_]+\}/g, '{t}').replace(/\bt\./g, '').replace(/\s+/g, '')))
    .join('');
  while (s.startsWith('(') && s.endsWith(')') && wraps(s)) s = s.slice(1, -1);
  return s;
}

/** Whether the first parenthesis closes at the very end, so it wraps the whole condition. */
function wraps(s: string): boolean {
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '(') depth++;
    if (s[i] === ')') depth--;
    if (depth === 0 && i < s.length - 1) return false;
  }
  return true;
}
