import type { Logger } from '@slack/logger';
import type { webApi } from '@slack/bolt';
import { DigestSendError, type DigestSink } from '../../bot/digest/digest-scheduler.js';
import type { ChartRenderer } from '../../engine/chart/chart-renderer.js';
import { slackMessage } from './slack-blocks.js';
import { CATALOG } from '../../bot/i18n/catalog.js';
import { uploadCharts } from './slack-outbox.js';
import { slackErrorCode, slackRetryAfterMs } from './slack-error.js';

/** The metadata type kpibot marks its digests with, so it can find one in a channel's history. */
export const DIGEST_EVENT = 'kpibot_digest';

/** Refusals that sending again cannot mend: the channel is gone, archived, or the bot was removed. */
const PERMANENT = new Set(['not_in_channel', 'channel_not_found', 'is_archived', 'missing_scope', 'invalid_auth', 'account_inactive', 'token_revoked']);

/** A Web API failure as the scheduler reads it: permanent when no retry can mend it. */
function refusal(method: string, e: unknown): DigestSendError {
  const wait = slackRetryAfterMs(e);
  if (wait !== null) return new DigestSendError(`${method}: rate limited for ${wait / 1000} s`, false, wait);
  const code = slackErrorCode(e);
  // `missing_scope files:write` names its scope after the code.
  return new DigestSendError(`${method}: ${code}`, PERMANENT.has(code.split(' ')[0] ?? code));
}

/** How far back `find` reads a channel's history: a restart that comes later than 1,000 messages is rare. */
const HISTORY_PAGES = 5;

/**
 * Digests on Slack: each is posted with message metadata naming its run, then its charts are
 * uploaded under it. After a restart, a run that may have been sent is looked up in the channel's
 * history by that metadata (conversations.history, include_all_metadata) instead of being sent
 * blind a second time.
 */
export function slackDigestSink(client: webApi.WebClient, charts: () => Promise<ChartRenderer>, logger: Logger): DigestSink {
  return {
    platform: 'slack',
    async deliver(to, reply, key) {
      const message = slackMessage(reply, CATALOG[to.language ?? 'en'].platform);
      let ts: string | undefined;
      try {
        const posted = await client.chat.postMessage({
          channel: to.channel,
          text: message.text,
          blocks: message.blocks,
          unfurl_links: false,
          metadata: { event_type: DIGEST_EVENT, event_payload: { run: key } },
        });
        ts = posted.ts;
      } catch (e) {
        throw refusal('chat.postMessage', e);
      }
      if (!ts) throw new DigestSendError('chat.postMessage gave no ts', false);
      return ts;
    },
    async attach(to, reply) {
      try {
        await uploadCharts(client, { channel: to.channel }, slackMessage(reply, CATALOG[to.language ?? 'en'].platform).charts, `digest-${to.id}`, charts);
      } catch (e) {
        // The numbers are in the channel: a second post to add the chart would double the digest.
        logger.warn(`digest #${to.id}: the chart could not be uploaded to ${to.channel} (${slackErrorCode(e)})`);
      }
    },
    async notify(to, text) {
      // The channel first; a bot removed from it can still write to the person who subscribed.
      for (const channel of [to.channel, to.createdBy]) {
        try {
          await client.chat.postMessage({ channel, text, unfurl_links: false });
          return;
        } catch (e) {
          logger.warn(`digest #${to.id}: could not tell ${channel} that it failed (${slackErrorCode(e)})`);
        }
      }
    },
    async find(to, key, since) {
      let cursor: string | undefined;
      for (let page = 0; page < HISTORY_PAGES; page++) {
        let history;
        try {
          history = await client.conversations.history({
            channel: to.channel,
            oldest: String(Math.floor(since / 1000) - 1),
            include_all_metadata: true,
            limit: 200,
            ...(cursor ? { cursor } : {}),
          });
        } catch (e) {
          throw refusal('conversations.history', e);
        }
        // The SDK types event_payload as {}: it is whatever JSON the poster put there.
        const runOf = (payload: object | undefined): unknown => (payload as { run?: unknown } | undefined)?.run;
        const hit = (history.messages ?? []).find((m) => m.metadata?.event_type === DIGEST_EVENT && runOf(m.metadata.event_payload) === key);
        if (hit?.ts) return hit.ts;
        cursor = history.response_metadata?.next_cursor || undefined;
        if (!history.has_more || !cursor) return null;
      }
      return null;
    },
  };
}
