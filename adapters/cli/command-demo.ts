import { parseArgs } from 'node:util';
import { generateDemo } from '../../engine/demo/generate-demo.js';
import { openSqliteStore } from '../../engine/store/sqlite-store.js';
import { tablesNotFromDemo } from '../../engine/store/table-origins.js';
import type { TableName } from '../../engine/schema/tables.js';
import { DEMO_HELP } from './demo-help.js';
import { COMMON_OPTIONS, runtimeOf, type Runtime } from './common-options.js';
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE, println, type CliIo } from './cli-io.js';

/** `kpibot demo`: fills the database with the seeded demo data set. */
export async function commandDemo(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { ...COMMON_OPTIONS, customers: { type: 'string' }, seed: { type: 'string' }, force: { type: 'boolean' } },
  });
  if (values.help) {
    println(io.stdout, DEMO_HELP);
    return EXIT_OK;
  }
  const customers = values.customers === undefined ? undefined : Number(values.customers);
  const seed = values.seed === undefined ? undefined : Number(values.seed);
  if (customers !== undefined && (!Number.isInteger(customers) || customers < 10 || customers > 5_000_000)) {
    println(io.stderr, '--customers takes a whole number from 10 to 5000000.');
    return EXIT_USAGE;
  }
  if (seed !== undefined && !Number.isInteger(seed)) {
    println(io.stderr, '--seed takes a whole number.');
    return EXIT_USAGE;
  }
  const runtime = runtimeOf(values, io);
  if (!runtime.ok) {
    println(io.stderr, runtime.error);
    return EXIT_USAGE;
  }
  const options = { ...(customers !== undefined ? { customers } : {}), ...(seed !== undefined ? { seed } : {}), force: values.force ?? false };
  return (await writeDemo(runtime.value, io, options)) ? EXIT_OK : EXIT_FAILED;
}

export interface WriteDemoOptions {
  readonly customers?: number;
  readonly seed?: number;
  /** Replace tables that hold data the demo did not write (imported); refused without it. */
  readonly force?: boolean;
}

/**
 * Generates the demo data set into the runtime's database and prints what it wrote. Returns
 * false, having written nothing, when the database holds data the demo did not write and
 * `force` is not set: the demo replaces all ten tables, and imported data is not the demo's to lose.
 */
export async function writeDemo(runtime: Runtime, io: CliIo, options: WriteDemoOptions = {}): Promise<boolean> {
  const { force = false, ...sizes } = options;
  const store = await openSqliteStore(runtime.dbPath);
  try {
    const foreign = force ? [] : await tablesNotFromDemo(store);
    if (foreign.length > 0) {
      println(io.stderr, importedDataMessage(runtime.dbPath, foreign));
      return false;
    }
    const started = Date.now();
    let lastTable = '';
    const summary = await generateDemo(store, {
      ...sizes,
      now: runtime.now(),
      timezone: runtime.workspace.timezone,
      onProgress: (_done, _total, table) => {
        if (io.stderr.isTTY && table !== lastTable) {
          lastTable = table;
          io.stderr.write(`\r  writing ${table}…          `);
        }
      },
    });
    if (io.stderr.isTTY) io.stderr.write('\r');
    const counts = Object.entries(summary)
      .map(([t, n]) => `${t} ${Number(n).toLocaleString('en-US')}`)
      .join(', ');
    println(io.stdout, `Demo data written to ${runtime.dbPath} in ${((Date.now() - started) / 1000).toFixed(1)} s: ${counts}`);
    return true;
  } finally {
    await store.close();
  }
}

function importedDataMessage(dbPath: string, tables: readonly TableName[]): string {
  return [
    `${dbPath} holds data the demo did not write, in ${tables.join(', ')} (imported, or written by an older kpibot).`,
    'The demo replaces all ten tables, so nothing was written. Give the demo its own file with',
    '--db PATH, or add --force to replace that data with the demo data set.',
  ].join('\n');
}
