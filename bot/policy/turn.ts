import type { Command } from '../language/command.js';
import type { BotError } from '../messages.js';
import type { Reply } from '../reply/reply.js';
import type { Language } from '../i18n/language.js';

/** Who says what, where: what every adapter turns its platform's message into. */
export interface Inbound {
  readonly text: string;
  readonly user: string;
  /** The channel (or `console`); access rules name channels. */
  readonly channel: string;
  /** Which chat the message came from (`slack`, `console`): a subscription is delivered back there. */
  readonly platform?: string;
  /** The channel's name, when `channel` is a platform id (Slack's C0123 is #finance): access rules may name either. */
  readonly channelName?: string;
  /** A thread inside the channel, when the platform has them; a thread is its own session. */
  readonly thread?: string;
  /**
   * The notebook session, when the adapter knows better than channel and thread: a reply in the
   * thread under an answer continues the answer's session.
   */
  readonly session?: string;
  /** A follow-up refines this cell of the session instead of the last question (a button under an answer). */
  readonly refines?: number;
  /** What the platform says about the person: a guest account, or a member of another workspace. */
  readonly guest?: boolean;
  readonly external?: boolean;
  /** The person's language as the platform knows it (Slack's user locale), when the adapter asked. */
  readonly language?: Language;
  /** The person's locale as the platform knows it (`pt-BR`): numbers and dates of a reply in its language follow it. */
  readonly locale?: string;
  /** The person's role names where they ask (Discord), for `subscription_managers` that name roles. */
  readonly roles?: readonly string[];
}

/**
 * A line that did not resolve to a command (it does not parse, is too long, or refines nothing).
 * It still passes the policies: a flood of unreadable lines is still a flood.
 */
export interface Unreadable {
  readonly kind: 'unreadable';
  readonly error: BotError;
}

/** One turn as the policies see it: the message, the command it resolved to, and the KPIs it reads. */
export interface Turn {
  readonly inbound: Inbound;
  readonly command: Command | Unreadable;
  /**
   * Every KPI whose numbers the reply would show or combine: a question's KPIs, and for `calc` the
   * KPIs behind the cells it names (through earlier calcs too).
   */
  readonly reads: readonly string[];
  readonly now: number;
}

/**
 * A cross-cutting rule around the handlers (rate limits, access): it may answer itself (a
 * refusal) or pass the turn on with `next`.
 */
export type Policy = (turn: Turn, next: () => Promise<Reply>) => Promise<Reply>;

/** Runs the policies in order around the handler. */
export function withPolicies(policies: readonly Policy[], turn: Turn, handler: () => Promise<Reply>): Promise<Reply> {
  const run = (i: number): Promise<Reply> => {
    const policy = policies[i];
    return policy ? policy(turn, () => run(i + 1)) : handler();
  };
  return run(0);
}
