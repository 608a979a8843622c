/**
 * What differs between SQL backends, kept to the few spots the engine needs. Instants are
 * stored as integer epoch milliseconds and calendar days as ISO text in every backend, so time
 * bucketing is done by boundaries the engine computes (in the workspace time zone) and bound as
 * parameters; no backend date function is ever needed.
 */
export interface Dialect {
  readonly name: 'sqlite' | 'postgres';
  /** Placeholder for the i-th (0-based) bound parameter. */
  param(index: number): string;
  /** A typed placeholder inside a VALUES list, where some backends cannot infer the type. */
  typedParam(index: number, type: 'text' | 'integer'): string;
  /** Hours between two stored instants, as a floating-point SQL expression. */
  hoursBetween(from: string, to: string): string;
  /** `INSERT ... ON CONFLICT (key) DO UPDATE` for one multi-row batch. */
  upsert(table: string, columns: readonly string[], key: readonly string[], rows: number): string;
  /** The largest number of bound parameters one statement may carry. */
  readonly maxParams: number;
  /** Statements refreshing the planner's statistics of `tables` after a bulk write, so it keeps choosing the covering indexes. */
  analyze(tables: readonly string[]): string;
}
