/**
 * The honesty check: the hand-written SQL must give the engine's numbers. Both sides become the
 * same flat rows, one per (period, group), and are compared value by value.
 */
import type { KpiResult } from '../engine/query/query.js';

export interface ValueRow {
  /** 'cur' for the asked period, 'cmp' for the one it is compared with. */
  readonly p: string;
  /** '*' for the whole, else the group's dimension values joined by '|' in `by` order. */
  readonly k: string;
  readonly v: number | null;
}

/** Floats summed in another order differ in the last bits, never more. */
const RELATIVE_TOLERANCE = 1e-9;

/** The engine's answer as value rows: the whole, each group, and each one's comparison. */
export function engineRows(r: KpiResult): ValueRow[] {
  const rows: ValueRow[] = [{ p: 'cur', k: '*', v: r.value }];
  if (r.compare) rows.push({ p: 'cmp', k: '*', v: r.compare.value });
  for (const g of r.groups ?? []) {
    const k = r.by.map((axis) => g.key[axis] ?? '').join('|');
    rows.push({ p: 'cur', k, v: g.value });
    if (g.compare) rows.push({ p: 'cmp', k, v: g.compare.value });
  }
  return rows;
}

export function sameNumber(a: number, b: number): boolean {
  if (a === b) return true;
  return Math.abs(a - b) <= RELATIVE_TOLERANCE * Math.max(Math.abs(a), Math.abs(b));
}

/**
 * What differs between the engine's rows and the raw SQL's, as lines for a person. A group the
 * raw SQL has no row for is taken as empty: the engine fills empty buckets (a week without
 * complaints) with 0, or with no value for an average, and a GROUP BY has nothing to say there.
 * Anything else (another number, a group only one side has with a value) is a mismatch.
 */
export function mismatches(engine: readonly ValueRow[], raw: readonly ValueRow[]): string[] {
  const key = (r: ValueRow): string => `${r.p} ${r.k}`;
  const e = new Map(engine.map((r) => [key(r), r.v]));
  const w = new Map<string, number | null>();
  const out: string[] = [];
  for (const r of raw) {
    // A hand-written SQL typed loosely (a CASE yielding text) must still compare as a number.
    const v = r.v === null ? null : Number(r.v);
    if (w.has(key(r))) out.push(`${key(r)}: the raw SQL returns this row twice`);
    w.set(key(r), v);
  }
  for (const k of new Set([...e.keys(), ...w.keys()])) {
    const a = e.get(k);
    const b = w.get(k);
    const emptyA = a === undefined || a === null || (a === 0 && b === undefined);
    const emptyB = b === undefined || b === null || (b === 0 && a === undefined);
    if (a !== undefined && a !== null && b !== undefined && b !== null) {
      if (!sameNumber(a, b)) out.push(`${k}: engine ${a}, raw SQL ${b}`);
    } else if (!(emptyA && emptyB)) {
      out.push(`${k}: engine ${a === undefined ? 'no row' : String(a)}, raw SQL ${b === undefined ? 'no row' : String(b)}`);
    }
  }
  return out;
}
