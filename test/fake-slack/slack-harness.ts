import { createHmac } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LogLevel, type Logger } from '@slack/logger';
import { assembleBot, type AssembledBot } from '../../bot/assemble-bot.js';
import { loadConfig, type Config } from '../../bot/config.js';
import { DEFAULT_WORKSPACE } from '../../engine/config.js';
import { startSlackBot, type RunningSlackBot } from '../../adapters/slack/slack-bot.js';
import { sqlReplayGuard } from '../../adapters/slack/sql-replay-guard.js';
import { slackSettings } from '../../adapters/slack/slack-settings.js';
import { FAKE_APP_TOKEN, FAKE_BOT_TOKEN, FakeSlack } from './fake-slack-server.js';
import { seedSurveys } from '../survey-seed.js';

export const NOW = Date.parse('2026-11-22T10:00:00Z');
export const SIGNING_SECRET = 'test-signing-secret';

/** Bolt's and our warnings, kept for assertions instead of printed. */
export function memoryLogger(): Logger & { readonly lines: string[] } {
  const lines: string[] = [];
  const put = (level: string) => (...m: unknown[]) => void lines.push(`${level} ${m.map(String).join(' ')}`);
  return {
    lines,
    debug: () => undefined,
    info: put('info'),
    warn: put('warn'),
    error: put('error'),
    setLevel: () => undefined,
    getLevel: () => LogLevel.WARN,
    setName: () => undefined,
  };
}

export interface SlackTestBed {
  readonly slack: FakeSlack;
  readonly running: RunningSlackBot;
  readonly assembled: AssembledBot;
  readonly logger: ReturnType<typeof memoryLogger>;
  readonly dbPath: string;
  /** The bot's HTTP endpoint (HTTP mode). */
  readonly eventsUrl: string;
  close(): Promise<void>;
}

export interface TestBedOptions {
  readonly mode: 'http' | 'socket';
  readonly config?: (c: Config) => Config;
  /** Reuse a database file (a restart). */
  readonly dbPath?: string;
  /** Reuse a running fake Slack. */
  readonly slack?: FakeSlack;
  readonly seed?: boolean;
  /** The bot's clock (fixed at NOW unless a test moves it). */
  readonly now?: () => number;
}

/** kpibot on Slack over a real SQLite file, talking to a fake Slack on 127.0.0.1. */
export async function slackTestBed(o: TestBedOptions): Promise<SlackTestBed> {
  const slack = o.slack ?? new FakeSlack();
  if (!o.slack) await slack.start();
  const dir = mkdtempSync(join(tmpdir(), 'kpibot-slack-'));
  const dbPath = o.dbPath ?? join(dir, 'k.db');
  const loaded = loadConfig({}, dir);
  if (!loaded.ok) throw new Error(loaded.error.join('\n'));
  const config = o.config ? o.config(loaded.value) : loaded.value;
  const now = o.now ?? (() => NOW);
  const assembled = await assembleBot({ dbPath, config, workspace: DEFAULT_WORKSPACE, now, cwd: dir });
  if (o.seed !== false) await seedSurveys(assembled.app.store);
  const env =
    o.mode === 'socket'
      ? { SLACK_BOT_TOKEN: FAKE_BOT_TOKEN, SLACK_APP_TOKEN: FAKE_APP_TOKEN, SLACK_API_URL: slack.apiUrl }
      : { SLACK_BOT_TOKEN: FAKE_BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: slack.apiUrl, PORT: '0' };
  const settings = slackSettings(env);
  if (!settings.ok) throw new Error(settings.error.join('\n'));
  const logger = memoryLogger();
  // Signatures are checked against the real clock (Slack signs with it); answers use the fixed one.
  const replays = sqlReplayGuard(assembled.app.store);
  const running = await startSlackBot({ settings: settings.value, ...assembled, replays, now, logger, host: '127.0.0.1' });
  return {
    slack,
    running,
    assembled,
    logger,
    dbPath,
    eventsUrl: `http://127.0.0.1:${running.port ?? 0}/slack/events`,
    async close() {
      await running.stop();
      await assembled.close();
      if (!o.slack) await slack.stop();
    },
  };
}

