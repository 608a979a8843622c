import type { BreakdownAxis, Comparison, Query } from '../../engine/query/query.js';
import type { Dimension, TimeGrain } from '../../engine/schema/tables.js';
import type { TargetOp } from '../target/target.js';
import type { Schedule } from '../digest/schedule.js';
import type { Alert } from '../digest/subscription.js';

/** How an answer should be shown, when the user asks (`as table`). */
export type View = 'number' | 'table' | 'bar' | 'line';

/**
 * What a question is compared with: a period the engine resolves, or `none` (`vs none`) for no
 * comparison at all. Left out, the workspace's `default_compare` applies.
 */
export type CompareChoice = NonNullable<Query['compare']> | 'none';

/** `top 3` keeps the three largest groups, `bottom 3` the three smallest. */
export interface Rank {
  readonly n: number;
  readonly end: 'top' | 'bottom';
}

/** A question: one or more KPIs over the same period, breakdown, filters and comparison. */
export interface QueryCommand {
  readonly kind: 'query';
  readonly metrics: readonly string[];
  readonly period?: string;
  readonly by?: readonly BreakdownAxis[];
  readonly filters?: Readonly<Partial<Record<Dimension, readonly string[]>>>;
  readonly compare?: CompareChoice;
  readonly rank?: Rank;
  readonly view?: View;
}

/** The parts of a question a follow-up changes (`by region`, `vs last-year`, `as table`). */
export type Refinement = Omit<QueryCommand, 'kind' | 'metrics'> & { readonly metrics?: readonly string[] };

/** `why churn last-month`: what moved a KPI against its comparison period (the period before unless asked). */
export interface WhyCommand {
  readonly kind: 'why';
  readonly query: QueryCommand;
}

/** Everything a line of `/kpi ...` can mean. */
export type Command =
  | QueryCommand
  | { readonly kind: 'followup'; readonly refinement: Refinement }
  | WhyCommand
  /** `why` with no KPI (`why`, `why by region`): the last question of the session, changed as typed, explained. */
  | { readonly kind: 'why-followup'; readonly refinement: Refinement }
  /** `explain why churn last-month`: the numbers a why answer rests on. */
  | { readonly kind: 'explain-why'; readonly query: QueryCommand }
  | { readonly kind: 'list' }
  | { readonly kind: 'help' }
  | { readonly kind: 'define'; readonly metric: string }
  | { readonly kind: 'explain'; readonly query: QueryCommand }
  | { readonly kind: 'let'; readonly name: string; readonly query: QueryCommand }
  | { readonly kind: 'calc'; readonly expression: string }
  | { readonly kind: 'export' }
  | {
      readonly kind: 'subscribe';
      /** The question's words, kept to be asked again at each run. */
      readonly question: string;
      readonly query: QueryCommand;
      readonly schedule: Schedule;
      readonly timezone?: string;
      /** Target values by KPI id. */
      readonly targets: Readonly<Record<string, number>>;
      readonly alert?: Alert;
    }
  | { readonly kind: 'unsubscribe'; readonly id: number }
  | { readonly kind: 'subscriptions' }
  /** `pause 3`: firings of #3 are recorded as skipped until `resume 3`. */
  | { readonly kind: 'pause'; readonly id: number }
  /** `resume 3`: #3 goes out again from its next firing, with nothing sent for the ones it missed. */
  | { readonly kind: 'resume'; readonly id: number }
  /** `digest 3 now`: #3 sent to its channel now, as one more firing. */
  | { readonly kind: 'digest-now'; readonly id: number }
  /** `digest 3 log`: the last firings of #3 and how each went. */
  | { readonly kind: 'digest-log'; readonly id: number }
  /** `target revenue >= 1200 month`: the workspace's target for a KPI; `grain` null for the period each question reads. */
  | { readonly kind: 'target'; readonly metric: string; readonly op: TargetOp; readonly value: number; readonly grain: TimeGrain | null }
  /** `targets`: the workspace's targets. */
  | { readonly kind: 'targets' }
  /** `untarget revenue`: the KPI has no workspace target any more. */
  | { readonly kind: 'untarget'; readonly metric: string };

export type { Comparison };
