import type { Policy } from './turn.js';
import { failure } from '../messages.js';

/**
 * At most `questions` messages per user in any window of `perSeconds` seconds (a sliding
 * window). Every message counts, help and lines that do not parse too: reading a line is work,
 * and a limit that only counted good questions would let a flood of bad ones through. Kept in
 * memory: a restart forgives.
 */
export function rateLimit(questions: number, perSeconds: number): Policy {
  const asked = new Map<string, number[]>();
  return async (turn, next) => {
    if (questions === 0) return next();
    const windowMs = perSeconds * 1000;
    const recent = (asked.get(turn.inbound.user) ?? []).filter((t) => t > turn.now - windowMs);
    if (recent.length >= questions) {
      const wait = Math.max(1, Math.ceil(((recent[0] ?? turn.now) + windowMs - turn.now) / 1000));
      asked.set(turn.inbound.user, recent);
      return failure({ code: 'policy.rate_limited', questions, perSeconds, waitSeconds: wait });
    }
    recent.push(turn.now);
    asked.set(turn.inbound.user, recent);
    return next();
  };
}
