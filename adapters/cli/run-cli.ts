import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CatalogError } from '../../bot/app.js';
import { assembleBot } from '../../bot/assemble-bot.js';
import { runConsole } from '../console/run-console.js';
import { chartFiles } from '../console/chart-files.js';
import { consoleDigestSink } from '../console/console-digest-sink.js';
import { slackSettings, wantsSlack } from '../slack/slack-settings.js';
import { discordSettings, wantsDiscord } from '../discord/discord-settings.js';

/** The console is one channel, so one notebook session, the same one after a restart. */
const CONSOLE_CHANNEL = 'console';
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE, println, type CliIo } from './cli-io.js';
import { ASK_HELP } from './ask-help.js';
import { DEFINE_HELP } from './define-help.js';
import { DEMO_HELP } from './demo-help.js';
import { LIST_HELP } from './list-help.js';
import { COMMON_OPTIONS, runtimeOf, type Runtime } from './common-options.js';

const HELP = `kpibot: customer KPIs from chat.

Usage:
  kpibot [start]                   the bot: on Slack when SLACK_BOT_TOKEN is set, on Discord when
                                   DISCORD_TOKEN is, on both when both are; else the console
  kpibot console                   the interactive console (creates the demo database when missing)
  kpibot slack                     the bot on Slack (SLACK_BOT_TOKEN, and SLACK_APP_TOKEN for Socket
                                   Mode or SLACK_SIGNING_SECRET and PORT for HTTP; see README)
  kpibot discord                   the bot on Discord (DISCORD_TOKEN, DISCORD_APP_ID; see README)
  kpibot discord register [--guild ID]
                                   register the /kpi command (in one server, or globally)
  kpibot ask "<query>" [--json]    answer one question
  kpibot list                      every KPI, by area (no database needed)
  kpibot define <kpi>              a KPI's definition, formula, unit and data (no database needed)
  kpibot import <table> <file.csv> load a CSV file (kpibot import --help for the data contract)
  kpibot demo [--customers N]      write the demo data set (--force to replace imported data)
  kpibot help

Every command takes --db PATH (default data/kpibot.db, env KPIBOT_DB) and --tz ZONE; ask and the
console take --now ISO-INSTANT to fix the clock; list and define read no database and take
--language en|pt|ro (default: the config's language). Settings come
from kpibot.config.yaml.

${ASK_HELP}

${LIST_HELP}

${DEFINE_HELP}

${DEMO_HELP}`;

/** The command line: dispatches a subcommand and returns the exit status. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [command = 'start', ...rest] = argv;
  try {
    switch (command) {
      // Subcommands load their own modules: a one-off `kpibot ask` need not load the CSV parser
      // or the demo generator, and start-up time is most of a one-off answer's time.
      case 'ask':
        return await (await import('./command-ask.js')).commandAsk(rest, io);
      case 'list':
        return await (await import('./command-list.js')).commandList(rest, io);
      case 'define':
        return await (await import('./command-define.js')).commandDefine(rest, io);
      case 'import':
        return await (await import('./command-import.js')).commandImport(rest, io);
      case 'demo':
        return await (await import('./command-demo.js')).commandDemo(rest, io);
      case 'start':
        return await start(rest, io, chatsWanted(io.env));
      case 'console':
        return await start(rest, io, []);
      case 'slack':
        return await start(rest, io, ['slack']);
      case 'discord':
        if (rest[0] === 'register') return await register(rest.slice(1), io);
        return await start(rest, io, ['discord']);
      case 'help':
      case '--help':
      case '-h':
        println(io.stdout, HELP);
        return EXIT_OK;
      default:
        if (command.startsWith('--')) return await start(argv.slice(), io, chatsWanted(io.env));
        println(io.stderr, `Unknown command ${command}. Commands: start, console, slack, discord, ask, list, define, import, demo, help.`);
        return EXIT_USAGE;
    }
  } catch (e) {
    if (e instanceof CatalogError) {
      println(io.stderr, e.message);
      return EXIT_FAILED;
    }
    if (e instanceof TypeError && 'code' in e && String(e.code).startsWith('ERR_PARSE_ARGS')) {
      println(io.stderr, `${e.message}. See kpibot help.`);
      return EXIT_USAGE;
    }
    throw e;
  }
}

type Chat = 'slack' | 'discord';

/** The chats the environment has tokens for; none means the console. */
const chatsWanted = (env: NodeJS.ProcessEnv): Chat[] => [...(wantsSlack(env) ? ['slack' as const] : []), ...(wantsDiscord(env) ? ['discord' as const] : [])];

