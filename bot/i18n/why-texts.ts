/** Which way a change went, for the sentence that answers `why`. */
export type Direction = 'up' | 'down';

/** The change itself, as the sentence opens: `Churn rate rose 2.10 pp vs 2026-10`. */
export interface Moved {
  readonly name: string;
  readonly direction: Direction;
  /** The change without its sign, formatted. */
  readonly size: string;
  /** The compared period's label. */
  readonly against: string;
}

/**
 * What the sentence that answers `why` says (bot/reply/why-reply.ts whySentence), as data, so
 * each language builds it in its own word order. Numbers and labels arrive formatted.
 */
export type WhySentence =
  | { readonly kind: 'unchanged'; readonly name: string; readonly against: string }
  | { readonly kind: 'formula'; readonly moved: Moved; readonly formula: string }
  /** Nothing to split it by (no dimensions, or one group in each). */
  | { readonly kind: 'whole'; readonly moved: Moved; readonly noise: boolean }
  | { readonly kind: 'no-lead'; readonly moved: Moved; readonly noise: boolean }
  | {
      readonly kind: 'lead';
      readonly moved: Moved;
      readonly noise: boolean;
      /** `SMB (segment)`. */
      readonly who: string;
      /** Its signed part. */
      readonly part: string;
      /** More than the whole change: other groups pulled the other way. */
      readonly more: boolean;
      /** A pair inside it holding most of its part: its signed part and where (`Europe`, `Basic (plan)`). */
      readonly within?: { readonly part: string; readonly place: string };
    };

/**
 * The words of a `why` answer (bot/reply/why-reply.ts): headline, sentence, noise, table,
 * notes and the chart's alt text.
 */
export interface WhyTexts {
  /** `Customer complaints: what moved it`. */
  title(name: string): string;
  /** `from 25 to 55`. */
  fromTo(before: string, after: string): string;
  /** `vs previous 2026-09 (…)`, `, the same span` when a period to date is compared with the same span. */
  versus(kind: 'previous' | 'last-year' | 'period', period: string, sameSpan: boolean): string;
  sentence(s: WhySentence): string;
  /** `band` is `±17.9`: twice the standard error. */
  noise(within: boolean, band: string): string;
  /** The samples of both periods. */
  samples(before: string, after: string): string;
  /** A pair of groups when one is a region: `SMB in Europe`. */
  inRegion(group: string, region: string): string;
  readonly columns: { readonly group: string; readonly dimension: string; readonly part: string; readonly rate: string; readonly mix: string; readonly ownChange: string };
  /** Under the table: `top 5 of 12 groups`. */
  topOf(shown: number, of: number): string;
  rateMixNote(kind: 'ratio' | 'mean'): string;
  readonly overlapNote: string;
  /** Changes no group holds, each `+0.10 by segment × plan` as `residual(part, by)`. */
  residual(part: string, by: string): string;
  unsplitNote(residuals: readonly string[]): string;
  readonly nothingMoved: string;
  oneGroup(dimensions: readonly string[]): string;
  notParts(dimensions: readonly string[], name: string): string;
  noDimensions(name: string): string;
  /** The chart, for a screen reader; `parts` are `phone (channel) +30`. */
  chartAlt(name: string, change: string, period: string, against: string, kind: 'parts' | 'deltas', parts: readonly string[]): string;
}
