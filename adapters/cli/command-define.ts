import { parseArgs } from 'node:util';
import { loadKpiCatalog } from '../../bot/app.js';
import { defineKpi } from '../../bot/describe-kpi.js';
import { errorMessage } from '../../bot/messages.js';
import { COMMON_OPTIONS, runtimeOf } from './common-options.js';
import { LANGUAGE_OPTION, languageOption } from './language-option.js';
import { EXIT_OK, EXIT_USAGE, println, type CliIo } from './cli-io.js';
import { DEFINE_HELP } from './define-help.js';

/** `kpibot define <kpi>`: a KPI's definition, as the chat gives it. Exit 2, with the closest KPIs, for an unknown name. */
export async function commandDefine(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({ args, options: { ...COMMON_OPTIONS, ...LANGUAGE_OPTION }, allowPositionals: true });
  if (values.help || positionals.length === 0) {
    println(values.help ? io.stdout : io.stderr, DEFINE_HELP);
    return values.help ? EXIT_OK : EXIT_USAGE;
  }
  const runtime = runtimeOf(values, io);
  if (!runtime.ok) {
    println(io.stderr, runtime.error);
    return EXIT_USAGE;
  }
  const language = languageOption(values.language, runtime.value.config.language);
  if (!language.ok) {
    println(io.stderr, language.error);
    return EXIT_USAGE;
  }
  const text = defineKpi(await loadKpiCatalog(runtime.value.config.kpiDirs), positionals.join(' '), language.value);
  if (!text.ok) {
    println(io.stderr, errorMessage(text.error, language.value));
    return EXIT_USAGE;
  }
  println(io.stdout, text.value);
  return EXIT_OK;
}
