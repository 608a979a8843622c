import type { Policy } from './turn.js';
import { failure } from '../messages.js';

export interface MembersOnlyRules {
  /** Let guest accounts (Slack's single- and multi-channel guests) ask. */
  readonly allowGuests: boolean;
  /** Let people of other workspaces in a shared channel ask. */
  readonly allowExternal: boolean;
}

/**
 * Company numbers are for the company: guests and people from other workspaces are refused unless
 * the config allows them. Help is free, so a refused person can still read what the bot is.
 */
export function membersOnly(rules: MembersOnlyRules): Policy {
  return async (turn, next) => {
    if (turn.command.kind === 'help') return next();
    if (turn.inbound.guest === true && !rules.allowGuests) return failure({ code: 'policy.guest' });
    if (turn.inbound.external === true && !rules.allowExternal) return failure({ code: 'policy.external' });
    return next();
  };
}
