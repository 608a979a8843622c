import type { Command } from '../language/command.js';
import type { Policy } from './turn.js';
import { failure } from '../messages.js';

/**
 * Who may change a channel's digests: the users `access.subscription_managers` lists, or anyone
 * when it lists nobody (a new install works before an admin has written a config file).
 * Listing subscriptions and reading a digest's log are free.
 */
export function subscriptionManagers(managers: readonly string[]): Policy {
  const allowed = new Set(managers);
  return async (turn, next) => {
    const changes = turn.command.kind !== 'unreadable' && changesDigests(turn.command);
    if (changes && allowed.size > 0 && !allowed.has(turn.inbound.user)) return failure({ code: 'policy.not_manager' });
    return next();
  };
}

/**
 * Whether a command changes what a channel's digests send. Every kind is named, so a new digest
 * command must be judged here before it compiles. `digest N now` posts to the whole channel, so
 * it is a manager's, like a schedule.
 */
function changesDigests(command: Command): boolean {
  switch (command.kind) {
    case 'subscribe':
    case 'unsubscribe':
    case 'pause':
    case 'resume':
    case 'digest-now':
      return true;
    case 'subscriptions':
    case 'digest-log':
    case 'query':
    case 'followup':
    case 'why':
    case 'why-followup':
    case 'explain-why':
    case 'list':
    case 'help':
    case 'define':
    case 'explain':
    case 'let':
    case 'calc':
    case 'export':
      return false;
  }
}
