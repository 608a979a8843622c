import { App, SocketModeReceiver, webApi, type Receiver, type RespondFn } from '@slack/bolt';
import type { Logger } from '@slack/logger';
import type { Bot } from '../../bot/bot.js';
import { failure } from '../../bot/messages.js';
import type { Inbound } from '../../bot/policy/turn.js';
import type { MessageLinks } from '../../bot/session/message-links.js';
import type { ChartRenderer } from '../../engine/chart/chart-renderer.js';
import { parseButtonValue, slackMessage } from './slack-blocks.js';
import { slackOutbox, tellAsker, type Destination } from './slack-outbox.js';
import { turnRunner } from '../../bot/turn/turn-runner.js';
import { slackDirectory, type SlackIdentity } from './slack-directory.js';
import { slackErrorCode } from './slack-error.js';
import { SignedHttpReceiver } from './signed-http-receiver.js';
import type { ReplayGuard } from './replay-guard.js';
import { slackDigestSink } from './slack-digest-sink.js';
import type { DigestScheduler, DigestSink, SchedulerLogger } from '../../bot/digest/digest-scheduler.js';
import type { SlackSettings } from './slack-settings.js';

export interface SlackBotOptions {
  readonly settings: SlackSettings;
  readonly bot: Bot;
  readonly links: MessageLinks;
  readonly charts: () => Promise<ChartRenderer>;
  readonly now: () => number;
  readonly logger: Logger;
  /** HTTP mode refuses a signed request already accepted here or by another process with these claims. */
  readonly replays: ReplayGuard;
  /** HTTP mode listens on this interface (all of them by default; tests use 127.0.0.1). */
  readonly host?: string;
  /** Starts the channels' digests with the sink this app provides (the assembled bot's). */
  readonly startDigests?: (sink: DigestSink, logger: SchedulerLogger) => DigestScheduler;
}

export interface RunningSlackBot {
  readonly identity: SlackIdentity & { readonly botName: string; readonly teamName: string };
  /** HTTP mode's port (useful with PORT=0); undefined in Socket Mode. */
  readonly port: number | undefined;
  /** The digest scheduler, when the bot sends digests. */
  readonly digests: DigestScheduler | undefined;
  stop(): Promise<void>;
}

/** A start-up failure a person can fix: the message names the variable and what to do. */
export class SlackStartError extends Error {}

/**
 * The Web client's retries: a 429 waits Retry-After and tries again; other failures back off for
 * about a minute in all, so an answer arrives late rather than days late.
 */
const RETRY_CONFIG = { retries: 4, factor: 2, minTimeout: 1000, maxTimeout: 30_000, randomize: true };

/** Slack retries an unacknowledged event within minutes; an hour covers every retry it makes. */
const EVENT_MEMORY_MS = 60 * 60 * 1000;

/**
 * The bot on Slack, with Bolt: `/kpi` commands, mentions and replies in an answer's thread as
 * follow-ups, and the buttons under answers. Socket Mode with SLACK_APP_TOKEN, else HTTP on
 * /slack/events. The token is checked before anything listens, so a bad one is a clear start-up
 * error rather than a silent bot.
 */
