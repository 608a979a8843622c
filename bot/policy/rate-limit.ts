import type { Policy } from './turn.js';
import { failure } from '../messages.js';

/**
 * At most `questions` questions per user in any window of `perSeconds` seconds (a sliding
 * window). Help and the KPI list are free. Kept in memory: a restart forgives.
 */
export function rateLimit(questions: number, perSeconds: number): Policy {
  const asked = new Map<string, number[]>();
  return async (turn, next) => {
    const kind = turn.command.kind;
    if (questions === 0 || kind === 'help' || kind === 'list' || kind === 'define') return next();
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
