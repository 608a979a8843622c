/**
 * The error code in a Web API refusal (`not_in_channel`, `missing_scope`…), else the message.
 * A missing scope names the scope Slack said it needs, so the log and the asker see what to add.
 */
export function slackErrorCode(e: unknown): string {
  if (typeof e === 'object' && e !== null && 'data' in e) {
    const data = (e as { data?: { error?: unknown; needed?: unknown } }).data;
    if (data?.error === 'missing_scope' && typeof data.needed === 'string') return `missing_scope ${data.needed}`;
    if (typeof data?.error === 'string') return data.error;
  }
  return e instanceof Error ? e.message : String(e);
}

/** What a person can do about a refusal they cannot fix themselves. */
export function adviceFor(code: string): string {
  return code.startsWith('missing_scope')
    ? 'An admin should add the scope by updating the app from adapters/slack/manifest.yaml and reinstalling it.'
    : 'Try again; if it keeps happening, tell whoever runs kpibot.';
}
