import { createHash } from 'node:crypto';
import type { Client, SendableChannels } from 'discord.js';
import { DigestSendError, type DigestSink } from '../../bot/digest/digest-scheduler.js';
import type { ChartRenderer } from '../../engine/chart/chart-renderer.js';
import { CATALOG } from '../../bot/i18n/catalog.js';
import { discordMessage } from './discord-message.js';
import { discordRefusal } from './discord-errors.js';

/** Refusals no retry mends: unknown channel, missing access or permissions. */
const PERMANENT = new Set([10003, 50001, 50013]);

/**
 * A firing's nonce: the same for every try of one run, so Discord (with enforce_nonce) answers a
 * retry that follows a lost reply with the message it already made instead of a second one. A
 * nonce is at most 25 characters.
 */
export const nonceOf = (key: string): string => createHash('sha256').update(key).digest('hex').slice(0, 25);

/**
 * Digests on Discord: the numbers are posted to the channel with the run's nonce and
 * enforce_nonce, then the charts are added to that same message. Discord keeps a nonce for a few
 * minutes, which covers the retries of one send; `find` cannot search a channel by nonce, so a run
 * left half-sent for longer than that is sent again by whoever takes it over.
 */
export function discordDigestSink(client: Client, charts: () => Promise<ChartRenderer>, logger: { warn(m: string): void }): DigestSink {
  async function channelOf(id: string): Promise<SendableChannels> {
    const channel = await client.channels.fetch(id).catch((e: unknown) => {
      throw refusal(e);
    });
    if (!channel || !channel.isSendable()) throw new DigestSendError(`channel ${id} is not one kpibot can post in`, true);
    return channel;
  }
  const refusal = (e: unknown): DigestSendError => {
    const r = discordRefusal(e);
    const code = Number(r.code.split(' ')[0]);
    return new DigestSendError(`Discord: ${r.code} ${r.body}`, PERMANENT.has(code));
  };
  return {
    platform: 'discord',
    async deliver(to, reply, key) {
      const channel = await channelOf(to.channel);
      const message = discordMessage(reply, CATALOG[to.language ?? 'en']);
      try {
        const sent = await channel.send({
          content: message.content,
          // The chart images come with `attach`; an embed must not point at a file not sent yet.
          embeds: message.embeds.map(({ image: _image, ...rest }) => rest),
          nonce: nonceOf(key),
          enforceNonce: true,
        });
        return sent.id;
      } catch (e) {
        throw refusal(e);
      }
    },
    async attach(to, reply, ref) {
      const message = discordMessage(reply, CATALOG[to.language ?? 'en'], `digest-${to.id}`);
      if (message.charts.length === 0) return;
      try {
        const channel = await channelOf(to.channel);
        const posted = await channel.messages.fetch(ref);
        const renderer = await charts();
        const files = [];
        for (const c of message.charts) files.push({ attachment: (await renderer.render(c.spec)).png, name: `${c.name}.png`, description: c.alt });
        await posted.edit({ embeds: message.embeds, files });
      } catch (e) {
        // The numbers are in the channel: a second post to add the chart would double the digest.
        logger.warn(`digest #${to.id}: the chart could not be added in ${to.channel} (${discordRefusal(e).code})`);
      }
    },
    async find() {
      return null;
    },
    async notify(to, text) {
      try {
        await (await channelOf(to.channel)).send({ content: text });
      } catch {
        // The channel refuses the bot: the person who subscribed hears it directly.
        await client.users
          .fetch(to.createdBy)
          .then((u) => u.send({ content: text }))
          .catch((e: unknown) => logger.warn(`digest #${to.id}: could not tell ${to.createdBy} (${discordRefusal(e).code})`));
      }
    },
  };
}
