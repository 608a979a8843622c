import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CatalogError, openApp } from '../../bot/app.js';
import { runConsole } from '../console/run-console.js';
import { createBot } from '../../bot/bot.js';
import { sqlSessionStore } from '../../bot/session/sql-session-store.js';
import { rateLimit } from '../../bot/policy/rate-limit.js';
import { kpiAccess } from '../../bot/policy/kpi-access.js';
import { chartFiles } from '../console/chart-files.js';
import type { ChartRenderer } from '../../engine/chart/chart-renderer.js';

let renderer: Promise<ChartRenderer> | undefined;
/** The chart renderer, loaded on the first chart: vega and resvg add a second to start-up. */
const lazyRenderer = (): Promise<ChartRenderer> =>
  (renderer ??= import('../../engine/chart/chart-renderer.js').then((m) => m.createChartRenderer()));

/** The console is one channel, so one notebook session, the same one after a restart. */
const CONSOLE_CHANNEL = 'console';
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE, println, type CliIo } from './cli-io.js';
import { ASK_HELP } from './ask-help.js';
import { DEMO_HELP } from './demo-help.js';
import { COMMON_OPTIONS, runtimeOf } from './common-options.js';

const HELP = `kpibot: customer KPIs from chat.

Usage:
  kpibot [console]                 the interactive console (creates the demo database when missing)
  kpibot ask "<query>" [--json]    answer one question
  kpibot import <table> <file.csv> load a CSV file (kpibot import --help for the data contract)
  kpibot demo [--customers N]      write the demo data set
  kpibot help

Every command takes --db PATH (default data/kpibot.db, env KPIBOT_DB) and --tz ZONE; ask and the
console take --now ISO-INSTANT to fix the clock. Settings come from kpibot.config.yaml.

${ASK_HELP}

${DEMO_HELP}`;

/** The command line: dispatches a subcommand and returns the exit status. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [command = 'console', ...rest] = argv;
  try {
    switch (command) {
      // Subcommands load their own modules: a one-off `kpibot ask` need not load the CSV parser
      // or the demo generator, and start-up time is most of a one-off answer's time.
      case 'ask':
        return await (await import('./command-ask.js')).commandAsk(rest, io);
      case 'import':
        return await (await import('./command-import.js')).commandImport(rest, io);
      case 'demo':
        return await (await import('./command-demo.js')).commandDemo(rest, io);
      case 'console':
        return await startConsole(rest, io);
      case 'help':
      case '--help':
      case '-h':
        println(io.stdout, HELP);
        return EXIT_OK;
      default:
        if (command.startsWith('--')) return await startConsole(argv.slice(), io);
        println(io.stderr, `Unknown command ${command}. Commands: console, ask, import, demo, help.`);
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

async function startConsole(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({ args, options: COMMON_OPTIONS });
  const runtime = runtimeOf(values, io);
  if (!runtime.ok) {
    println(io.stderr, runtime.error);
    return EXIT_USAGE;
  }
  if (!existsSync(runtime.value.dbPath)) {
    println(io.stdout, `No database at ${runtime.value.dbPath} yet: creating the demo data set (a few seconds)…`);
    await (await import('./command-demo.js')).writeDemo(runtime.value, io);
  }
  const { dbPath, config, workspace, now } = runtime.value;
  const app = await openApp({ dbPath, workspace, kpiDirs: config.kpiDirs, now });
  try {
    const sessions = sqlSessionStore(app.store);
    await sessions.expire(now() - config.sessionDays * 86_400_000);
    const bot = createBot({
      engine: app.engine,
      sessions,
      now,
      notebookDir: resolve(io.cwd, config.notebookDir),
      charts: lazyRenderer,
      policies: [
        rateLimit(config.policy.rate_limit.questions, config.policy.rate_limit.per_seconds),
        kpiAccess(app.engine.catalog, config.policy.restricted),
      ],
    });
    await runConsole(
      bot,
      { user: io.env['USER'] ?? 'console', channel: CONSOLE_CHANNEL },
      io,
      `kpibot console · ${dbPath} · ${workspace.timezone} · ${app.engine.catalog.list().length} KPIs (no chat tokens set)`,
      chartFiles(resolve(io.cwd, config.notebookDir), CONSOLE_CHANNEL, lazyRenderer),
    );
  } finally {
    await app.close();
  }
  return EXIT_OK;
}
