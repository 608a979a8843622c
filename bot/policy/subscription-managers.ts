import type { Command } from '../language/command.js';
import type { Policy } from './turn.js';
import { failure } from '../messages.js';

/**
 * Who may change a channel's digests: the users `access.subscription_managers` lists (by user id,
 * or by role name where the platform has roles: Discord), or anyone
 * when it lists nobody (a new install works before an admin has written a config file).
 * They also set and remove the workspace's targets. Listing subscriptions or targets and reading a
 * digest's log are free.
 */
export function subscriptionManagers(managers: readonly string[]): Policy {
  const allowed = new Set(managers);
  return async (turn, next) => {
    const changes = turn.command.kind !== 'unreadable' ? managed(turn.command) : null;
    const isManager = allowed.has(turn.inbound.user) || (turn.inbound.roles ?? []).some((r) => allowed.has(r));
    if (changes !== null && allowed.size > 0 && !isManager) return failure({ code: 'policy.not_manager', changes });
    return next();
  };
}

/**
 * What a command changes that only managers may: a channel's digests, the workspace's targets
 * (which every answer and digest shows), or nothing. Every kind is named, so a new command must
 * be judged here before it compiles. `digest N now` posts to the whole channel, so it is a
 * manager's, like a schedule.
 */
function managed(command: Command): 'digests' | 'targets' | null {
  switch (command.kind) {
    case 'subscribe':
    case 'unsubscribe':
    case 'pause':
    case 'resume':
    case 'digest-now':
      return 'digests';
    case 'target':
    case 'untarget':
      return 'targets';
    case 'targets':
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
      return null;
  }
}
