import { randomBytes } from 'node:crypto';
import type { FakeDiscordState, FakeInteraction } from './fake-discord-state.js';
import {
  EVERYONE_PERMISSIONS,
  FAKE_APP_ID,
  FAKE_BOT_USER,
  FAKE_GUILD_ID,
  FAKE_KPI_COMMAND_ID,
  channelJson,
  memberJson,
  permissionsOf,
  snowflake,
  userJson,
  type Json,
} from './fake-discord-world.js';

/** Who does it, where, in which language: the parts every interaction has. */
export interface InteractionContext {
  /** A person's id from the fake's people; the first person by default. */
  readonly user?: string;
  /** A channel's id or name (`finance`); `general` by default. */
  readonly channel?: string;
  /** The user's client language; the person's own by default. */
  readonly locale?: string;
  readonly guildLocale?: string;
}

export type InteractionSpec = InteractionContext &
  (
    | { readonly kind: 'command'; readonly name?: string; readonly query?: string; readonly options?: readonly Json[] }
    | { readonly kind: 'autocomplete'; readonly name?: string; readonly option?: string; readonly typed: string }
    | { readonly kind: 'button'; readonly customId: string; readonly messageId?: string }
  );

/** What a test needs to find the bot's answer to an interaction. */
export interface DispatchedInteraction {
  readonly id: string;
  readonly token: string;
}

/** Option type 3 is STRING in Discord's application command reference. */
const STRING_OPTION = 3;

/** Builds an INTERACTION_CREATE payload as Discord sends it, and registers it so callbacks can be checked. */
export function buildInteraction(state: FakeDiscordState, spec: InteractionSpec): { payload: Json; interaction: FakeInteraction } {
  const person = spec.user ? state.people.get(spec.user) : [...state.people.values()][0];
  if (!person) throw new Error(`no person ${spec.user ?? '(first)'} in the fake Discord`);
  const channels = [...state.channels.values()];
  const wanted = spec.channel ?? 'general';
  const index = channels.findIndex((c) => c.id === wanted || c.name === wanted.replace(/^#/, ''));
  const channel = channels[index];
  if (!channel) throw new Error(`no channel ${wanted} in the fake Discord`);
  const id = snowflake();
  // Real interaction tokens are long opaque URL-safe strings (`aW50ZXJhY3Rpb246…`, base64 of "interaction:…").
  const token = Buffer.from(`interaction:${id}:${randomBytes(24).toString('hex')}`).toString('base64url');
  const type = spec.kind === 'command' ? 2 : spec.kind === 'button' ? 3 : 4;
  let componentMessageId: string | undefined;
  let data: Json;
  let message: Json | undefined;
  if (spec.kind === 'command') {
    const options = spec.options ?? (spec.query !== undefined ? [{ name: 'query', type: STRING_OPTION, value: spec.query }] : []);
    data = { id: FAKE_KPI_COMMAND_ID, name: spec.name ?? 'kpi', type: 1, guild_id: FAKE_GUILD_ID, options };
  } else if (spec.kind === 'autocomplete') {
    data = {
      id: FAKE_KPI_COMMAND_ID,
      name: spec.name ?? 'kpi',
      type: 1,
      guild_id: FAKE_GUILD_ID,
      options: [{ name: spec.option ?? 'query', type: STRING_OPTION, value: spec.typed, focused: true }],
    };
  } else {
    data = { custom_id: spec.customId, component_type: 2 };
    message = spec.messageId ? state.messages.get(spec.messageId) : undefined;
    if (spec.messageId && !message) throw new Error(`no message ${spec.messageId} for the button to sit on`);
    message ??= placeholderMessage(channel.id, spec.customId);
    state.messages.set(String(message['id']), message);
    componentMessageId = String(message['id']);
  }
  const roles = [...state.roles.values()];
  const payload: Json = {
    id,
    application_id: FAKE_APP_ID,
    type,
    token,
    version: 1,
    data,
    guild_id: FAKE_GUILD_ID,
    guild: { id: FAKE_GUILD_ID, locale: spec.guildLocale ?? 'en-US', features: [] },
    channel_id: channel.id,
    channel: channelJson(channel, FAKE_GUILD_ID, index),
    member: { ...memberJson(person, state.joinedAt), permissions: permissionsOf(person, roles) },
    app_permissions: EVERYONE_PERMISSIONS,
    locale: spec.locale ?? person.locale ?? 'en-US',
    guild_locale: spec.guildLocale ?? 'en-US',
    entitlements: [],
    authorizing_integration_owners: { '0': FAKE_GUILD_ID },
    context: 0,
    attachment_size_limit: 10 * 1024 * 1024,
    ...(message ? { message } : {}),
  };
  const interaction: FakeInteraction = {
    id,
    token,
    type,
    channelId: channel.id,
    userId: person.id,
    dispatchedAt: Date.now(),
    ...(componentMessageId ? { componentMessageId } : {}),
  };
  state.interactions.set(id, interaction);
  return { payload, interaction };
}

/** A bot message with one button, for a button press on a message the test did not make. */
function placeholderMessage(channelId: string, customId: string): Json {
  return {
    id: snowflake(),
    type: 0,
    channel_id: channelId,
    guild_id: FAKE_GUILD_ID,
    author: userJson(FAKE_BOT_USER, true),
    content: '',
    embeds: [],
    attachments: [],
    mentions: [],
    mention_roles: [],
    mention_everyone: false,
    pinned: false,
    tts: false,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    flags: 0,
    components: [{ type: 1, components: [{ type: 2, style: 1, label: 'Refine', custom_id: customId }] }],
  };
}
