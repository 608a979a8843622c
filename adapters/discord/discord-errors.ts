import { DiscordAPIError } from 'discord.js';

/** A REST refusal as a short code for people (`50013 Missing Permissions`), and its whole body for the log. */
export function discordRefusal(e: unknown): { code: string; body: string } {
  if (e instanceof DiscordAPIError) return { code: `${e.code} ${e.message}`.trim(), body: JSON.stringify(e.rawError) };
  return { code: e instanceof Error ? e.message : String(e), body: String(e) };
}
