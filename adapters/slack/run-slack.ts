import { ConsoleLogger, LogLevel } from '@slack/logger';
import { assembleBot } from '../../bot/assemble-bot.js';
import { EXIT_FAILED, println, serveUntilStopped, type CliIo } from '../cli/cli-io.js';
import type { Runtime } from '../cli/common-options.js';
import { SlackStartError, startSlackBot } from './slack-bot.js';
import { sqlReplayGuard } from './sql-replay-guard.js';
import type { SlackSettings } from './slack-settings.js';

const LEVELS: Record<string, LogLevel> = { debug: LogLevel.DEBUG, info: LogLevel.INFO, warn: LogLevel.WARN, error: LogLevel.ERROR };

/**
 * `kpibot slack` (and `npm start` when Slack tokens are set): the bot on Slack until Ctrl-C or
 * SIGTERM, then a clean stop (the Socket Mode connection or HTTP server closed, the database too).
 */
export async function runSlack(runtime: Runtime, settings: SlackSettings, io: CliIo): Promise<number> {
  const logger = new ConsoleLogger();
  logger.setName('kpibot');
  logger.setLevel(LEVELS[(io.env['LOG_LEVEL'] ?? 'info').toLowerCase()] ?? LogLevel.INFO);

  const { dbPath, config, workspace, now } = runtime;
  const assembled = await assembleBot({ dbPath, config, workspace, now, cwd: io.cwd });
  try {
    let running;
    try {
      // Replays are claimed in the database, so every process serving the same Request URL refuses them.
      running = await startSlackBot({ settings, ...assembled, replays: sqlReplayGuard(assembled.app.store), now, logger });
    } catch (e) {
      if (!(e instanceof SlackStartError)) throw e;
      println(io.stderr, e.message);
      return EXIT_FAILED;
    }
    const s = settings;
    const how = s.mode === 'socket' ? 'Socket Mode' : `HTTP on port ${running.port ?? s.port}, path /slack/events`;
    println(
      io.stdout,
      `kpibot on Slack as @${running.identity.botName} in ${running.identity.teamName} · ${how} · ${dbPath} · ${workspace.timezone} · ${assembled.app.engine.catalog.list().length} KPIs`,
    );
    return await serveUntilStopped(io, () => running.stop());
  } finally {
    await assembled.close();
  }
}
