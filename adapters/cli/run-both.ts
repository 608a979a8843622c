import { ConsoleLogger } from '@slack/logger';
import { assembleBot } from '../../bot/assemble-bot.js';
import { EXIT_FAILED, println, serveUntilStopped, type CliIo } from './cli-io.js';
import type { Runtime } from './common-options.js';
import { SlackStartError, startSlackBot } from '../slack/slack-bot.js';
import { sqlReplayGuard } from '../slack/sql-replay-guard.js';
import type { SlackSettings } from '../slack/slack-settings.js';
import { DiscordStartError, startDiscordBot } from '../discord/discord-bot.js';
import type { DiscordSettings } from '../discord/discord-settings.js';

/**
 * `npm start` with both Slack and Discord tokens: one process, one engine and database, one digest
 * scheduler with a sink for each platform; each platform's subscriptions go out on it.
 */
export async function runBoth(runtime: Runtime, slack: SlackSettings, discord: DiscordSettings, io: CliIo): Promise<number> {
  const logger = new ConsoleLogger();
  logger.setName('kpibot');
  const { dbPath, config, workspace, now } = runtime;
  const assembled = await assembleBot({ dbPath, config, workspace, now, cwd: io.cwd });
  try {
    let onDiscord;
    let onSlack;
    try {
      onDiscord = await startDiscordBot({ settings: discord, bot: assembled.bot, links: assembled.links, charts: assembled.charts, now, logger });
      const discordSink = onDiscord.sink;
      onSlack = await startSlackBot({
        settings: slack,
        ...assembled,
        replays: sqlReplayGuard(assembled.app.store),
        now,
        logger,
        startDigests: (slackSink, log) => assembled.startDigests([slackSink, discordSink], log),
      });
    } catch (e) {
      await onDiscord?.stop();
      if (!(e instanceof SlackStartError) && !(e instanceof DiscordStartError)) throw e;
      println(io.stderr, e.message);
      return EXIT_FAILED;
    }
    const how = slack.mode === 'socket' ? 'Socket Mode' : `HTTP on port ${onSlack.port ?? slack.port}`;
    println(io.stdout, `kpibot on Slack as @${onSlack.identity.botName} (${how}) and on Discord as ${onDiscord.user} · ${dbPath} · ${workspace.timezone}`);
    const [slackBot, discordBot] = [onSlack, onDiscord];
    return await serveUntilStopped(io, async () => {
      await slackBot.stop();
      await discordBot.stop();
    });
  } finally {
    await assembled.close();
  }
}
