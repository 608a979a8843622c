import { parseArgs } from 'node:util';
import { loadKpiCatalog } from '../../bot/app.js';
import { listText } from '../../bot/describe-kpi.js';
import { COMMON_OPTIONS, runtimeOf } from './common-options.js';
import { LANGUAGE_OPTION, languageOption } from './language-option.js';
import { EXIT_OK, EXIT_USAGE, println, type CliIo } from './cli-io.js';
import { LIST_HELP } from './list-help.js';

/** `kpibot list`: every KPI, as the chat lists them. Reads the KPI files, not the database. */
export async function commandList(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({ args, options: { ...COMMON_OPTIONS, ...LANGUAGE_OPTION }, allowPositionals: true });
  if (values.help || positionals.length > 0) {
    println(values.help ? io.stdout : io.stderr, LIST_HELP);
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
  println(io.stdout, listText(await loadKpiCatalog(runtime.value.config.kpiDirs), language.value));
  return EXIT_OK;
}
