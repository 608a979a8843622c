import { Client, Events, GatewayIntentBits, type Interaction } from 'discord.js';
import type { Bot } from '../../bot/bot.js';
import type { MessageLinks } from '../../bot/session/message-links.js';
import type { ChartRenderer } from '../../engine/chart/chart-renderer.js';
import type { DigestSink, SchedulerLogger } from '../../bot/digest/digest-scheduler.js';
import { turnRunner } from '../../bot/turn/turn-runner.js';
import { failure } from '../../bot/messages.js';
import { discordDirectory } from './discord-directory.js';
import { discordOutbox, type DiscordPlace } from './discord-outbox.js';
import { discordDigestSink } from './discord-digest-sink.js';
import { parseButtonId } from './discord-message.js';
import { discordRefusal } from './discord-errors.js';
import { COMMANDS } from './commands/index.js';
import type { DiscordSettings } from './discord-settings.js';

export interface DiscordBotOptions {
  readonly settings: DiscordSettings;
  readonly bot: Bot;
  readonly links: MessageLinks;
  readonly charts: () => Promise<ChartRenderer>;
  readonly now: () => number;
  readonly logger: SchedulerLogger;
}

export interface RunningDiscordBot {
  readonly user: string;
  readonly client: Client;
  /** Digests for Discord channels, for the process's one scheduler. */
  readonly sink: DigestSink;
  stop(): Promise<void>;
}

/** A start-up failure a person can fix: the message names the variable and what to do. */
export class DiscordStartError extends Error {}

/** The ids of a DM channel's interactions have no guild. */
const isDirect = (): boolean => false;

/**
 * The bot on Discord with discord.js: the `kpi` command (answers, follow-ups, help), its
 * autocomplete, the buttons under answers, and digests. Only the Guilds intent: interactions
 * reach a bot without any privileged intent. Every REST call, and the gateway address (GET
 * /gateway/bot), goes to DISCORD_API_URL when it is set.
 */
export async function startDiscordBot(o: DiscordBotOptions): Promise<RunningDiscordBot> {
  const rest = o.settings.apiUrl ? { api: o.settings.apiUrl } : {};
  const client = new Client({ intents: [GatewayIntentBits.Guilds], rest });
  const directory = discordDirectory();
  const outbox = discordOutbox({ charts: o.charts, logger: o.logger });
  const turns = turnRunner<DiscordPlace>({
    bot: o.bot,
    directory,
    outbox,
    links: o.links,
    now: o.now,
    logger: o.logger,
    platform: 'discord',
    isDirect,
  });
  const ctx = { bot: o.bot, turns, learn: directory.learn };
  const commands = new Map(COMMANDS.map((c) => [c.data.name, c]));

  async function onInteraction(interaction: Interaction): Promise<void> {
    if (interaction.isAutocomplete()) {
      await commands.get(interaction.commandName)?.autocomplete(interaction, ctx);
      return;
    }
    if (interaction.isChatInputCommand()) {
      await commands.get(interaction.commandName)?.execute(interaction, ctx);
      return;
    }
    if (interaction.isButton()) {
      const value = parseButtonId(interaction.customId);
      if (!value) return;
      await interaction.deferReply();
      directory.learn(interaction);
      const link = await o.links.find(interaction.channelId, interaction.message.id);
      const to: DiscordPlace = { channel: interaction.channelId, interaction };
      const inbound = {
        text: value.text,
        user: interaction.user.id,
        channel: interaction.channelId,
        ...(link ? { session: link.sessionId } : {}),
        ...(value.cell !== undefined ? { refines: value.cell } : {}),
        ...(value.language ? { language: value.language } : {}),
      };
      if (value.cell !== undefined && !link) {
        const voice = o.bot.voiceFor(inbound);
        await outbox.tell(to, failure({ code: 'followup.nothing' }, voice.language), voice);
        return;
      }
      await turns.run(inbound, to);
    }
  }

  client.on(Events.InteractionCreate, (interaction) => {
    onInteraction(interaction).catch((e: unknown) => {
      const r = discordRefusal(e);
      o.logger.error(`discord interaction ${interaction.id} failed: ${r.code} ${r.body}`);
    });
  });
  client.on(Events.Error, (e) => o.logger.error(`discord: ${String(e)}`));

  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  try {
    await client.login(o.settings.token);
  } catch (e) {
    await client.destroy();
    const r = discordRefusal(e);
    throw new DiscordStartError(
      /token/i.test(r.code)
        ? `Discord refused DISCORD_TOKEN (${r.code}): set it to the bot token from your application's "Bot" page (Reset Token).`
        : `kpibot could not connect to Discord: ${r.code}. Check DISCORD_TOKEN and the network (DISCORD_API_URL: ${o.settings.apiUrl ?? 'https://discord.com/api'}).`,
    );
  }
  await ready;
  const sink = discordDigestSink(client, o.charts, o.logger);
  return {
    user: client.user?.tag ?? 'kpibot',
    client,
    sink,
    async stop() {
      await turns.settle();
      await client.destroy();
    },
  };
}
