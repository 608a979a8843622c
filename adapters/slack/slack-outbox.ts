import type { Logger } from '@slack/logger';
import type { RespondFn, webApi } from '@slack/bolt';
import type { Outbox } from '../../bot/turn/outbox.js';
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

export interface SlackOutboxDeps {
  readonly charts: () => Promise<ChartRenderer>;
  readonly logger: Logger;
}

/** Slack's answers that mean the bot cannot post in the channel until someone invites it. */
const NOT_A_MEMBER = new Set(['not_in_channel', 'channel_not_found']);

/**
 * Replies on Slack: answers in the channel (or thread) as Block Kit, each chart after it as a PNG
 * through files.uploadV2 with channel_id, thread and alt text (once the turn runner has linked the
 * answer to its cell); what only the asker sees through the response_url or chat.postEphemeral.
 * Rate limits are the Web client's job: on 429 it waits Retry-After and sends again (Slack did not
 * take the first, so nothing is posted twice).
 */
export function slackOutbox(client: webApi.WebClient, deps: SlackOutboxDeps): Outbox<Destination> {
  return {
    async post(to, reply, voice) {
      const words = voice.texts.platform;
      const message = slackMessage(reply, words);
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
          const why = words.notInChannel('/invite @kpibot');
          // A slash command's response_url reaches the asker anywhere, so the numbers still arrive.
          await tellAsker(client, to, to.respond ? privateAnswer(message, why) : plain(why), deps.logger);
          return null;
        }
        await tellAsker(client, to, plain(words.refused('Slack', code, adviceFor(code, words))), deps.logger);
        return null;
      }
      if (ts === undefined) return null;
      const cell = reply.kind === 'multi' ? reply.cell : undefined;
      return {
        messageId: ts,
        afterwards: async () => {
          try {
            await uploadCharts(client, to, message.charts, cell ? `cell${cell.n}` : 'chart', deps.charts);
          } catch (e) {
            const code = slackErrorCode(e);
            deps.logger.warn(`chart upload to ${to.channel} failed: ${code}`);
            await tellAsker(client, to, plain(words.chartFailed(code, adviceFor(code, words))), deps.logger);
          }
        },
      };
    },
    async tell(to, reply, voice) {
      await tellAsker(client, to, slackMessage(reply, voice.texts.platform), deps.logger);
    },
  };
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
