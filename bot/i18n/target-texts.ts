import type { TimeGrain } from '../../engine/schema/tables.js';

/**
 * The words of workspace targets (bot/target): set, list and remove, and the progress lines under
 * an answer. Values, gaps and dates arrive formatted; `≥` and `≤` are the same in every language.
 */
export interface TargetTexts {
  /** `Revenue (revenue) ≥ $1,200.00 per month`; `grain` null: for any period. */
  describe(name: string, id: string, op: string, value: string, grain: TimeGrain | null): string;
  set(description: string, metric: string): string;
  readonly none: string;
  readonly listHead: string;
  listEntry(description: string, by: string, day: string): string;
  removed(name: string): string;
  /** `target ≥ $1,200.00`, the head of every progress line. */
  head(op: string, value: string): string;
  readonly noData: string;
  readonly atTarget: string;
  /** Met: the signed gap and which side of the value it is on. */
  onTrack(gap: string, side: 'above' | 'below'): string;
  /** Not met: the gap without its sign, short of an at-least target or over an at-most one. */
  offTrack(gap: string, side: 'short' | 'over'): string;
  /** After the verdict, for a period read to date. */
  readonly soFar: string;
  /** The pace so far projected to the period's last day. */
  onPace(value: string, by: string, onTrack: boolean): string;
}
