import { assembleBot } from '../../bot/assemble-bot.js';
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE, println, serveUntilStopped, type CliIo } from '../cli/cli-io.js';
import type { Runtime } from '../cli/common-options.js';
import { DiscordStartError, startDiscordBot } from './discord-bot.js';
import { discordRefusal } from './discord-errors.js';
import { registerCommands } from './register-commands.js';
import type { DiscordSettings } from './discord-settings.js';

/** Log lines with their level, as the Slack adapter writes them. */
const logger = {
  debug: (m: string) => void m,
  info: (m: string) => console.log(`[INFO] kpibot ${m}`),
  warn: (m: string) => console.warn(`[WARN] kpibot ${m}`),
  error: (m: string) => console.error(`[ERROR] kpibot ${m}`),
};

/** `kpibot discord` (and `npm start` when DISCORD_TOKEN is set): the bot on Discord until Ctrl-C or SIGTERM. */
export async function runDiscord(runtime: Runtime, settings: DiscordSettings, io: CliIo): Promise<number> {
  const { dbPath, config, workspace, now } = runtime;
  const assembled = await assembleBot({ dbPath, config, workspace, now, cwd: io.cwd });
  try {
    let running;
    try {
      running = await startDiscordBot({ settings, bot: assembled.bot, links: assembled.links, charts: assembled.charts, now, logger });
    } catch (e) {
      if (!(e instanceof DiscordStartError)) throw e;
      println(io.stderr, e.message);
      return EXIT_FAILED;
    }
    assembled.startDigests(running.sink, logger);
    println(io.stdout, `kpibot on Discord as ${running.user} · ${dbPath} · ${workspace.timezone} · ${assembled.app.engine.catalog.list().length} KPIs`);
    return await serveUntilStopped(io, () => running.stop());
  } finally {
    await assembled.close();
  }
}

/** `kpibot discord register [--guild ID]`: prints what it registered, or Discord's refusal. */
export async function runRegister(settings: DiscordSettings, guild: string | undefined, io: CliIo): Promise<number> {
  try {
    const names = await registerCommands(settings, guild);
    println(io.stdout, `Registered ${names.join(', ')} ${guild ? `in server ${guild} (available now)` : 'globally (every server the bot is in)'}.`);
    return EXIT_OK;
  } catch (e) {
    const r = discordRefusal(e);
    println(io.stderr, `Discord refused the commands: ${r.code} ${r.body}`);
    return r.code.startsWith('401') ? EXIT_USAGE : EXIT_FAILED;
  }
}
