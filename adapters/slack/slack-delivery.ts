import type { PlatformTexts } from '../../bot/i18n/platform-texts.js';
import type { Logger } from '@slack/logger';
import type { RespondFn, webApi } from '@slack/bolt';
import type { Reply } from '../../bot/reply/reply.js';
import type { MessageLinks } from '../../bot/session/message-links.js';
import type { ChartRenderer } from '../../engine/chart/chart-renderer.js';
import { slackMessage, type SlackMessage } from './slack-blocks.js';
import { adviceFor, slackErrorCode } from './slack-error.js';

/** Where an answer goes and who asked: the asker alone sees errors and help. */
export interface Destination {
  readonly channel: string;
  readonly thread?: string;
  readonly user: string;
  /** The response_url of a slash command or button: reaches the asker even where the bot is not a member. */
  readonly respond?: RespondFn;
}

export interface DeliveryDeps {
  readonly links: MessageLinks;
  readonly charts: () => Promise<ChartRenderer>;
  readonly now: () => number;
  readonly logger: Logger;
  /** The words around the reply (buttons, cuts), in its language; English when absent. */
  readonly words?: PlatformTexts;
}

/** Slack's answers that mean the bot cannot post in the channel until someone invites it. */
const NOT_A_MEMBER = new Set(['not_in_channel', 'channel_not_found']);

/**
 * Posts a reply: errors and help only to the asker; answers in the channel (or thread) as Block
 * Kit, each chart after it as a PNG through files.uploadV2 with channel_id, thread and alt text.
 * Every posted answer is linked to its notebook session and cell, so its thread and buttons
 * continue it. Rate limits are the Web client's job: on 429 it waits Retry-After and sends again
 * (Slack did not take the first, so nothing is posted twice).
 */
export async function deliver(client: webApi.WebClient, to: Destination, reply: Reply, sessionId: string, deps: DeliveryDeps): Promise<void> {
  const message = slackMessage(reply, deps.words);
  if (message.ephemeral) {
    await tellAsker(client, to, message, deps.logger);
    return;
  }
  let ts: string | undefined;
  try {
    const posted = await client.chat.postMessage({
      channel: to.channel,
      ...(to.thread ? { thread_ts: to.thread } : {}),
      text: message.text,
      blocks: message.blocks,
      unfurl_links: false,
    });
    ts = posted.ts;
  } catch (e) {
    const code = slackErrorCode(e);
    deps.logger.warn(`chat.postMessage to ${to.channel} failed: ${code}`);
    if (NOT_A_MEMBER.has(code)) {
      const words = "I'm not a member of this channel, so only you see this answer, without its chart. Invite me with `/invite @kpibot` to answer here for everyone.";
      // A slash command's response_url reaches the asker anywhere, so the numbers still arrive.
      if (to.respond) await tellAsker(client, to, privateAnswer(message, words), deps.logger);
      else await tellAsker(client, to, plain(words), deps.logger);
      return;
    }
    await tellAsker(client, to, plain(`Slack refused the answer (${code}). ${adviceFor(code)}`), deps.logger);
    return;
  }

  const cell = reply.kind === 'multi' ? reply.cell : undefined;
  if (cell && ts) {
    const link = { sessionId, cell: cell.n };
    await deps.links.link(to.channel, ts, link, deps.now());
    // The thread the answer went into continues the same session too.
    if (to.thread) await deps.links.link(to.channel, to.thread, link, deps.now());
  }

  try {
    await uploadCharts(client, to, message.charts, cell ? `cell${cell.n}` : 'chart', deps.charts);
  } catch (e) {
    const code = slackErrorCode(e);
    deps.logger.warn(`chart upload to ${to.channel} failed: ${code}`);
    await tellAsker(client, to, plain(`The chart could not be uploaded (${code}); the numbers above are complete. ${adviceFor(code)}`), deps.logger);
  }
}

/**
 * A message's charts as PNG files in the channel (or thread), all in one files.uploadV2 call so
 * they arrive as one message under the answer, each with its alt text.
 */
export async function uploadCharts(
  client: webApi.WebClient,
  to: Pick<Destination, 'channel' | 'thread'>,
  charts: SlackMessage['charts'],
  name: string,
  renderer: () => Promise<ChartRenderer>,
): Promise<void> {
  if (charts.length === 0) return;
  const render = await renderer();
  const file_uploads = [];
  for (const [i, chart] of charts.entries()) {
    file_uploads.push({
      file: (await render.render(chart.spec)).png,
      filename: `kpi-${name}${i > 0 ? `-${i + 1}` : ''}.png`,
      title: chart.alt.slice(0, 250),
      alt_text: chart.alt.slice(0, 1000),
    });
  }
  await client.filesUploadV2(to.thread ? { file_uploads, channel_id: to.channel, thread_ts: to.thread } : { file_uploads, channel_id: to.channel });
}

/** Something only the asker sees: through the response_url when there is one, else chat.postEphemeral. */
export async function tellAsker(client: webApi.WebClient, to: Destination, message: Pick<SlackMessage, 'text' | 'blocks'>, logger: Logger): Promise<void> {
  try {
    if (to.respond) {
      await to.respond({ response_type: 'ephemeral', replace_original: false, text: message.text, blocks: message.blocks });
    } else {
      await client.chat.postEphemeral({
        channel: to.channel,
        user: to.user,
        ...(to.thread ? { thread_ts: to.thread } : {}),
        text: message.text,
        blocks: message.blocks,
      });
    }
  } catch (e) {
    logger.warn(`could not tell ${to.user} in ${to.channel}: ${slackErrorCode(e)}`);
  }
}

/** An answer for the asker alone: its blocks without the buttons (they need a posted message), and why. */
function privateAnswer(message: SlackMessage, why: string): Pick<SlackMessage, 'text' | 'blocks'> {
  const blocks = message.blocks.filter((b) => b.type !== 'actions');
  return { text: message.text, blocks: [...blocks, { type: 'context', elements: [{ type: 'mrkdwn', text: why }] }] };
}

function plain(text: string): Pick<SlackMessage, 'text' | 'blocks'> {
  return { text, blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }] };
}
