import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { isMap, LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { WorkspaceSchema, type Workspace } from '../engine/config.js';
import { err, ok, type Result } from '../engine/result.js';
import { LANGUAGES, type Language } from './i18n/language.js';
import { isSupportedLocale } from './i18n/locale.js';
import { configProblems, notAMapping, yamlProblem, type ConfigSource } from './config-problems.js';

export const CONFIG_FILE = 'kpibot.config.yaml';
export const DEFAULT_DB = 'data/kpibot.db';

/** The config file: workspace settings plus where the workspace's own KPI files live. */
/** Who may see what, and how often one may ask. */
export const PolicySchema = z
  .object({
    /** KPIs only some channels may see (revenue, margins and profitability, say, only in finance). */
    restricted: z
      .array(z.object({ kpis: z.array(z.string()).min(1), channels: z.array(z.string()) }).strict())
      .default([]),
    /** Whether guest accounts may ask (Slack's single- and multi-channel guests). */
    allow_guests: z.boolean().default(false),
    /** Whether people of other workspaces in shared channels may ask. */
    allow_external: z.boolean().default(false),
    /** Users who may manage digest subscriptions. */
    subscription_managers: z.array(z.string()).default([]),
    /** Questions one user may ask per window; 0 turns the limit off. */
    rate_limit: z
      .object({ questions: z.number().int().nonnegative().default(30), per_seconds: z.number().int().positive().default(60) })
      .strict()
      .default({ questions: 30, per_seconds: 60 }),
  })
  .strict();
export type Policy = z.infer<typeof PolicySchema>;

export const ConfigFileSchema = WorkspaceSchema.extend({
  access: PolicySchema.default(PolicySchema.parse({})),
  /** Folders of extra KPI files, relative to the config file. */
  kpi_dirs: z.array(z.string()).default([]),
  /** Where `/kpi export` writes notebooks, relative to the working folder. */
  notebook_dir: z.string().default('notebooks'),
  /** Notebook sessions idle this many days are removed. */
  session_days: z.number().int().positive().default(30),
  /** The language replies are in when neither the question's words nor the platform say (en, pt, ro). */
  language: z.enum(LANGUAGES).default('en'),
  /**
   * How numbers and dates are written (BCP 47: pt-PT, pt-BR, ro-RO, en-GB...), and the CSV
   * format `kpibot import` expects. Replies in another language use that language's own.
   */
  locale: z
    .string()
    .refine(isSupportedLocale, { message: 'not a locale kpibot formats in (e.g. en-US, en-GB, pt-PT, pt-BR, ro-RO)' })
    .optional(),
  /** How long one question's read may run before it is stopped and answered "took too long" (seconds). */
  query_timeout_seconds: z.number().positive().default(30),
  /** The shortest time between two sends of one digest; a schedule more frequent is refused. */
  digest_min_interval_minutes: z.number().int().positive().default(60),
  /**
   * How long one process's claim on a digest it is sending holds: another process sharing the
   * database takes the digest over (and checks the channel first) only after this.
   */
  digest_lease_seconds: z.number().int().positive().default(120),
  /**
   * Minutes a digest may go out late (kpibot was down at its time): later than this it is
   * skipped, since a Monday report read on Tuesday afternoon misleads more than it helps.
   */
  digest_grace: z.number().int().nonnegative().default(360),
}).strict();

export interface Config {
  readonly workspace: Workspace;
  /** Absolute paths of the workspace's own KPI folders. */
  readonly kpiDirs: readonly string[];
  readonly notebookDir: string;
  readonly sessionDays: number;
  readonly digestMinIntervalMinutes: number;
  readonly language: Language;
  /** The workspace's locale, when the config names one (else each language's default). */
  readonly locale?: string;
  readonly digestLeaseSeconds: number;
  /** The time limit of one read (config `query_timeout_seconds`). */
  readonly queryTimeoutSeconds: number;
  readonly digestGraceMinutes: number;
  readonly policy: Policy;
  /** The file the settings came from, if any. */
  readonly file: string | null;
}

/**
 * Reads `kpibot.config.yaml` (or the file `KPIBOT_CONFIG` names) once, at start-up. No file means
 * the defaults (UTC, USD, calendar fiscal year). Every problem is reported with the file, line
 * and column, and an unknown key with the closest valid one.
 */
export function loadConfig(env: NodeJS.ProcessEnv, cwd: string): Result<Config, string[]> {
  const named = env['KPIBOT_CONFIG'];
  const file = named ? resolve(cwd, named) : resolve(cwd, CONFIG_FILE);
  let source: ConfigSource | null = null;
  if (existsSync(file)) {
    const lines = new LineCounter();
    const doc = parseDocument(readFileSync(file, 'utf8'), { lineCounter: lines });
    if (doc.errors.length > 0) return err(doc.errors.map((e) => yamlProblem(file, e)));
    source = { file, doc, lines };
    // An empty file (or one of comments only) is the defaults.
    if (doc.contents !== null && !isMap(doc.contents)) return err([notAMapping(source)]);
  } else if (named) {
    return err([`KPIBOT_CONFIG names ${file}, which does not exist.`]);
  }
  const parsed = ConfigFileSchema.safeParse(source?.doc.toJS() ?? {});
  if (!parsed.success) {
    // Without a file the defaults are parsed, and they are valid: this is the file's problem.
    return err(source ? configProblems(source, ConfigFileSchema, parsed.error.issues) : parsed.error.issues.map((i) => i.message));
  }
  const { kpi_dirs, notebook_dir, session_days, language, locale, query_timeout_seconds, digest_min_interval_minutes, digest_lease_seconds, digest_grace, access, ...workspace } = parsed.data;
  return ok({
    workspace,
    sessionDays: session_days,
    digestMinIntervalMinutes: digest_min_interval_minutes,
    language,
    ...(locale !== undefined ? { locale } : {}),
    queryTimeoutSeconds: query_timeout_seconds,
    digestLeaseSeconds: digest_lease_seconds,
    digestGraceMinutes: digest_grace,
    policy: access,
    notebookDir: notebook_dir,
    kpiDirs: kpi_dirs.map((d) => resolve(dirname(file), d)),
    file: existsSync(file) ? file : null,
  });
}
