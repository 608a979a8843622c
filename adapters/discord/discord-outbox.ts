import { MessageFlags, type AttachmentPayload, type RepliableInteraction } from 'discord.js';
import type { Outbox } from '../../bot/turn/outbox.js';
import type { Place } from '../../bot/turn/turn-runner.js';
import type { ChartRenderer } from '../../engine/chart/chart-renderer.js';
import type { Reply } from '../../bot/reply/reply.js';
import type { Voice } from '../../bot/i18n/voice.js';
import { discordMessage, type DiscordMessage } from './discord-message.js';
import { discordRefusal } from './discord-errors.js';
import { DISCORD_LIMITS } from './discord-limits.js';

/** Where a Discord reply goes: the interaction it answers, deferred at once when it arrived. */
export interface DiscordPlace extends Place {
  readonly interaction: RepliableInteraction;
}

export interface DiscordOutboxDeps {
  readonly charts: () => Promise<ChartRenderer>;
  readonly logger: { warn(message: string): void; error(message: string): void };
}

/**
 * Replies on Discord. Every interaction was deferred (a public "thinking…") before the question
 * ran, so an answer edits that reply, with its charts attached in the same request; what only
 * the asker should see replaces it by an ephemeral follow-up. A refused request is logged with
 * Discord's whole error body.
 */
export function discordOutbox(deps: DiscordOutboxDeps): Outbox<DiscordPlace> {
  async function files(message: DiscordMessage): Promise<AttachmentPayload[]> {
    if (message.charts.length === 0) return [];
    const renderer = await deps.charts();
    const out: AttachmentPayload[] = [];
    for (const c of message.charts) {
      const png = (await renderer.render(c.spec)).png;
      // A chart over Discord's file limit is left out; its numbers are in the embed.
      if (png.length <= DISCORD_LIMITS.fileBytes) out.push({ attachment: png, name: `${c.name}.png`, description: c.alt });
    }
    return out;
  }

  async function tell(to: DiscordPlace, reply: Reply, voice: Voice): Promise<void> {
    const message = discordMessage(reply, voice.texts);
    const body = { content: message.content || '\u200b', embeds: message.embeds, components: [], flags: MessageFlags.Ephemeral as const };
    try {
      if (to.interaction.deferred && !to.interaction.ephemeral) await to.interaction.deleteReply();
      if (to.interaction.deferred || to.interaction.replied) await to.interaction.followUp(body);
      else await to.interaction.reply(body);
    } catch (e) {
      const r = discordRefusal(e);
      deps.logger.warn(`could not tell ${to.interaction.user.id} in ${to.channel}: ${r.code} ${r.body}`);
    }
  }

  return {
    async post(to, reply, voice) {
      const cell = reply.kind === 'multi' && reply.cell ? `cell${reply.cell.n}` : 'chart';
      const message = discordMessage(reply, voice.texts, cell);
      try {
        const sent = await to.interaction.editReply({
          content: message.content,
          embeds: message.embeds,
          components: message.components,
          files: await files(message),
        });
        return { messageId: sent.id };
      } catch (e) {
        const r = discordRefusal(e);
        deps.logger.error(`editReply in ${to.channel} refused: ${r.code} ${r.body}`);
        const words = voice.texts.platform;
        await tell(to, { kind: 'text', text: words.refused('Discord', r.code, words.adviceRetry) }, voice);
        return null;
      }
    },
    tell,
  };
}
