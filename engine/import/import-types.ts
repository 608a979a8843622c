import type { TableName } from '../schema/tables.js';
import type { DateOrder, DecimalMark, Delimiter, ImportLocale } from './csv-format.js';

export interface ImportOptions {
  readonly table: TableName;
  /** Path of the CSV file. */
  readonly file: string;
  /** Workspace time zone: dates and naive date-times in the file are read in it. */
  readonly timezone: string;
  /** Import the valid rows and write the rejected ones, with reasons, to `rejectsFile`. */
  readonly skipInvalid?: boolean;
  /** Where rejected rows go with `skipInvalid` (default: `<file>.rejected.csv`). */
  readonly rejectsFile?: string;
  /** The region whose spreadsheet CSV the file is: its delimiter, decimal mark and date order. */
  readonly locale?: ImportLocale;
  /** Each overrides the locale's; without either, the delimiter is detected from the header. */
  readonly delimiter?: Delimiter;
  /** Without a locale or this, the file's own unambiguous numbers decide, else `1.234` is refused. */
  readonly decimal?: DecimalMark;
  /** Without a locale or this, a date with a day above 12 decides, else `03/04/2026` is refused. */
  readonly dateOrder?: DateOrder;
  /** Called as rows are validated and written, for a progress bar. */
  readonly onProgress?: (event: ImportProgress) => void;
}

export interface ImportProgress {
  readonly phase: 'validate' | 'write';
  readonly done: number;
  /**
   * Rows in the phase. While validating it is estimated from the file's line count (quoted
   * line breaks and blank lines make it a little high) until the last event, which is exact.
   */
  readonly total: number;
}

/** One bad cell or line: the 1-based line number in the file, the column, and why. */
export interface RowProblem {
  /** Physical line in the file where the record starts (the header is line 1); 0 for the file as a whole. */
  readonly line: number;
  readonly column: string | null;
  readonly reason: string;
}

export interface ImportSummary {
  readonly table: TableName;
  /** Data rows read from the file (the header and blank lines are not rows). */
  readonly read: number;
  /** Rows whose key was new. */
  readonly inserted: number;
  /** Rows whose key was already in the database, and replaced the row there. */
  readonly replaced: number;
  readonly rejected: number;
  /** Set when rows were rejected under `skipInvalid`. */
  readonly rejectsFile?: string;
  /** Non-fatal notes, e.g. extra columns that were ignored. */
  readonly warnings: readonly string[];
  /** What was assumed about the file: `read as pt-PT: ';' separator, ...` or `delimiter ';' detected`. */
  readonly readAs: string;
}

/**
 * Either everything valid was written, or nothing was: `problems` lists what was found (the file
 * as a whole, such as a missing column, or each bad row), the first `MAX_LISTED_PROBLEMS` of them;
 * `problemCount` counts them all and `badRows` the rows they are on.
 */
export type ImportOutcome =
  | { readonly ok: true; readonly summary: ImportSummary }
  | {
      readonly ok: false;
      readonly problems: readonly RowProblem[];
      readonly read: number;
      readonly problemCount: number;
      readonly badRows: number;
      /** What was assumed about the file, once its delimiter is settled. */
      readonly readAs?: string;
    };

/** How many problems an outcome lists at most; a file of a million bad rows would otherwise hold them all. */
export const MAX_LISTED_PROBLEMS = 1000;
