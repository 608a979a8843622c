import type { Dimension } from '../../engine/schema/tables.js';

/** The engine's relative period words; other labels (`2026-Q3`, `FY2027`, `2026-03-01..2026-03-15`) are codes read the same in every language. */
export const RELATIVE_PERIODS = [
  'today',
  'yesterday',
  'this-week',
  'last-week',
  'this-month',
  'last-month',
  'this-quarter',
  'last-quarter',
  'this-year',
  'last-year',
  'ytd',
  'qtd',
  'mtd',
  'wtd',
] as const;
export type RelativePeriod = (typeof RELATIVE_PERIODS)[number];

export type TimeGrainName = 'day' | 'week' | 'month' | 'quarter' | 'year';

/** How a target stands, as targetText says it. */
export type TargetVerdict = 'met' | 'not-met' | 'not-met-so-far' | 'no-data';

/**
 * The words of an answer (bot/reply/answer-reply.ts): the period it read, its comparison, its
 * context lines, its table and its alt text. Numbers and dates arrive already formatted by Intl.
 */
export interface AnswerTexts {
  /** `last-quarter` as people say it (`last quarter`, `último trimestre`). */
  readonly relativePeriods: Readonly<Record<RelativePeriod, string>>;
  /** `last-30d`, `last-8w`, `last-12m`. */
  lastN(n: number, unit: 'd' | 'w' | 'm'): string;
  /** A period read to date, after its name (`this month to date`). */
  readonly toDate: string;
  /** A relative period of a fiscal year, named (`fiscal FY2027-Q1`). */
  fiscal(name: string): string;
  /** A period read to date: until what time of its last day. */
  until(time: string): string;
  /** A partial time bucket's length: `1 day`, `12 days`. */
  days(n: number): string;
  /** A breakdown's axis and a filter's dimension, as a column heading. */
  readonly dimensions: Readonly<Record<Dimension | TimeGrainName, string>>;
  /** `segment = SMB or Mid-market`. */
  filter(dimension: string, values: readonly string[]): string;
  /** After the period: ` · where segment = SMB`. */
  where(filters: readonly string[]): string;
  /** How many answers or records a survey KPI read. */
  sample(n: string): string;
  readonly smallSample: string;
  readonly noAnswers: string;
  /** The newest record read, with its zone. */
  dataThrough(when: string, zone: string): string;
  readonly noDataBeforeEnd: string;
  /** What a change is against: `vs previous 2025-Q4 (…): 30.1`. */
  versus(kind: 'previous' | 'last-year' | 'period', period: string, sameSpan: boolean, value: string): string;
  /** The table's change column. */
  readonly change: string;
  /** Under a table: `top 10 of 48`. */
  shownOf(end: 'top' | 'bottom' | 'latest', shown: number, of: number): string;
  /** Under a table: what a star means. */
  readonly starNote: string;
  target(value: string, verdict: TargetVerdict): string;
  /** Under the headline: how the question was read, in the command language. */
  readAs(reading: string): string;
  /** The chart of a breakdown, for a screen reader. */
  breakdownAlt(kpi: string, by: readonly string[], groups: number, period: string, highest: { group: string; value: string } | null, partial: readonly string[]): string;
  /** The headline card, for a screen reader: its value and the way the last periods went. */
  cardAlt(kpi: string, period: string, value: string, trend: { direction: 'up' | 'down' | 'flat'; periods: number } | null): string;
  /** Several KPIs drawn side by side, for a screen reader. */
  sideBySideAlt(kpis: readonly string[], period: string): string;
  /** `export`: where the notebook went. */
  notebookWritten(cells: number, path: string): string;
}
