import type { QueryCommand, WhyCommand } from '../language/command.js';
import type { Reply } from '../reply/reply.js';

/**
 * What a cell ran: a question (follow-ups already applied), a `why` (its number is the change),
 * or a `calc` over earlier cells with the KPIs its number was computed from, so that access rules
 * can judge a calc over it.
 */
export type CellCommand = QueryCommand | WhyCommand | { readonly kind: 'calc'; readonly expression: string; readonly reads: readonly string[] };

/** One numbered answer of a notebook session. */
export interface Cell {
  readonly n: number;
  /** Set by `let <name> = ...`. */
  readonly name: string | null;
  /** The line as typed. */
  readonly input: string;
  /** The command it ran: what the next follow-up refines. */
  readonly command: CellCommand;
  /** The numbers it produced, by KPI id (or `calc`): what `calc` reads. */
  readonly values: Readonly<Record<string, number | null>>;
  readonly reply: Reply;
  readonly createdAt: number;
}

export type NewCell = Omit<Cell, 'n' | 'createdAt'>;

/**
 * Where notebook sessions live (one per channel, thread or console). Kept in the database, so a
 * restart loses no session; sessions idle for longer than the expiry are removed.
 */
export interface SessionStore {
  cells(sessionId: string): Promise<Cell[]>;
  /** Appends a cell and returns its number (1, 2, 3, ... per session). */
  append(sessionId: string, cell: NewCell, now: number): Promise<number>;
  /** Removes sessions not used since `before`; returns how many. */
  expire(before: number): Promise<number>;
}
