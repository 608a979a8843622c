import { err, ok, type Result } from '../../engine/result.js';

/** How the Discord bot connects, from the environment. */
export interface DiscordSettings {
  readonly token: string;
  /** The application id (commands are registered under it). */
  readonly appId: string;
  /** The REST base (`https://discord.com/api` unless DISCORD_API_URL says otherwise); the gateway address comes from GET /gateway/bot through it. */
  readonly apiUrl: string | undefined;
}

/** Whether the environment asks for Discord at all. */
export const wantsDiscord = (env: NodeJS.ProcessEnv): boolean => Boolean(env['DISCORD_TOKEN'] || env['DISCORD_APP_ID']);

const WHERE_TOKEN = 'the bot token from your application\'s "Bot" page in the Discord Developer Portal (Reset Token)';
const WHERE_APP = 'the Application ID from the "General Information" page';

/** Reads DISCORD_TOKEN, DISCORD_APP_ID and DISCORD_API_URL; every problem names its variable and where the value is. */
export function discordSettings(env: NodeJS.ProcessEnv): Result<DiscordSettings, string[]> {
  const problems: string[] = [];
  const token = env['DISCORD_TOKEN']?.trim() ?? '';
  if (token === '') problems.push(`DISCORD_TOKEN is not set: set it to ${WHERE_TOKEN}.`);
  // A bot token is three dot-separated parts; a client secret or a webhook URL is not.
  else if (token.split('.').length !== 3) problems.push(`DISCORD_TOKEN does not look like a bot token (three parts separated by dots): use ${WHERE_TOKEN}.`);
  const appId = env['DISCORD_APP_ID']?.trim() ?? '';
  if (appId === '') problems.push(`DISCORD_APP_ID is not set: set it to ${WHERE_APP}.`);
  else if (!/^\d{15,22}$/.test(appId)) problems.push(`DISCORD_APP_ID is not an application id (a number of 17 to 20 digits): use ${WHERE_APP}.`);
  const raw = env['DISCORD_API_URL']?.trim();
  let apiUrl: string | undefined;
  if (raw) {
    if (!/^https?:\/\/[^/\s]+/.test(raw)) problems.push(`DISCORD_API_URL is not a URL: ${raw} (e.g. https://discord.com/api).`);
    else apiUrl = raw.replace(/\/+$/, '');
  }
  return problems.length > 0 ? err(problems) : ok({ token, appId, apiUrl });
}
