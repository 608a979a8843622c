import type { PeriodError } from '../time/period.js';

/**
 * Expected failures of answering a query, as values. The words shown to people are chosen at the
 * edge, from one table keyed by `code`.
 */
export type EngineError =
  | { readonly code: 'kpi.unknown'; readonly input: string; readonly suggestions: readonly string[] }
  | { readonly code: 'dimension.unknown'; readonly input: string; readonly suggestions: readonly string[] }
  | {
      readonly code: 'dimension.not_allowed';
      readonly metric: string;
      readonly dimension: string;
      readonly allowed: readonly string[];
    }
  | { readonly code: 'breakdown.too_many'; readonly axes: readonly string[] }
  | { readonly code: 'breakdown.two_grains'; readonly axes: readonly string[] }
  | PeriodError;

export type EngineErrorCode = EngineError['code'];
