import type { Reply } from './reply.js';

/**
 * Who a reply is for. An answer (a headline) is for the channel; errors, help, lists and other
 * text only for the person who asked, unless a text says it is shared (a subscription's
 * confirmation). Every platform applies the same rule: Slack as an ephemeral message, Discord as
 * an ephemeral reply, the console has one reader anyway.
 */
export type Audience = 'everyone' | 'asker';

export function audienceOf(reply: Reply): Audience {
  let answered = false;
  let privateText = false;
  const visit = (r: Reply): void => {
    if (r.kind === 'headline') answered = true;
    else if (r.kind === 'error' || (r.kind === 'text' && r.shared !== true)) privateText = true;
    else if (r.kind === 'multi') r.parts.forEach(visit);
  };
  visit(reply);
  return privateText && !answered ? 'asker' : 'everyone';
}