export async function startSlackBot(o: SlackBotOptions): Promise<RunningSlackBot> {
  const { settings, logger } = o;
  const slackApiUrl = settings.apiUrl;
  const identity = await checkBotToken(settings, logger);

  let receiver: Receiver;
  let httpReceiver: SignedHttpReceiver | undefined;
  if (settings.mode === 'socket') {
    receiver = new SocketModeReceiver({
      appToken: settings.appToken,
      logger,
      // apps.connections.open goes through the same Web API base URL.
      installerOptions: { clientOptions: slackApiUrl ? { slackApiUrl } : {} },
    });
  } else {
    // Signatures are checked against the real clock, which is what Slack signs with, not the bot's clock.
    httpReceiver = new SignedHttpReceiver({
      signingSecret: settings.signingSecret,
      replays: o.replays,
      port: settings.port,
      logger,
      ...(o.host ? { host: o.host } : {}),
    });
    receiver = httpReceiver;
  }

  const app = new App({
    token: settings.botToken,
    receiver,
    logger,
    botUserId: identity.botUserId,
    ...(identity.botId ? { botId: identity.botId } : {}),
    clientOptions: { ...(slackApiUrl ? { slackApiUrl } : {}), retryConfig: RETRY_CONFIG },
  });
  const turns = turnRunner<Destination>({
    bot: o.bot,
    directory: slackDirectory(app.client, identity, o.now, logger),
    outbox: slackOutbox(app.client, { charts: o.charts, logger }),
    links: o.links,
    now: o.now,
    logger,
    platform: 'slack',
    isDirect,
  });
  const turn = (inbound: Inbound, to: Destination): Promise<void> => turns.run(inbound, to);

  // Slack redelivers an event it thinks was not acknowledged, possibly to another kpibot process
  // behind the same URL or Socket Mode app: answer each event once, across every process on the
  // database, through the same claims that refuse replayed requests. Slack's clock, not the bot's
  // (which `--now` may fix), says when a claim is stale, as for the requests themselves.
  app.use(async ({ body, next }) => {
    const id = (body as { event_id?: unknown }).event_id;
    if (typeof id === 'string' && !(await o.replays.firstSeen(`slack-event:${id}`, Date.now() + EVENT_MEMORY_MS))) return;
    await next();
  });

  app.command('/kpi', async ({ command, ack, respond }) => {
    // Slack's three-second rule: acknowledge first, answer afterwards.
    await ack();
    await turn(
      { text: command.text, user: command.user_id, channel: command.channel_id, ...realChannelName(command.channel_name) },
      { channel: command.channel_id, user: command.user_id, respond },
    );
  });

  app.event('app_mention', async ({ event }) => {
    // Editing a message that mentions the bot sends a new app_mention (new event id): answer once.
    if (!event.user || ('edited' in event && event.edited)) return;
    // In a direct message every message is for the bot: the message listener answers it.
    if (isDirect(event.channel)) return;
    const text = withoutMentions(event.text);
    const root = event.thread_ts;
    const link = root ? await o.links.find(event.channel, root) : null;
    await turn(
      { text, user: event.user, channel: event.channel, ...(link ? { session: link.sessionId } : root ? { thread: root } : {}) },
      { channel: event.channel, user: event.user, ...(root ? { thread: root } : {}) },
    );
  });

  // A message in the bot's direct messages is a question (its own session, like the console); a
  // reply in the thread under an answer, without a mention, is a follow-up of that answer.
  app.message(async ({ message }) => {
    if (message.subtype !== undefined || !message.user) return;
    // Bolt drops our own posts; other apps' bots talking in the thread are not asking us anything.
    if ('bot_id' in message && message.bot_id) return;
    const direct = message.channel_type === 'im';
    const thread = message.thread_ts && message.thread_ts !== message.ts ? message.thread_ts : undefined;
    if (!direct && (!thread || (message.text ?? '').includes(`<@${identity.botUserId}>`))) return; // app_mention has those
    const link = thread ? await o.links.find(message.channel, thread) : null;
    if (!direct && !link) return;
    await turn(
      { text: withoutMentions(message.text ?? ''), user: message.user, channel: message.channel, ...(link ? { session: link.sessionId } : thread ? { thread } : {}) },
      { channel: message.channel, user: message.user, ...(thread ? { thread } : {}) },
    );
  });

  app.action(/^kpi_/, async ({ ack, body, action, respond }) => {
    await ack();
    if (body.type !== 'block_actions' || action.type !== 'button') return;
    const value = parseButtonValue(action.value);
    const channel = body.channel?.id ?? body.container?.channel_id;
    const messageTs = body.message?.ts ?? body.container?.message_ts;
    if (!value || !channel) return;
    const thread = body.message?.thread_ts;
    const to: Destination = { channel, user: body.user.id, ...(thread ? { thread } : {}), ...(respond ? { respond: respond as RespondFn } : {}) };
    const link = typeof messageTs === 'string' ? await o.links.find(channel, messageTs) : null;
    if (value.cell !== undefined && !link) {
      await tellAsker(app.client, to, slackMessage(failure({ code: 'followup.nothing' }, value.language)), logger);
      return;
    }
    await turn(
      { text: value.text, user: body.user.id, channel, ...(link ? { session: link.sessionId } : {}), ...(value.cell !== undefined ? { refines: value.cell } : {}), ...(value.language ? { language: value.language } : {}) },
      to,
    );
  });

  app.error(async (e) => {
    logger.error(`slack: ${String(e)}`);
  });

  try {
    await app.start();
  } catch (e) {
    throw startError(e, settings);
  }
  // Digests get a client that never resends by itself: a post that failed after Slack took it
  // must be looked up in the channel's history before another try, which the scheduler does.
  // A 429 is thrown at once, not slept through inside the call: the scheduler reschedules that
  // channel's run for its Retry-After and sends the other channels meanwhile.
  const digestClient = new webApi.WebClient(settings.botToken, {
    ...(slackApiUrl ? { slackApiUrl } : {}),
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    logger,
  });
  const digests = o.startDigests?.(slackDigestSink(digestClient, o.charts, logger), logger);
  return {
    identity,
    port: httpReceiver?.port(),
    digests,
    async stop() {
      await digests?.stop();
      await app.stop();
      await turns.settle();
    },
  };
}

