import { resolve } from 'node:path';
import type { Workspace } from '../engine/config.js';
import type { ChartRenderer } from '../engine/chart/chart-renderer.js';
import { isStoreBusy } from '../engine/store/store-busy.js';
import { openApp, type App } from './app.js';
import { createBot, type Bot } from './bot.js';
import type { Config } from './config.js';
import { kpiRules } from './policy/kpi-access.js';
import { membersOnly } from './policy/members-only.js';
import { rateLimit } from './policy/rate-limit.js';
import { sqlRateLedger } from './policy/rate-ledger.js';
import { sqlMessageLinks, type MessageLinks } from './session/message-links.js';
import { sqlSessionStore } from './session/sql-session-store.js';
import { createDigestScheduler, type DigestScheduler, type DigestSink, type SchedulerLogger } from './digest/digest-scheduler.js';
import { sqlSubscriptionStore, type SubscriptionStore } from './digest/subscription-store.js';
import { subscriptionManagers } from './policy/subscription-managers.js';
import { sqlTargetStore, type TargetStore } from './target/target-store.js';

export interface AssembleOptions {
  readonly dbPath: string;
  readonly config: Config;
  readonly workspace: Workspace;
  readonly now: () => number;
  /** The working folder, which `notebook_dir` is relative to. */
  readonly cwd: string;
  /**
   * Whether `access.rate_limit` applies (default true). It keeps one person from crowding out
   * the others in a shared chat; the console has one person, who may pipe in a file of questions.
   */
  readonly perUserRateLimit?: boolean;
}

/** Everything a chat adapter needs: the bot with its policies, where its messages are linked, and charts. */
export interface AssembledBot {
  readonly app: App;
  readonly bot: Bot;
  readonly links: MessageLinks;
  /** The chart renderer, loaded on the first chart: vega and resvg add a second to start-up. */
  readonly charts: () => Promise<ChartRenderer>;
  /** The channels' digest subscriptions. */
  readonly subscriptions: SubscriptionStore;
  /** The workspace's targets. */
  readonly targets: TargetStore;
  /** Starts sending digests through the adapters' sinks (one per platform, one scheduler); `close` stops it. */
  startDigests(sink: DigestSink | readonly DigestSink[], logger: SchedulerLogger): DigestScheduler;
  close(): Promise<void>;
}

/**
 * Opens the database and builds the bot the way every chat (console, Slack, Discord) runs it:
 * sessions in SQLite with idle ones expired, and the config's policies in order (who may ask,
 * how often, which KPIs where; the console leaves out how often).
 */
export async function assembleBot(o: AssembleOptions): Promise<AssembledBot> {
  const app = await openApp({ dbPath: o.dbPath, workspace: o.workspace, kpiDirs: o.config.kpiDirs, now: o.now, queryTimeoutMs: o.config.queryTimeoutSeconds * 1000 });
  const sessions = sqlSessionStore(app.store);
  // Housekeeping only: when an import holds the database, old sessions wait for the next start.
  await sessions.expire(o.now() - o.config.sessionDays * 86_400_000).catch((e: unknown) => {
    if (!isStoreBusy(e)) throw e;
  });
  let renderer: Promise<ChartRenderer> | undefined;
  const charts = (): Promise<ChartRenderer> =>
    (renderer ??= import('../engine/chart/chart-renderer.js').then((m) => m.createChartRenderer()));
  const { policy } = o.config;
  const subscriptions = sqlSubscriptionStore(app.store);
  const targets = sqlTargetStore(app.store);
  let scheduler: DigestScheduler | undefined;
  const access = kpiRules(app.engine.catalog, policy.restricted);
  const bot = createBot({
    engine: app.engine,
    sessions,
    now: o.now,
    notebookDir: resolve(o.cwd, o.config.notebookDir),
    charts,
    digests: { store: subscriptions, wake: () => scheduler?.wake(), minIntervalMinutes: o.config.digestMinIntervalMinutes },
    targets,
    shownIn: access.shownIn,
    language: o.config.language,
    ...(o.config.locale !== undefined ? { locale: o.config.locale } : {}),
    policies: [
      membersOnly({ allowGuests: policy.allow_guests, allowExternal: policy.allow_external }),
      ...(o.perUserRateLimit === false ? [] : [rateLimit(policy.rate_limit.questions, policy.rate_limit.per_seconds, sqlRateLedger(app.store))]),
      subscriptionManagers(policy.subscription_managers),
      access.policy,
    ],
  });
  return {
    app,
    bot,
    links: sqlMessageLinks(app.store),
    charts,
    subscriptions,
    targets,
    startDigests(sink, logger) {
      scheduler ??= createDigestScheduler({
        store: subscriptions,
        engine: app.engine,
        sink,
        now: o.now,
        logger,
        leaseMs: o.config.digestLeaseSeconds * 1000,
        graceMs: o.config.digestGraceMinutes * 60_000,
        targets,
        language: o.config.language,
        ...(o.config.locale !== undefined ? { locale: o.config.locale } : {}),
      });
      scheduler.start();
      return scheduler;
    },
    async close() {
      await scheduler?.stop();
      await app.close();
    },
  };
}
