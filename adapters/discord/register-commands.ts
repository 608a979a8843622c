import { REST, Routes } from 'discord.js';
import { COMMANDS } from './commands/index.js';
import type { DiscordSettings } from './discord-settings.js';

/**
 * `kpibot discord register [--guild ID]`: one bulk overwrite of kpibot's commands, in one server
 * (at once, for trying out) or globally (for every server the bot is in). Run once per change of
 * the commands, not on every start: Discord rate-limits command updates.
 */
export async function registerCommands(settings: DiscordSettings, guild?: string): Promise<string[]> {
  const rest = new REST(settings.apiUrl ? { api: settings.apiUrl } : {}).setToken(settings.token);
  const body = COMMANDS.map((c) => c.data);
  const route = guild ? Routes.applicationGuildCommands(settings.appId, guild) : Routes.applicationCommands(settings.appId);
  const registered = (await rest.put(route, { body })) as { name: string }[];
  return registered.map((c) => `/${c.name}`);
}