/** `auth.test` once, without retries: a wrong token should fail now, clearly, not after a minute. */
async function checkBotToken(settings: SlackSettings, logger: Logger): Promise<RunningSlackBot['identity']> {
  const client = new webApi.WebClient(settings.botToken, {
    ...(settings.apiUrl ? { slackApiUrl: settings.apiUrl } : {}),
    retryConfig: { retries: 0 },
    logger,
  });
  try {
    const r = await client.auth.test();
    if (!r.user_id || !r.team_id) throw new SlackStartError('auth.test did not say who the bot is.');
    return {
      teamId: r.team_id,
      enterpriseId: r.enterprise_id || undefined,
      botUserId: r.user_id,
      botId: r.bot_id,
      botName: r.user ?? 'kpibot',
      teamName: r.team ?? r.team_id,
    };
  } catch (e) {
    if (e instanceof SlackStartError) throw e;
    const code = slackErrorCode(e);
    if (['invalid_auth', 'not_authed', 'account_inactive', 'token_revoked', 'token_expired'].includes(code)) {
      throw new SlackStartError(
        `SLACK_BOT_TOKEN was refused by Slack (${code}). Copy the Bot User OAuth Token (xoxb-…) from your app's "OAuth & Permissions" page; reinstall the app if it was revoked.`,
      );
    }
    throw new SlackStartError(`Could not reach Slack at ${settings.apiUrl ?? 'https://slack.com/api/'} (${code}). Check the network${settings.apiUrl ? ' and SLACK_API_URL' : ''}.`);
  }
}

function startError(e: unknown, settings: SlackSettings): Error {
  const code = slackErrorCode(e);
  if (settings.mode === 'socket') {
    if (/invalid_auth|not_authed|not_allowed_token_type|token_revoked/.test(code)) {
      return new SlackStartError(
        `SLACK_APP_TOKEN was refused by Slack (${code}). Use an App-Level Token (xapp-…) with the connections:write scope, from "Basic Information", and turn Socket Mode on.`,
      );
    }
    return new SlackStartError(`Could not open the Socket Mode connection (${code}).`);
  }
  if (/EADDRINUSE/.test(code)) return new SlackStartError(`PORT ${settings.port} is already in use: set PORT to a free port.`);
  return new SlackStartError(`Could not start the Slack app (${code}).`);
}

/** Slack's direct-message channels have ids starting with D. */
const isDirect = (channel: string): boolean => channel.startsWith('D');

/** The text of a message with the mentions of people and the bot taken out. */
export function withoutMentions(text: string): string {
  return text.replace(/<@[A-Z0-9]+(\|[^>]*)?>/g, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * A slash command's channel_name, unless it is one of Slack's placeholders (`privategroup` for
 * private channels, `directmessage`, `mpdm-…`): then the name is looked up with conversations.info.
 */
function realChannelName(name: string | undefined): { channelName?: string } {
  if (!name || name === 'privategroup' || name === 'directmessage' || name.startsWith('mpdm-')) return {};
  return { channelName: name };
}