/** The v0 signature Slack puts on a request body. */
export function sign(body: string, timestampSec: number, secret = SIGNING_SECRET): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestampSec}:${body}`).digest('hex')}`;
}

/**
 * POSTs a body to the bot as Slack would, signed (or with the signature given). `timestamp` sends
 * the header spelt another way, `bytes` sends other bytes than the signed text (both for replays).
 * A request left unanswered fails after 10 s rather than hanging the test.
 */
export async function postSigned(
  url: string,
  body: string,
  contentType: string,
  o: { timestampSec?: number; signature?: string; timestamp?: string; bytes?: Uint8Array } = {},
): Promise<{ status: number; text: string; ms: number }> {
  const ts = o.timestampSec ?? Math.floor(Date.now() / 1000);
  const started = performance.now();
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': contentType,
      'x-slack-request-timestamp': o.timestamp ?? String(ts),
      'x-slack-signature': o.signature ?? sign(body, ts),
    },
    body: o.bytes ?? body,
    signal: AbortSignal.timeout(10_000),
  });
  const text = await res.text();
  return { status: res.status, text, ms: performance.now() - started };
}

/** A slash command's form body, as Slack sends it. */
export function slashBody(slack: FakeSlack, text: string, o: { user?: string; channel?: string; channelName?: string; id?: string } = {}): string {
  const id = o.id ?? `cmd-${Math.random().toString(36).slice(2)}`;
  return new URLSearchParams({
    token: 'legacy-verification-token',
    team_id: 'T0TEAM',
    team_domain: 'acme',
    channel_id: o.channel ?? 'C0GENERAL',
    channel_name: o.channelName ?? 'general',
    user_id: o.user ?? 'U0ANA',
    user_name: 'ana',
    command: '/kpi',
    text,
    api_app_id: 'A0KPI',
    response_url: slack.responseUrl(id),
    trigger_id: `trigger-${id}`,
  }).toString();
}

/** A slash command's payload as a Socket Mode envelope carries it. */
export function slashPayload(slack: FakeSlack, text: string, o: { user?: string; channel?: string; id?: string } = {}): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(slashBody(slack, text, o)));
}

/** An Events API callback body. */
export function eventBody(event: Record<string, unknown>, eventId: string): string {
  return JSON.stringify({
    token: 'legacy-verification-token',
    team_id: 'T0TEAM',
    api_app_id: 'A0KPI',
    type: 'event_callback',
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: 'T0TEAM', user_id: 'U0KPIBOT', is_bot: true }],
    event,
  });
}

/** A button press on a message, as the interactivity payload Slack posts. */
export function buttonBody(
  slack: FakeSlack,
  o: { channel: string; messageTs: string; threadTs?: string; actionId: string; value: string; user?: string; id?: string },
): string {
  const payload = {
    type: 'block_actions',
    team: { id: 'T0TEAM', domain: 'acme' },
    user: { id: o.user ?? 'U0ANA', team_id: 'T0TEAM' },
    api_app_id: 'A0KPI',
    trigger_id: 'trigger-button',
    container: { type: 'message', message_ts: o.messageTs, channel_id: o.channel, is_ephemeral: false },
    channel: { id: o.channel, name: 'general' },
    message: { type: 'message', ts: o.messageTs, ...(o.threadTs ? { thread_ts: o.threadTs } : {}), text: 'answer' },
    response_url: slack.responseUrl(o.id ?? 'button'),
    actions: [{ type: 'button', action_id: o.actionId, block_id: 'b1', value: o.value, action_ts: String(Date.now() / 1000) }],
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

/** The text the asker alone was shown through the response_url of request `id` (waits up to 10 s). */
export async function responseTo(bed: SlackTestBed, id: string): Promise<string> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const hit = bed.slack.calls.find((c) => c.method === 'response_url' && c.args['id'] === id);
    if (hit) {
      if (hit.args['response_type'] !== 'ephemeral') throw new Error(`response to ${id} was not ephemeral`);
      return String(hit.args['text']);
    }
    if (Date.now() > deadline) throw new Error(`no response to ${id}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

export const FORM = 'application/x-www-form-urlencoded';
export const JSON_TYPE = 'application/json';
