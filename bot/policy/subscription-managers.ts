import type { Policy } from './turn.js';
import { failure } from '../messages.js';

/**
 * Who may change a channel's digests: the users `access.subscription_managers` lists, or anyone
 * when it lists nobody (a new install works before an admin has written a config file).
 * Listing subscriptions is free.
 */
export function subscriptionManagers(managers: readonly string[]): Policy {
  const allowed = new Set(managers);
  return async (turn, next) => {
    const changes = turn.command.kind === 'subscribe' || turn.command.kind === 'unsubscribe';
    if (changes && allowed.size > 0 && !allowed.has(turn.inbound.user)) return failure({ code: 'policy.not_manager' });
    return next();
  };
}
