import type { Policy } from './turn.js';
import { failure } from '../messages.js';
import { memoryRateLedger, type RateLedger } from './rate-ledger.js';

/**
 * At most `questions` messages per user in any window of `perSeconds` seconds (a sliding
 * window). Every message counts, help and lines that do not parse too: reading a line is work,
 * and a limit that only counted good questions would let a flood of bad ones through. The
 * ledger is the database's when the bot has one, so every process on it limits a person as one.
 */
export function rateLimit(questions: number, perSeconds: number, ledger: RateLedger = memoryRateLedger()): Policy {
  return async (turn, next) => {
    if (questions === 0) return next();
    const windowMs = perSeconds * 1000;
    const { admitted, oldest } = await ledger.admit(turn.inbound.user, turn.now, windowMs, questions);
    if (!admitted) {
      const wait = Math.max(1, Math.ceil(((oldest ?? turn.now) + windowMs - turn.now) / 1000));
      return failure({ code: 'policy.rate_limited', questions, perSeconds, waitSeconds: wait });
    }
    return next();
  };
}
