/**
 * The guild, channels, roles and people the fake Discord knows, and the JSON shapes Discord gives
 * them on the wire (ids are snowflake strings, as in the real API, never numbers).
 */

/** Discord's epoch (2015-01-01), the zero of a snowflake's timestamp. */
const DISCORD_EPOCH = 1_420_070_400_000n;
let increment = 0n;

/** A fresh snowflake for now: real ones sort by time, which tests on message order rely on. */
export function snowflake(now = Date.now()): string {
  increment = (increment + 1n) & 0xfffn;
  return (((BigInt(now) - DISCORD_EPOCH) << 22n) | (1n << 17n) | increment).toString();
}

/** The fixed ids of the fake world, so a test can name them. */
export const FAKE_BOT_ID = '1300000000000000001';
/** Since 2020 an application's id is its bot user's id. */
export const FAKE_APP_ID = FAKE_BOT_ID;
export const FAKE_GUILD_ID = '1300000000000000100';
/** Shaped like a real token (base64 of the bot id, then two dot-separated parts) so logs censor it the same way. */
export const FAKE_DISCORD_TOKEN = `${Buffer.from(FAKE_BOT_ID).toString('base64')}.GfAkE0.fake-discord-bot-token-for-tests`;
/** The id of the `/kpi` command the fake's interactions invoke. */
export const FAKE_KPI_COMMAND_ID = '1300000000000000900';

/** Channel types from Discord's reference; only guild text channels are needed here. */
export const ChannelType = { GuildText: 0, GuildCategory: 4 } as const;

export interface FakeChannel {
  readonly id: string;
  readonly name: string;
  readonly type: number;
  readonly topic?: string;
}

export interface FakeRole {
  readonly id: string;
  readonly name: string;
  /** A permissions bit set, a decimal string as Discord sends it. */
  readonly permissions: string;
  readonly position: number;
}

export interface FakeUser {
  readonly id: string;
  readonly username: string;
  readonly global_name?: string;
  /** Role ids in the fake guild; @everyone is implied, as Discord does. */
  readonly roles?: readonly string[];
  /** The person's client language, as Discord sends it on interactions (`pt-BR`). */
  readonly locale?: string;
  readonly nick?: string;
}

/** VIEW_CHANNEL | SEND_MESSAGES | EMBED_LINKS | ATTACH_FILES | READ_MESSAGE_HISTORY | USE_APPLICATION_COMMANDS. */
export const EVERYONE_PERMISSIONS = ((1n << 10n) | (1n << 11n) | (1n << 14n) | (1n << 15n) | (1n << 16n) | (1n << 31n)).toString();

export const FAKE_CHANNELS: readonly FakeChannel[] = [
  { id: '1300000000000000201', name: 'general', type: ChannelType.GuildText, topic: 'Everything else' },
  { id: '1300000000000000202', name: 'finance', type: ChannelType.GuildText, topic: 'Revenue and churn' },
  { id: '1300000000000000203', name: 'support', type: ChannelType.GuildText, topic: 'Complaints and tickets' },
];

export const FAKE_ROLES: readonly FakeRole[] = [
  // The @everyone role's id is the guild's id.
  { id: FAKE_GUILD_ID, name: '@everyone', permissions: EVERYONE_PERMISSIONS, position: 0 },
  { id: '1300000000000000301', name: 'Finance', permissions: '0', position: 1 },
  { id: '1300000000000000302', name: 'Support', permissions: '0', position: 2 },
];

export const FAKE_PEOPLE: readonly FakeUser[] = [
  { id: '1300000000000000401', username: 'ana', global_name: 'Ana Souza', roles: ['1300000000000000301'], locale: 'pt-BR' },
  { id: '1300000000000000402', username: 'mihai', global_name: 'Mihai Pop', roles: ['1300000000000000302'], locale: 'ro' },
  { id: '1300000000000000403', username: 'sam', global_name: 'Sam Lee', roles: [], locale: 'en-US' },
];

export const FAKE_BOT_USER = { id: FAKE_BOT_ID, username: 'kpibot', global_name: 'KPI Bot' } as const;

export type Json = Record<string, unknown>;

export function userJson(u: Pick<FakeUser, 'id' | 'username' | 'global_name'>, bot = false): Json {
  return {
    id: u.id,
    username: u.username,
    discriminator: '0',
    global_name: u.global_name ?? null,
    avatar: null,
    ...(bot ? { bot: true } : {}),
    public_flags: 0,
  };
}

export function roleJson(r: FakeRole): Json {
  return {
    id: r.id,
    name: r.name,
    color: 0,
    colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
    hoist: false,
    icon: null,
    unicode_emoji: null,
    position: r.position,
    permissions: r.permissions,
    managed: false,
    mentionable: false,
    flags: 0,
  };
}

export function channelJson(c: FakeChannel, guildId: string, position: number): Json {
  return {
    id: c.id,
    type: c.type,
    guild_id: guildId,
    name: c.name,
    position,
    permission_overwrites: [],
    parent_id: null,
    topic: c.topic ?? null,
    nsfw: false,
    last_message_id: null,
    rate_limit_per_user: 0,
  };
}

export function memberJson(u: FakeUser, joinedAt: string): Json {
  return {
    user: userJson(u),
    nick: u.nick ?? null,
    avatar: null,
    roles: [...(u.roles ?? [])],
    joined_at: joinedAt,
    premium_since: null,
    deaf: false,
    mute: false,
    flags: 0,
    pending: false,
  };
}

/** The permissions a member has in a channel without overwrites: the OR of their roles' bits. */
export function permissionsOf(u: FakeUser, roles: readonly FakeRole[]): string {
  let bits = 0n;
  for (const r of roles) if (r.name === '@everyone' || u.roles?.includes(r.id)) bits |= BigInt(r.permissions);
  return bits.toString();
}
