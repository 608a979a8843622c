/** How a change was split: by parts of a sum, by rate and mix of a ratio or an average, or not at all (a formula). */
export type SplitKind = 'additive' | 'ratio' | 'mean' | 'deltas';

/** Why a KPI has no noise test (engine/query/change-noise.ts). */
export type NoNoiseReason = 'not-a-share' | 'not-a-count' | 'stock' | 'formula' | 'empty-sample';

/** A dimension left out of the split, and why (`same-as`: the same groups as `as`). */
export interface SkippedText {
  readonly dimension: string;
  readonly reason: 'same-as' | 'one-group' | 'not-parts';
  readonly as?: string;
}

/** One side of a ratio group's line: `2026-09 50 / 500 = 10%, w 0.5`. */
export interface RateMixSide {
  readonly label: string;
  readonly parts: string;
  readonly value: string;
  readonly weight: string;
}

/**
 * The words of `explain why` (bot/explain-why.ts): every number a why rests on, with the rules
 * that split the change and judge its noise. Numbers, periods and formulas arrive written; the
 * rules' algebra (`rate_g = …`) is notation, the same in every language.
 */
export interface ExplainWhyTexts {
  /** `Why: churn_rate (Churn rate), L_S / S × 100`. */
  heading(metric: string, name: string, formula: string): string;
  /** `segment in (SMB, Mid-market)`, the dimension in the reader's words. */
  filterIn(dimension: string, values: readonly string[]): string;
  filters(filters: readonly string[]): string;
  readonly noValue: string;
  /** A period's value and its sample: `6% (sample 1,000)`. */
  valueWithSample(value: string, sample: string | null): string;
  /** `Value: 2026-09 6% → 2026-10 8.25%; change +2.25 pp (shown as 6.00% → 8.25%)`; `change` null for none. */
  value(before: string, after: string, change: string | null, shown: { readonly before: string; readonly after: string }): string;
  splitRule(kind: SplitKind, metric: string, formula: string): string[];
  /** The noise rule with its numbers, `ses` the number of standard errors (2). */
  noiseRule(
    rule: { readonly kind: 'binomial' | 'poisson'; readonly se: string; readonly limit: string; readonly within: boolean } | { readonly kind: 'none'; readonly reason: NoNoiseReason },
    ses: string,
  ): string;
  notSplitBy(skipped: readonly SkippedText[]): string;
  /** `Totals: 2026-09 N / D = 60 / 1,000; 2026-10 N / D = 165 / 2,000; × 100`. */
  totals(kind: 'ratio' | 'mean', before: { readonly label: string; readonly parts: string }, after: { readonly label: string; readonly parts: string }, scale: string | null): string;
  /** The heading of one split's groups; `residual` is what no group holds (none for a formula's). */
  splitHeading(kind: SplitKind, by: string, before: string, after: string, residual: string): string;
  rateMixLine(group: string, before: RateMixSide, after: RateMixSide, parts: { readonly rate: string; readonly mix: string; readonly part: string }, noRate: boolean): string;
  /** A formula's group with no change of its own (no value in one period). */
  readonly noChangeToGive: string;
  /** `SQL (6 statements, …; slice k = 0 is 2026-10 and k = 1 is 2026-09):`. */
  sql(statements: number, after: string, before: string): string;
}
