import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { assembleBot, type AssembledBot } from '../bot/assemble-bot.js';
import { loadConfig, type Config } from '../bot/config.js';
import { createDigestScheduler, DigestSendError, type DigestScheduler, type DigestSink } from '../bot/digest/digest-scheduler.js';
import type { Subscription } from '../bot/digest/subscription.js';
import type { Inbound } from '../bot/policy/turn.js';
import type { Reply } from '../bot/reply/reply.js';
import { DEFAULT_WORKSPACE } from '../engine/config.js';

/** The platform's side, recorded: what a channel received, and a switch to fail sends. */
export class RecordingSink implements DigestSink {
  readonly platform = 'chat';
  readonly sent: { channel: string; key: string; reply: Reply }[] = [];
  failNext: DigestSendError | Error | null = null;
  /** Take the message, then fail as if the platform's answer was lost on the way back. */
  loseAnswerOnce = false;
  /** Refusals queued per channel (a 429 for one channel only), taken one per send to it. */
  readonly failFor = new Map<string, DigestSendError[]>();
  async deliver(to: Subscription, reply: Reply, key: string): Promise<string> {
    const refusal = this.failFor.get(to.channel)?.shift();
    if (refusal) throw refusal;
    if (this.failNext) {
      const e = this.failNext;
      this.failNext = null;
      throw e;
    }
    this.sent.push({ channel: to.channel, key, reply });
    if (this.loseAnswerOnce) {
      this.loseAnswerOnce = false;
      throw new Error('socket hang up');
    }
    return `m${this.sent.length}`;
  }
  /** Channels whose history cannot be read (the bot lost access while it was down). */
  readonly unreadable = new Set<string>();
  /** The digests whose charts were added, by channel and message. */
  readonly attached: { channel: string; ref: string }[] = [];
  async attach(to: Subscription, _reply: Reply, ref: string): Promise<void> {
    this.attached.push({ channel: to.channel, ref });
  }
  /** What people were told about digests that failed for good. */
  readonly notices: { channel: string; text: string }[] = [];
  async notify(to: Subscription, text: string): Promise<void> {
    this.notices.push({ channel: to.channel, text });
  }
  async find(to: Subscription, key: string): Promise<string | null> {
    if (this.unreadable.has(to.channel)) throw new Error('ECONNRESET reading history');
    const i = this.sent.findIndex((m) => m.key === key && m.channel === to.channel);
    return i < 0 ? null : `m${i + 1}`;
  }
}

export const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };

export interface World {
  clock: { now: number };
  assembled: AssembledBot;
  sink: RecordingSink;
  scheduler: DigestScheduler;
  say(text: string, who?: Partial<Inbound>): Promise<Reply>;
  restart(): Promise<void>;
}

const opened: World[] = [];
afterEach(async () => {
  for (const w of opened.splice(0)) await w.assembled.close();
});

/**
 * The assembled bot over a real SQLite file, on a clock the test moves, with the scheduler ticked
 * by hand. NPS answers (all from customer A, SMB): week 2026-W12 (16–22 March) 10 and 10, so
 * +100; week 2026-W13 (23–29 March) 10, 9 and 3: 2 promoters and 1 detractor of 3, +33.3.
 */
export async function world(startIso: string, config: (c: Config) => Config = (c) => c): Promise<World> {
  const dir = mkdtempSync(join(tmpdir(), 'kpibot-digests-'));
  const dbPath = join(dir, 'k.db');
  const loaded = loadConfig({}, dir);
  if (!loaded.ok) throw new Error(loaded.error.join('\n'));
  const clock = { now: Date.parse(startIso) };
  const sink = new RecordingSink();
  const open = async () => {
    const cfg = config(loaded.value);
    const assembled = await assembleBot({ dbPath, config: cfg, workspace: DEFAULT_WORKSPACE, now: () => clock.now, cwd: dir });
    const scheduler = createDigestScheduler({
      store: assembled.subscriptions,
      engine: assembled.app.engine,
      sink,
      now: () => clock.now,
      logger: quiet,
      graceMs: cfg.digestGraceMinutes * 60_000,
      targets: assembled.targets,
      language: cfg.language,
      ...(cfg.locale !== undefined ? { locale: cfg.locale } : {}),
    });
    return { assembled, scheduler };
  };
  let { assembled, scheduler } = await open();
  await assembled.app.store.run("INSERT INTO customers (customer_id, segment, region, signup_at) VALUES ('A', 'SMB', 'Europe', 0)");
  const answers: [string, number][] = [['2026-03-17', 10], ['2026-03-20', 10], ['2026-03-23', 10], ['2026-03-25', 9], ['2026-03-29', 3]];
  for (const [i, [day, score]] of answers.entries()) {
    await assembled.app.store.run("INSERT INTO surveys (response_id, customer_id, answered_at, kind, score) VALUES (?, 'A', ?, 'nps', ?)", [`r${i}`, Date.parse(`${day}T12:00:00Z`), score]);
  }
  const w: World = {
    clock,
    sink,
    get assembled() {
      return assembled;
    },
    get scheduler() {
      return scheduler;
    },
    say: (text, who = {}) => assembled.bot.handle({ text, user: 'U1', channel: 'C1', channelName: 'leads', platform: 'chat', ...who }),
    async restart() {
      await assembled.close();
      ({ assembled, scheduler } = await open());
    },
  };
  opened.push(w);
  return w;
}

export const textOf = (r: Reply): string => (r.kind === 'text' ? r.text : r.kind === 'error' ? `error: ${r.message}` : JSON.stringify(r));
export const parts = (r: Reply | undefined): Reply[] => (r?.kind === 'multi' ? [...r.parts] : r ? [r] : []);
export const headlineOf = (r: Reply | undefined) => parts(r).find((p): p is Extract<Reply, { kind: 'headline' }> => p.kind === 'headline');

/** Every run of the world's subscriptions, oldest first per subscription, as the ledger has it. */
export async function runsOf(w: World): Promise<{ at: string; status: string; note: string | null }[]> {
  const rows = await w.assembled.app.store.all<{ scheduled_for: number; status: string; note: string | null }>(
    'SELECT scheduled_for, status, note FROM bot_digest_runs ORDER BY subscription_id, scheduled_for',
  );
  return rows.map((r) => ({ at: new Date(r.scheduled_for).toISOString(), status: r.status, note: r.note }));
}
