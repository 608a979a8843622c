import type { TableDef } from '../schema/tables.js';
import type { RowProblem } from './import-types.js';

export interface HeaderMap {
  /** For each of the table's columns, in order, its field index in the file, or -1 when absent. */
  readonly fieldOf: readonly number[];
  readonly warnings: readonly string[];
}

/**
 * Matches the header row to the table's columns by name (trimmed, any case, any order).
 * A missing required column rejects the file; a missing optional one is left empty, and a
 * column the table does not have is ignored; both with a warning.
 */
export function mapHeader(
  table: TableDef,
  header: readonly string[],
  line: number,
): { readonly ok: true; readonly value: HeaderMap } | { readonly ok: false; readonly problems: readonly RowProblem[] } {
  const names = header.map((h) => h.trim().toLowerCase());
  const known = new Set(table.columns.map((c) => c.name));
  const expected = table.columns.map((c) => (c.required ? c.name : `${c.name} (optional)`)).join(', ');

  if (!names.some((n) => known.has(n))) {
    // Not a header at all: say what is wrong with the file rather than list every column.
    const first = header.join(',');
    const separator = [';', '\t', '|'].find((s) => header.length === 1 && first.includes(s));
    const reason = separator
      ? `the header is separated by ${separator === '\t' ? 'tabs' : `'${separator}'`}; kpibot reads comma-separated files (columns of ${table.name}: ${expected})`
      : `line ${line} should be the header row naming the columns of ${table.name} (${expected}); it reads '${first.length > 80 ? `${first.slice(0, 80)}…` : first}'`;
    return { ok: false, problems: [{ line, column: null, reason }] };
  }

  const problems: RowProblem[] = [];
  const seen = new Map<string, number>();
  names.forEach((n, i) => {
    if (!known.has(n)) return;
    if (seen.has(n)) problems.push({ line, column: n, reason: `the header names ${n} twice (fields ${(seen.get(n) ?? 0) + 1} and ${i + 1})` });
    else seen.set(n, i);
  });
  const missing = table.columns.filter((c) => !seen.has(c.name));
  for (const c of missing.filter((c) => c.required)) {
    problems.push({ line, column: c.name, reason: `the header has no ${c.name} column, which ${table.name} requires (columns: ${expected})` });
  }
  if (problems.length > 0) return { ok: false, problems };

  const warnings: string[] = [];
  const extra = names.flatMap((n, i) => (known.has(n) ? [] : [n === '' ? `(unnamed field ${i + 1})` : n]));
  if (extra.length > 0) warnings.push(`ignored columns not in ${table.name}: ${extra.join(', ')}`);
  if (missing.length > 0) warnings.push(`columns not in the file are left empty: ${missing.map((c) => c.name).join(', ')}`);
  return { ok: true, value: { fieldOf: table.columns.map((c) => seen.get(c.name) ?? -1), warnings } };
}
