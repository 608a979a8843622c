import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { importCsv } from '../../engine/import/import-csv.js';
import { progressBar } from '../../engine/import/progress-bar.js';
import { isTableName, TABLE_NAMES } from '../../engine/schema/tables.js';
import { openSqliteStore } from '../../engine/store/sqlite-store.js';
import { COMMON_OPTIONS, runtimeOf } from './common-options.js';
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE, println, type CliIo } from './cli-io.js';
import { importHelp } from './import-help.js';
import { noteNewDatabase } from './created-paths.js';
import { importFormatOf } from './import-format-options.js';

/** How many problems are listed before "and N more". */
const SHOWN_PROBLEMS = 50;

/** `kpibot import <table> <file.csv>`: all or nothing, with a progress bar on a terminal and a summary. */
export async function commandImport(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      ...COMMON_OPTIONS,
      'skip-invalid': { type: 'boolean' },
      rejects: { type: 'string' },
      locale: { type: 'string' },
      delimiter: { type: 'string' },
      decimal: { type: 'string' },
      'date-format': { type: 'string' },
    },
    allowPositionals: true,
  });
  if (values.help) {
    println(io.stdout, importHelp());
    return EXIT_OK;
  }
  const [table, file, ...extra] = positionals;
  if (table === undefined || file === undefined || extra.length > 0) {
    println(io.stderr, 'Usage: kpibot import <table> <file.csv> [--locale pt-PT|pt-BR|ro-RO|en] [--skip-invalid] (kpibot import --help for the data contract)');
    return EXIT_USAGE;
  }
  if (!isTableName(table)) {
    println(io.stderr, `There is no table ${table}. Tables: ${TABLE_NAMES.join(', ')}.`);
    return EXIT_USAGE;
  }
  const runtime = runtimeOf(values, io);
  if (!runtime.ok) {
    println(io.stderr, runtime.error);
    return EXIT_USAGE;
  }
  const format = importFormatOf(values, runtime.value.config.locale);
  if (!format.ok) {
    println(io.stderr, format.error);
    return EXIT_USAGE;
  }
  // A refused import leaves no trace: not the new database, nor a folder made for it.
  const created = noteNewDatabase(runtime.value.dbPath);
  let imported = false;
  const store = await openSqliteStore(runtime.value.dbPath).catch((e: unknown) => {
    created.undo();
    throw e;
  });
  const bar = progressBar(io.stderr);
  try {
    const outcome = await importCsv(store, {
      table,
      file: resolve(io.cwd, file),
      timezone: runtime.value.workspace.timezone,
      ...format.value,
      skipInvalid: values['skip-invalid'] ?? false,
      ...(values.rejects !== undefined ? { rejectsFile: resolve(io.cwd, values.rejects) } : {}),
      onProgress: bar.onProgress,
    });
    bar.stop();
    if (!outcome.ok) {
      println(io.stderr, `Rejected ${file}: nothing was imported (${outcome.problemCount} problem(s) on ${outcome.badRows} of ${outcome.read} row(s)).`);
      if (outcome.readAs !== undefined && outcome.readAs !== '') println(io.stderr, `  ${outcome.readAs}`);
      for (const p of outcome.problems.slice(0, SHOWN_PROBLEMS)) {
        println(io.stderr, `  line ${p.line}${p.column ? `, ${p.column}` : ''}: ${p.reason}`);
      }
      if (outcome.problemCount > SHOWN_PROBLEMS) println(io.stderr, `  … and ${outcome.problemCount - SHOWN_PROBLEMS} more`);
      println(io.stderr, 'Fix the file and import it again, or use --skip-invalid to import the valid rows.');
      return EXIT_FAILED;
    }
    imported = true;
    const s = outcome.summary;
    for (const w of s.warnings) println(io.stderr, `warning: ${w}`);
    println(io.stdout, `${s.table}: ${s.read} read, ${s.inserted} inserted, ${s.replaced} replaced, ${s.rejected} rejected`);
    if (s.readAs !== '') println(io.stdout, s.readAs);
    if (s.rejectsFile) println(io.stdout, `rejected rows and reasons: ${s.rejectsFile}`);
    return EXIT_OK;
  } finally {
    bar.stop();
    await store.close();
    if (!imported) created.undo();
  }
}
