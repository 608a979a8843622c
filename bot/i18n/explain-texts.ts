/**
 * The labels of `explain <question>` (bot/explain-question.ts) and the lines an explained why
 * shares with it. SQL, its parameters, KPI ids and formulas are code, the same in every language.
 */
export interface ExplainTexts {
  /** `KPI: churn_rate (Churn rate), L_S / S × 100`. */
  kpi(metric: string, name: string, formula: string): string;
  /** The half-open bounds a period read, and the newest record a period to date read. */
  bounds(start: string, end: string, zone: string, asOf?: string): string;
  period(described: string, bounds: string): string;
  compared(described: string, bounds?: string): string;
  /** `Breakdown: segment; filters: {"plan":["Pro"]}`; null for none. */
  breakdown(by: readonly string[], filters: string | null): string;
  /** `SQL (4 statements, values bound as parameters):`. */
  sql(statements: number): string;
  /** The word after `-- ` before a statement's parameters. */
  readonly params: string;
}
