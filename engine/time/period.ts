/**
 * Periods are half-open `[start, end)` ranges of whole days in the workspace time zone. They are
 * kept as calendar dates plus the zone; instants are derived from those (DST-correct) when a
 * query binds them.
 */

/** How far one period of a kind reaches: `vs previous` shifts a period back by its step. */
export interface Step {
  readonly years?: number;
  readonly months?: number;
  readonly weeks?: number;
  readonly days?: number;
}

export interface Period {
  /** Canonical text of the period, as resolved (e.g. `last-quarter`, `2026-Q1`, `2026-01-01..2026-03-31`). */
  readonly label: string;
  /** First day, `YYYY-MM-DD`, in `timezone`. */
  readonly startDate: string;
  /** Day after the last day, `YYYY-MM-DD` (exclusive). */
  readonly endDate: string;
  readonly timezone: string;
  readonly step: Step;
  /**
   * Month (1-12) the year that this period's quarters and years are counted in starts in: 1 for
   * the calendar forms `2026`, `2026-Q3` and `2026-H1`, which stay calendar whatever the fiscal
   * year; the workspace's fiscal year start for every other period. A breakdown by quarter or year
   * slices along it, and the period a comparison reads is named in it, so calendar 2026-Q3 vs
   * previous is 2026-Q2, and last-quarter vs previous a fiscal quarter.
   */
  readonly yearStart: number;
  /**
   * The fiscal year or quarter that a relative keyword (`this-year`, `last-year`, `this-quarter`,
   * `last-quarter`, `ytd`, `qtd`) stands for when the fiscal year is not the calendar one:
   * `FY2027-Q1` for `last-quarter`, `FY2027` for `ytd`. The answer's echo says it is fiscal with
   * it. Null for every other period, whose label already says what it is (`FY2027`, `2026-Q3`).
   */
  readonly fiscal: string | null;
  /**
   * Set when the period is read to date: it contains this instant (epoch ms), ends with the day
   * it falls on, and no record after it counts (`this-month` on 15 December is 1-15 December up to
   * now, and `--now 09:00` hides rows from 10:00). A comparison shifts it with the period.
   */
  readonly asOf?: number;
}

/** A period with the instants and month keys a query binds. */
export interface PeriodBounds {
  readonly startMs: number;
  readonly endMs: number;
  readonly startDate: string;
  readonly endDate: string;
  /** First month (`YYYY-MM`) whose first day falls in the period; months are in it when their first day is. */
  readonly startMonth: string;
  /** First month whose first day falls on or after the end. */
  readonly endMonth: string;
  /** Calendar days in the period (23- and 25-hour days count as one). */
  readonly days: number;
}

/** The context every period is resolved in. */
export interface Clock {
  /** Now, epoch milliseconds. */
  readonly now: number;
  readonly timezone: string;
  /** Month (1-12) the fiscal year starts in. */
  readonly fiscalYearStart: number;
}

export type PeriodErrorCode = 'period.unknown' | 'period.invalid';
export interface PeriodError {
  readonly code: PeriodErrorCode;
  /** The text that could not be resolved. */
  readonly input: string;
  /** Why, in a few words, for the error table at the edge. */
  readonly detail: string;
}

/** A slice of a period for a time-grain breakdown (`by month`). */
export interface Bucket {
  /** Label of the slice: `2026-03`, `2026-W05`, `2026-Q1`/`FY2026-Q1`, `2026`/`FY2026` (as the period's `yearStart` counts), `2026-03-05`. */
  readonly key: string;
  readonly period: Period;
  /** Cut short of its whole unit by the period's ends or by today (`2026-12` on 1 December). */
  readonly partial: boolean;
}