/** The long-running bot: on the chats given (Slack, Discord, both in one process), or the console when none. */
async function start(args: string[], io: CliIo, chats: readonly Chat[]): Promise<number> {
  const { values } = parseArgs({ args, options: COMMON_OPTIONS });
  const runtime = runtimeOf(values, io);
  if (!runtime.ok) {
    println(io.stderr, runtime.error);
    return EXIT_USAGE;
  }
  if (chats.length === 0) {
    await ensureDatabase(runtime.value, io);
    return startConsole(runtime.value, io);
  }
  // Settings first: a missing token should not cost a first run its demo database build.
  const slack = chats.includes('slack') ? slackSettings(io.env) : undefined;
  const discord = chats.includes('discord') ? discordSettings(io.env) : undefined;
  const problems = [...(slack && !slack.ok ? slack.error : []), ...(discord && !discord.ok ? discord.error : [])];
  if (problems.length > 0) {
    for (const problem of problems) println(io.stderr, problem);
    if (slack && !slack.ok) println(io.stderr, 'See "Slack" in README.md to create the app from adapters/slack/manifest.yaml.');
    if (discord && !discord.ok) println(io.stderr, 'See "Discord" in README.md to create the application and invite the bot.');
    return EXIT_USAGE;
  }
  await ensureDatabase(runtime.value, io);
  if (slack?.ok && discord?.ok) return (await import('./run-both.js')).runBoth(runtime.value, slack.value, discord.value, io);
  if (discord?.ok) return (await import('../discord/run-discord.js')).runDiscord(runtime.value, discord.value, io);
  if (slack?.ok) return (await import('../slack/run-slack.js')).runSlack(runtime.value, slack.value, io);
  return EXIT_USAGE;
}

/** `kpibot discord register [--guild ID]`. */
async function register(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({ args, options: { guild: { type: 'string' } } });
  const settings = discordSettings(io.env);
  if (!settings.ok) {
    for (const problem of settings.error) println(io.stderr, problem);
    return EXIT_USAGE;
  }
  return (await import('../discord/run-discord.js')).runRegister(settings.value, values.guild, io);
}

async function startConsole(runtime: Runtime, io: CliIo): Promise<number> {
  const { dbPath, config, workspace, now } = runtime;
  // The console's one user is not rate-limited: a piped file of 40 questions is all answered.
  const assembled = await assembleBot({ dbPath, config, workspace, now, cwd: io.cwd, perUserRateLimit: false });
  try {
    const files = chartFiles(resolve(io.cwd, config.notebookDir), CONSOLE_CHANNEL, assembled.charts);
    assembled.startDigests(consoleDigestSink(io, files), { info: () => undefined, warn: (m) => println(io.stderr, m), error: (m) => println(io.stderr, m) });
    await runConsole(
      assembled.bot,
      { user: io.env['USER'] ?? 'console', channel: CONSOLE_CHANNEL, platform: 'console' },
      io,
      { database: dbPath, zone: workspace.timezone, kpis: assembled.app.engine.catalog.list().length },
      files,
    );
  } finally {
    await assembled.close();
  }
  return EXIT_OK;
}

/** A first run has no database: make the demo one, so there is something to ask about. */
async function ensureDatabase(runtime: Runtime, io: CliIo): Promise<void> {
  if (existsSync(runtime.dbPath)) return;
  println(io.stdout, `No database at ${runtime.dbPath} yet: creating the demo data set (a few seconds)…`);
  await (await import('./command-demo.js')).writeDemo(runtime, io);
}
