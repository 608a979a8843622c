import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import type { SqlValue, Store } from '../store/store.js';
import { TABLES, type ColumnDef } from '../schema/tables.js';
import { insertRows } from '../store/insert-rows.js';
import { parseCell } from './parse-cell.js';
import { rowRules } from './row-rules.js';
import type { ImportOptions, ImportOutcome, RowProblem } from './import-types.js';

/** Progress is reported every this many rows. */
const PROGRESS_EVERY = 5000;

interface ParsedRecord {
  readonly record: string[];
  readonly line: number;
}

interface Rejected {
  readonly line: number;
  readonly cells: readonly string[];
  readonly reasons: string[];
}

/**
 * Imports a CSV file into one canonical table, all or nothing: every row is validated before
 * anything is written, and the valid rows are upserted in one transaction. With `skipInvalid`,
 * the valid rows are written and the others go, with their reasons, to a side file.
 */
export async function importCsv(store: Store, options: ImportOptions): Promise<ImportOutcome> {
  const table = TABLES[options.table];
  let text: string;
  try {
    text = readFileSync(options.file, 'utf8');
  } catch (e) {
    return { ok: false, read: 0, problems: [{ line: 0, column: null, reason: `cannot read the file: ${(e as Error).message}` }] };
  }
  const parsed = parseRecords(text);
  if (!parsed.ok) return { ok: false, read: 0, problems: [parsed.problem] };
  const [header, ...records] = parsed.records;
  if (!header) return { ok: false, read: 0, problems: [{ line: 1, column: null, reason: 'the file is empty: a header row is required' }] };

  // Map the file's columns to the table's, by name, in any order.
  const names = header.record.map((h) => h.trim().toLowerCase());
  const warnings: string[] = [];
  const problems: RowProblem[] = [];
  const indexOf = new Map<string, number>();
  names.forEach((n, i) => {
    if (indexOf.has(n)) problems.push({ line: 1, column: n, reason: `column ${n} appears twice in the header` });
    else indexOf.set(n, i);
  });
  const extra = names.filter((n) => !table.columns.some((c) => c.name === n));
  if (extra.length > 0) warnings.push(`ignored columns not in ${table.name}: ${extra.join(', ')}`);
  const missing = table.columns.filter((c) => !indexOf.has(c.name));
  for (const c of missing.filter((c) => c.required)) {
    problems.push({ line: 1, column: c.name, reason: `the header has no ${c.name} column, which ${table.name} requires (columns: ${table.columns.map((x) => x.name).join(', ')})` });
  }
  if (problems.length > 0) return { ok: false, read: records.length, problems };
  const optionalMissing = missing.map((c) => c.name);
  if (optionalMissing.length > 0) warnings.push(`columns not in the file are left empty: ${optionalMissing.join(', ')}`);

  const columns = table.columns.map((c) => c.name);
  const byKey = new Map<string, SqlValue[]>();
  const rejected: Rejected[] = [];
  let duplicates = 0;
  records.forEach(({ record, line }, i) => {
    const reasons: RowProblem[] = [];
    const values: Record<string, SqlValue> = {};
    for (const column of table.columns) {
      const at = indexOf.get(column.name);
      const result = parseCell(column, at === undefined ? '' : (record[at] ?? ''), options.timezone);
      if (result.ok) values[column.name] = defaultFor(column, result.value);
      else reasons.push({ line, column: column.name, reason: result.reason });
    }
    if (reasons.length === 0) {
      for (const p of rowRules(table.name, values)) reasons.push({ line, column: p.column, reason: p.reason });
    }
    if (reasons.length > 0) {
      problems.push(...reasons);
      rejected.push({ line, cells: record, reasons: reasons.map((r) => `${r.column}: ${r.reason}`) });
    } else {
      const key = table.key.map((k) => String(values[k])).join('\u0001');
      if (byKey.has(key)) duplicates++;
      byKey.set(key, columns.map((c) => values[c] ?? null));
    }
    if ((i + 1) % PROGRESS_EVERY === 0 || i + 1 === records.length) {
      options.onProgress?.({ phase: 'validate', done: i + 1, total: records.length });
    }
  });

  if (problems.length > 0 && !options.skipInvalid) return { ok: false, read: records.length, problems };

  const rows = [...byKey.values()];
  const inserted = await store.transaction(async (tx) => {
    const count = async (): Promise<number> => (await tx.get<{ n: number }>(`SELECT count(*) AS n FROM ${table.name}`))?.n ?? 0;
    const before = await count();
    await insertRows(tx, { table: table.name, columns, rows }, (done, total) => options.onProgress?.({ phase: 'write', done, total }));
    return (await count()) - before;
  });

  let rejectsFile: string | undefined;
  if (rejected.length > 0) {
    rejectsFile = options.rejectsFile ?? `${options.file}.rejected.csv`;
    writeFileSync(rejectsFile, stringify([[...header.record, 'line', 'reason'], ...rejected.map((r) => [...r.cells, String(r.line), r.reasons.join('; ')])]));
  }
  return {
    ok: true,
    summary: {
      table: table.name,
      read: records.length,
      inserted,
      // Rows whose key was already in the table, plus rows that repeated a key earlier in the file.
      replaced: rows.length - inserted + duplicates,
      rejected: rejected.length,
      ...(rejectsFile ? { rejectsFile } : {}),
      warnings,
    },
  };
}

/** A ticket without is_complaint is not a complaint: the column is NOT NULL in every backend. */
function defaultFor(column: ColumnDef, value: SqlValue): SqlValue {
  return value === null && column.kind === 'boolean' ? 0 : value;
}

function parseRecords(text: string): { ok: true; records: ParsedRecord[] } | { ok: false; problem: RowProblem } {
  try {
    // With `info` and `raw`, csv-parse returns objects, which its sync typings do not express.
    const out = parse(text, { bom: true, info: true, raw: true, skip_empty_lines: true, relax_column_count: false }) as unknown as {
      record: string[];
      info: { lines: number };
      raw: string;
    }[];
    return { ok: true, records: out.map((r) => ({ record: r.record, line: startLine(r.info.lines, r.raw) })) };
  } catch (e) {
    const err = e as Error & { lines?: number };
    return { ok: false, problem: { line: err.lines ?? 0, column: null, reason: `not a valid CSV file: ${err.message}` } };
  }
}

/**
 * csv-parse counts lines to the end of a record; a quoted field may span lines, and skipped empty
 * lines come before the record in its raw text. The line people look for is where it starts.
 */
function startLine(endLine: number, raw: string): number {
  const content = raw.replace(/(\r\n|\n|\r)$/, '').replace(/^(\r\n|\n|\r)+/, '');
  return endLine - (content.match(/\r\n|\n|\r/g)?.length ?? 0);
}
