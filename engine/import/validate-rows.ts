import type { SqlValue } from '../store/store.js';
import type { TableDef } from '../schema/tables.js';
import { CellError, cellParser, type CellFormat, type CellParser } from './parse-cell.js';
import type { InstantParser } from './parse-instant.js';
import { rowRules } from './row-rules.js';
import type { CsvReader, CsvSyntaxError } from './csv-reader.js';
import type { Delimiter } from './csv-format.js';
import type { HeaderMap } from './map-header.js';
import { MAX_LISTED_PROBLEMS, type RowProblem } from './import-types.js';

/** A row that failed, kept for the side file of `--skip-invalid`. */
export interface RejectedRow {
  readonly line: number;
  readonly cells: readonly string[];
  readonly reason: string;
}

export interface Validated {
  /** Valid rows, one per key: a row repeating an earlier row's key is a problem, not a row. */
  readonly rows: SqlValue[][];
  /** Data records read, valid or not. */
  readonly read: number;
  /** The first problems found, up to MAX_LISTED_PROBLEMS. */
  readonly problems: RowProblem[];
  readonly problemCount: number;
  /** Rows with at least one problem. */
  readonly badRows: number;
  readonly rejected: RejectedRow[];
  /** Set when the file stopped being readable CSV part-way. */
  readonly syntax: CsvSyntaxError | null;
}

export interface ValidateOptions {
  readonly table: TableDef;
  readonly header: HeaderMap;
  readonly headerWidth: number;
  readonly instant: InstantParser;
  /** The file's decimal mark and date order, settled before validation (null: not known). */
  readonly format: CellFormat;
  readonly delimiter: Delimiter;
  /** Keep rejected rows' cells, for the side file. */
  readonly keepRejected: boolean;
  readonly estimatedRows: number;
  readonly onProgress?: (done: number, total: number) => void;
}

/** Progress is reported every this many rows. */
const PROGRESS_EVERY = 1000;
/** Rows validated between yields to the event loop, so timers (a progress bar) and I/O go on. */
const YIELD_EVERY = 50_000;

/** A ticket without is_complaint is not a complaint: the column is NOT NULL DEFAULT 0. */
const emptyValue = (kind: string): SqlValue => (kind === 'boolean' ? 0 : null);

/**
 * Reads every record after the header and checks it: each cell by its column's kind, then the
 * rules across columns, then that its key is not on an earlier line. Two rows with one key in
 * one file are a mistake (a copy-paste, an export run twice) that "the later row wins" would
 * hide, so the repeat is refused with both line numbers. All problems are counted (the first
 * ones kept). One pass, O(rows).
 */
export async function validateRows(reader: CsvReader, o: ValidateOptions): Promise<Validated> {
  const { table, header } = o;
  const columns = table.columns;
  const width = columns.length;
  const parsers: CellParser[] = columns.map((c) => cellParser(c, o.instant, o.format));
  const empties = columns.map((c) => emptyValue(c.kind));
  const fieldOf = header.fieldOf;
  const rules = rowRules(table);
  const keyAt = table.key.map((k) => columns.findIndex((c) => c.name === k));
  const singleKey = keyAt.length === 1 ? (keyAt[0] ?? 0) : -1;

  const rows: SqlValue[][] = [];
  /** The line each key was first seen on, valid row or not: a key is given once per file. */
  const lineOfKey = new Map<string, number>();
  const problems: RowProblem[] = [];
  const rejected: RejectedRow[] = [];
  let problemCount = 0;
  let badRows = 0;
  let read = 0;
  let total = o.estimatedRows;

  const report = (line: number, column: string | null, reason: string): void => {
    problemCount++;
    if (problems.length < MAX_LISTED_PROBLEMS) problems.push({ line, column, reason });
  };

  const separator = o.delimiter === ',' ? 'a comma' : o.delimiter === '\t' ? 'a tab' : `a '${o.delimiter}'`;
  for (let cells = reader.next(); cells !== null; cells = reader.next()) {
    const line = reader.line;
    // Spreadsheets leave rows of bare commas below the data: they are blank, not invalid.
    if (isBlank(cells)) continue;
    read++;
    let reasons: string[] | null = null;

    if (cells.length !== o.headerWidth) {
      const reason = `has ${cells.length} field(s) but the header has ${o.headerWidth} (a value with ${separator} needs "quotes")`;
      report(line, null, reason);
      reasons = [reason];
    } else {
      const values: SqlValue[] = new Array<SqlValue>(width);
      for (let c = 0; c < width; c++) {
        const field = fieldOf[c] ?? -1;
        const text = field < 0 ? '' : (cells[field] ?? '').trim();
        const column = columns[c];
        if (column === undefined) continue;
        if (text === '') {
          values[c] = empties[c] ?? null;
          if (column.required) {
            report(line, column.name, 'required, but empty');
            (reasons ??= []).push(`${column.name}: required, but empty`);
          }
          continue;
        }
        const value = (parsers[c] as CellParser)(text);
        if (value instanceof CellError) {
          values[c] = null;
          report(line, column.name, value.reason);
          (reasons ??= []).push(`${column.name}: ${value.reason}`);
        } else values[c] = value;
      }
      // Cross-column rules also run on a row with a bad cell (that cell reads as empty), so that
      // one pass over the file finds every problem.
      const broken = rules(values);
      if (broken !== null) {
        for (const p of broken) {
          report(line, p.column, p.reason);
          (reasons ??= []).push(`${p.column}: ${p.reason}`);
        }
      }
      // A key cell that did not parse is already a problem; it names no row to compare.
      if (keyAt.every((k) => values[k] !== null && values[k] !== undefined)) {
        const key = singleKey >= 0 ? String(values[singleKey]) : keyAt.map((k) => String(values[k])).join('\u0000');
        const earlier = lineOfKey.get(key);
        if (earlier === undefined) lineOfKey.set(key, line);
        else {
          const reason = `${keyText(table, keyAt, values)} is already on line ${earlier}`;
          report(line, null, reason);
          (reasons ??= []).push(reason);
        }
      }
      if (reasons === null) rows.push(values);
    }
    if (reasons !== null) {
      badRows++;
      if (o.keepRejected) rejected.push({ line, cells, reason: reasons.join('; ') });
    }

    if (read % PROGRESS_EVERY === 0) {
      if (read > total) total = read;
      o.onProgress?.(read, total);
    }
    if (read % YIELD_EVERY === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  // The last event is exact; the estimate may have been off (quoted line breaks, blank lines).
  if (read % PROGRESS_EVERY !== 0 || total !== read) o.onProgress?.(read, read);

  return { rows, read, problems, problemCount, badRows, rejected, syntax: reader.error };
}

/** `order_id O-12`, or `day 2026-01-01 with channel organic` for a key of several columns. */
function keyText(table: TableDef, keyAt: readonly number[], values: readonly SqlValue[]): string {
  return keyAt.map((k) => `${table.columns[k]?.name ?? ''} ${String(values[k])}`).join(' with ');
}

function isBlank(cells: readonly string[]): boolean {
  for (const cell of cells) if (cell.trim() !== '') return false;
  return true;
}
