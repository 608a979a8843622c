import { err, ok, type Result } from '../../engine/result.js';

/** How the Slack app connects, from the environment. */
export type SlackSettings = {
  readonly botToken: string;
  /** The Web API base URL (`https://slack.com/api/` unless SLACK_API_URL says otherwise). */
  readonly apiUrl: string | undefined;
} & (
  | { readonly mode: 'socket'; readonly appToken: string }
  | { readonly mode: 'http'; readonly signingSecret: string; readonly port: number }
);

/** Whether the environment asks for Slack at all: any of its tokens set. */
export const wantsSlack = (env: NodeJS.ProcessEnv): boolean =>
  Boolean(env['SLACK_BOT_TOKEN'] || env['SLACK_APP_TOKEN'] || env['SLACK_SIGNING_SECRET']);

const WHERE_BOT = 'the Bot User OAuth Token (xoxb-…) from your app\'s "OAuth & Permissions" page';
const WHERE_APP = 'an App-Level Token (xapp-…) with the connections:write scope, from "Basic Information"';

/**
 * Reads the Slack settings: SLACK_BOT_TOKEN always; Socket Mode when SLACK_APP_TOKEN is set,
 * else HTTP mode on PORT (3000) with SLACK_SIGNING_SECRET. Every problem names its variable and
 * where to find the right value.
 */
export function slackSettings(env: NodeJS.ProcessEnv): Result<SlackSettings, string[]> {
  const problems: string[] = [];
  const botToken = env['SLACK_BOT_TOKEN']?.trim() ?? '';
  if (botToken === '') problems.push(`SLACK_BOT_TOKEN is not set: set it to ${WHERE_BOT}.`);
  else if (!botToken.startsWith('xoxb-')) problems.push(`SLACK_BOT_TOKEN does not look like a bot token (it starts with xoxb-): use ${WHERE_BOT}.`);

  const rawUrl = env['SLACK_API_URL']?.trim();
  let apiUrl: string | undefined;
  if (rawUrl) {
    if (!/^https?:\/\/[^/\s]+/.test(rawUrl)) problems.push(`SLACK_API_URL is not a URL: ${rawUrl} (e.g. https://slack.com/api/).`);
    else apiUrl = rawUrl.endsWith('/') ? rawUrl : `${rawUrl}/`;
  }

  const appToken = env['SLACK_APP_TOKEN']?.trim();
  if (appToken) {
    if (!appToken.startsWith('xapp-')) problems.push(`SLACK_APP_TOKEN does not look like an app-level token (it starts with xapp-): use ${WHERE_APP}.`);
    return problems.length > 0 ? err(problems) : ok({ mode: 'socket', botToken, apiUrl, appToken });
  }

  const signingSecret = env['SLACK_SIGNING_SECRET']?.trim() ?? '';
  if (signingSecret === '') {
    problems.push(
      'Neither SLACK_APP_TOKEN (Socket Mode) nor SLACK_SIGNING_SECRET (HTTP mode) is set: set SLACK_APP_TOKEN to ' +
        `${WHERE_APP}, or SLACK_SIGNING_SECRET to the Signing Secret from "Basic Information".`,
    );
  }
  const rawPort = env['PORT']?.trim() || '3000';
  const port = Number(rawPort);
  if (!/^\d+$/.test(rawPort) || port > 65535) problems.push(`PORT is not a port number: ${rawPort}.`);
  return problems.length > 0 ? err(problems) : ok({ mode: 'http', botToken, apiUrl, signingSecret, port });
}
