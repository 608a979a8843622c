import type { ChatInputCommandInteraction, ButtonInteraction } from 'discord.js';
import type { Directory, Person } from '../../bot/turn/directory.js';

/**
 * People and channels as Discord's interactions describe them: every interaction carries the
 * person's locale, roles and channel, so nothing is looked up; the directory holds what the
 * latest interaction of each person and channel said.
 */
export function discordDirectory(): Directory & { learn(interaction: ChatInputCommandInteraction | ButtonInteraction): void } {
  const people = new Map<string, Person>();
  const channels = new Map<string, string>();
  return {
    learn(interaction) {
      const member = interaction.member;
      // A guild member's roles by name (`subscription_managers` may name a role); none in a direct message.
      const roles = member && 'cache' in member.roles ? [...member.roles.cache.values()].map((r) => r.name) : [];
      people.set(interaction.user.id, { guest: false, external: false, locale: interaction.locale, roles });
      const channel = interaction.channel;
      if (channel && 'name' in channel && typeof channel.name === 'string') channels.set(interaction.channelId, channel.name);
    },
    async person(user) {
      return people.get(user) ?? { guest: false, external: false };
    },
    async channelName(channel, known) {
      return known ?? channels.get(channel);
    },
  };
}
