import { ApplicationCommandOptionType, ApplicationCommandType, ApplicationIntegrationType, InteractionContextType, type AutocompleteInteraction, type ChatInputCommandInteraction, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { Bot } from '../../../bot/bot.js';
import type { TurnRunner } from '../../../bot/turn/turn-runner.js';
import type { DiscordPlace } from '../discord-outbox.js';
import { DISCORD_LIMITS, fit } from '../discord-limits.js';

/** What a command needs from the running bot. */
export interface CommandContext {
  readonly bot: Bot;
  readonly turns: TurnRunner<DiscordPlace>;
  /** Remembers who asked and where (their locale, roles and channel name) for the turn. */
  readonly learn: (interaction: ChatInputCommandInteraction) => void;
}

/** `/kpi <query>`: the whole question language in one autocompleted option. */
export const data: RESTPostAPIChatInputApplicationCommandsJSONBody = {
  type: ApplicationCommandType.ChatInput,
  name: 'kpi',
  // In servers, and in a direct message with the bot (which, having no channel name, sees no restricted KPI).
  contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
  integration_types: [ApplicationIntegrationType.GuildInstall],
  description: 'Ask for a customer KPI: churn last-quarter by segment, nps vs last-year…',
  description_localizations: {
    'pt-BR': 'Pergunte por um KPI de clientes: churn trimestre-passado por segmento…',
    ro: 'Întrebați de un KPI al clienților: churn trimestrul-trecut pe segmente…',
  },
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: 'query',
      name_localizations: { 'pt-BR': 'pergunta', ro: 'intrebare' },
      description: 'The question, e.g. complaints by channel last-30d (empty: help)',
      description_localizations: { 'pt-BR': 'A pergunta, p. ex. reclamações por canal (vazio: ajuda)', ro: 'Întrebarea, de ex. reclamații pe canale (gol: ajutor)' },
      required: false,
      autocomplete: true,
      max_length: 1000,
    },
  ],
};

/**
 * Defers at once, before any query runs (Discord gives three seconds for a first answer), then
 * answers through the turn runner, which edits the deferred reply or replaces it by an ephemeral
 * one for errors and help.
 */
export async function execute(interaction: ChatInputCommandInteraction, ctx: CommandContext): Promise<void> {
  await interaction.deferReply();
  ctx.learn(interaction);
  const text = interaction.options.getString('query') ?? '';
  await ctx.turns.run({ text, user: interaction.user.id, channel: interaction.channelId }, { channel: interaction.channelId, interaction });
}

/** Choices from memory (bot.complete), in the person's Discord language, within Discord's 25. */
export async function autocomplete(interaction: AutocompleteInteraction, ctx: CommandContext): Promise<void> {
  const focused = interaction.options.getFocused();
  const choices = await ctx.bot.complete(focused, interaction.locale);
  await interaction.respond(
    choices.slice(0, DISCORD_LIMITS.choices).map((c) => ({ name: fit(c.name, DISCORD_LIMITS.choiceText), value: fit(c.value, DISCORD_LIMITS.choiceText) })),
  );
}
