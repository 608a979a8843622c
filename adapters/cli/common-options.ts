import { resolve } from 'node:path';
import { isValidTimeZone, type Workspace } from '../../engine/config.js';
import { err, ok, type Result } from '../../engine/result.js';
import { DEFAULT_DB, loadConfig, type Config } from '../../bot/config.js';
import type { CliIo } from './cli-io.js';

/** Options every subcommand takes. */
export const COMMON_OPTIONS = {
  db: { type: 'string' },
  tz: { type: 'string' },
  now: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export interface CommonValues {
  readonly db?: string | undefined;
  readonly tz?: string | undefined;
  readonly now?: string | undefined;
}

export interface Runtime {
  readonly dbPath: string;
  readonly config: Config;
  readonly workspace: Workspace;
  readonly now: () => number;
}

/**
 * Settles what a subcommand runs against: the database (`--db`, else KPIBOT_DB, else
 * data/kpibot.db), the config file, the time zone (`--tz` over the config's) and the clock (`--now`).
 */
export function runtimeOf(values: CommonValues, io: CliIo): Result<Runtime, string> {
  const config = loadConfig(io.env, io.cwd);
  if (!config.ok) return err(config.error.join('\n'));
  const dbPath = resolve(io.cwd, values.db ?? io.env['KPIBOT_DB'] ?? DEFAULT_DB);
  let workspace = config.value.workspace;
  if (values.tz !== undefined) {
    if (!isValidTimeZone(values.tz)) return err(`--tz ${values.tz} is not a known IANA time zone (e.g. UTC, Europe/Lisbon, America/Sao_Paulo).`);
    workspace = { ...workspace, timezone: values.tz };
  }
  let now = (): number => Date.now();
  if (values.now !== undefined) {
    const fixed = Date.parse(values.now);
    if (!/^\d{4}-\d{2}-\d{2}T/.test(values.now) || Number.isNaN(fixed)) {
      return err(`--now ${values.now} is not an ISO instant; write it like 2026-11-22T10:00:00Z.`);
    }
    now = () => fixed;
  }
  return ok({ dbPath, config: config.value, workspace, now });
}
