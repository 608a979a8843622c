import { compileFormula, type CompiledFormula } from '../../engine/formula/restricted-formula.js';
import { err, ok, type Result } from '../../engine/result.js';
import type { BotError } from '../messages.js';
import type { Cell } from '../session/session-store.js';

/** A `calc` with its names resolved to the session's cells. */
export interface CalcPlan {
  readonly expression: string;
  readonly formula: CompiledFormula;
  /** The cell each name of the formula stands for (`cell_4` for `[4]`, `q1` for a `let`). */
  readonly cells: ReadonlyMap<string, Cell>;
  /** The KPIs behind those cells, through earlier calcs: what access rules judge. */
  readonly reads: readonly string[];
}

/**
 * Resolves the names of a `calc` expression against a session's cells. Names are matched without
 * regard to case (`let` stores them lowercased), numbered cells as `[N]`; a name that is no cell
 * is an error, never a silent "no data".
 */
export function planCalc(expression: string, cells: readonly Cell[]): Result<CalcPlan, BotError> {
  const byName = new Map<string, Cell>();
  for (const c of cells) {
    byName.set(`cell_${c.n}`, c);
    if (c.name) byName.set(c.name, c);
  }
  const cellOf = (name: string): Cell | undefined => byName.get(name.toLowerCase());
  const compiled = compileFormula(expression, { isVariable: (n) => cellOf(n) !== undefined, cellRefs: true });
  if (!compiled.ok) return err({ code: 'calc.invalid', detail: compiled.error.detail });
  const resolved = new Map<string, Cell>();
  const reads = new Set<string>();
  for (const v of compiled.value.variables) {
    const cell = cellOf(v);
    if (!cell) return err({ code: 'calc.invalid', detail: `\`${v}\` is not a cell of this conversation` });
    resolved.set(v, cell);
    for (const metric of cellReads(cell)) reads.add(metric);
  }
  return ok({ expression, formula: compiled.value, cells: resolved, reads: [...reads] });
}

/** The KPIs a cell's numbers come from. */
export function cellReads(cell: Cell): readonly string[] {
  switch (cell.command.kind) {
    case 'query':
      return cell.command.metrics;
    case 'why':
      return cell.command.query.metrics;
    case 'calc':
      return cell.command.reads;
  }
}

/** The formula's value, and each name with the cell and number it stood for (`[3] = 12`, `q1 = 40`). */
export function runCalc(plan: CalcPlan, format: (x: number | null) => string): { value: number | null; refs: string[] } {
  const valueOf = (name: string): number | null => primaryValue(plan.cells.get(name));
  const value = plan.formula.evaluate((n) => valueOf(n));
  const refs = plan.formula.variables.map((v) => {
    const cell = plan.cells.get(v);
    const label = cell?.name && !/^cell_\d+$/i.test(v) ? cell.name : `[${cell?.n ?? v}]`;
    return `${label} = ${format(valueOf(v))}`;
  });
  return { value, refs };
}

function primaryValue(cell: Cell | undefined): number | null {
  if (!cell) return null;
  const first = Object.values(cell.values)[0];
  return first ?? null;
}
