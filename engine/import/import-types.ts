import type { TableName } from '../schema/tables.js';

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
    };

/** How many problems an outcome lists at most; a file of a million bad rows would otherwise hold them all. */
export const MAX_LISTED_PROBLEMS = 1000;
