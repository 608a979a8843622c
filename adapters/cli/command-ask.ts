import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { askQuestion } from '../../bot/ask.js';
import { openApp } from '../../bot/app.js';
import { answerParts, rankedGroups } from '../../bot/reply/answer-reply.js';
import { renderReply } from '../console/render-reply.js';
import { errorMessage, type BotError } from '../../bot/messages.js';
import { isQueryTimeout } from '../../engine/store/query-timeout.js';
import { isStoreBusy } from '../../engine/store/store-busy.js';
import { resultJson } from '../../bot/result-json.js';
import { voiceOf } from '../../bot/i18n/voice.js';
import { languageOf } from '../../bot/i18n/detect-language.js';
import { ASK_HELP } from './ask-help.js';
import { COMMON_OPTIONS, runtimeOf } from './common-options.js';
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE, println, type CliIo } from './cli-io.js';
import { missingDatabaseMessage } from './missing-database.js';

/** `kpibot ask`: one question, answered as a table or as JSON. Exit 2 when it names something unknown. */
export async function commandAsk(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { ...COMMON_OPTIONS, json: { type: 'boolean' }, png: { type: 'string' } },
    allowPositionals: true,
  });
  if (values.help || positionals.length === 0) {
    println(values.help ? io.stdout : io.stderr, ASK_HELP);
    return values.help ? EXIT_OK : EXIT_USAGE;
  }
  const runtime = runtimeOf(values, io);
  if (!runtime.ok) {
    println(io.stderr, runtime.error);
    return EXIT_USAGE;
  }
  const { dbPath, config, workspace, now } = runtime.value;
  if (!existsSync(dbPath)) {
    const message = missingDatabaseMessage(dbPath);
    if (values.json) println(io.stdout, JSON.stringify({ error: { code: 'database.missing', path: dbPath, message } }));
    println(io.stderr, message);
    return EXIT_USAGE;
  }
  const app = await openApp({ dbPath, workspace, kpiDirs: config.kpiDirs, now, queryTimeoutMs: config.queryTimeoutSeconds * 1000 });
  try {
    const answer = await askQuestion(app.engine, positionals.join(' '));
    if (!answer.ok) {
      if (values.json) println(io.stdout, JSON.stringify({ error: { ...answer.error, message: errorMessage(answer.error) } }));
      println(io.stderr, errorMessage(answer.error));
      return EXIT_USAGE;
    }
    const { command } = answer.value;
    // `top N` keeps the N largest groups, or a time series' latest N periods: the rows of the table in chat.
    const result =
      command.rank !== undefined && answer.value.result.groups
        ? { ...answer.value.result, groups: rankedGroups(answer.value.result.groups, command.rank, answer.value.result.by) }
        : answer.value.result;
    // The language of the question's words, else the workspace's.
    const voice = voiceOf(languageOf(positionals.join(' ')) ?? config.language, { currency: workspace.currency, ...(config.locale !== undefined ? { locale: config.locale } : {}) });
    const shape = { voice, ...(command.view ? { view: command.view } : {}), ...(command.rank ? { rank: command.rank } : {}) };
    const parts = answerParts(answer.value.result, shape);
    if (values.png !== undefined) {
      // Loaded only when asked for: vega and resvg take a while to load.
      const { createChartRenderer } = await import('../../engine/chart/chart-renderer.js');
      const { chartSpec } = await import('../../engine/chart/chart-spec.js');
      const drawn = parts.find((p) => p.kind === 'chart');
      const spec = drawn?.kind === 'chart' ? drawn.spec : chartSpec({ ...result, ...(command.view === 'number' ? { groups: [] } : {}) }, { currency: workspace.currency, texts: voice.texts.chart, locale: voice.locale });
      const chart = await createChartRenderer().render(spec);
      const file = resolve(io.cwd, values.png);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, chart.png);
      println(io.stderr, `chart written to ${file} (${chart.width}x${chart.height})`);
    }
    println(io.stdout, values.json ? JSON.stringify(resultJson(result), null, 2) : renderReply({ kind: 'multi', parts }, undefined, voice.texts.platform));
    return EXIT_OK;
  } catch (e) {
    // Too slow, or an import holds the database: said as the bot says it, not as a stack trace.
    const error: BotError | null = isQueryTimeout(e) ? { code: 'store.timeout', limitMs: e.limitMs } : isStoreBusy(e) ? { code: 'store.busy' } : null;
    if (!error) throw e;
    if (values.json) println(io.stdout, JSON.stringify({ error: { ...error, message: errorMessage(error) } }));
    println(io.stderr, errorMessage(error));
    return EXIT_FAILED;
  } finally {
    await app.close();
  }
}
