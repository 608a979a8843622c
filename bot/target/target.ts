import type { TimeGrain } from '../../engine/schema/tables.js';

/** Which side of its value a target is met on: `at-least` (`>=`, `above`) or `at-most` (`<=`, `below`). */
export const TARGET_OPS = ['at-least', 'at-most'] as const;
export type TargetOp = (typeof TARGET_OPS)[number];

/**
 * A workspace target for one KPI (`target revenue >= 1200 month`), kept in `bot_targets`
 * (migration 10). `grain` null: the target is for the period each question reads; else it holds
 * only for answers over one whole such period (a month, a quarter).
 */
export interface WorkspaceTarget {
  readonly kpi: string;
  readonly op: TargetOp;
  readonly value: number;
  readonly grain: TimeGrain | null;
  readonly setBy: string;
  readonly setAt: number;
}

/** `≥` or `≤`, as the answers show a target. */
export function opSymbol(op: TargetOp): string {
  switch (op) {
    case 'at-least':
      return '≥';
    case 'at-most':
      return '≤';
  }
}

/** Whether a value meets a target, judged in the op's direction (a value on the line meets it). */
export function meets(value: number, op: TargetOp, target: number): boolean {
  switch (op) {
    case 'at-least':
      return value >= target;
    case 'at-most':
      return value <= target;
  }
}
