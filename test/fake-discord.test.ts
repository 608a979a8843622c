import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  Client,
  DiscordAPIError,
  Events,
  GatewayIntentBits,
  MessageFlags,
  Routes,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Guild,
  type GuildMember,
  type Interaction,
  type TextChannel,
} from 'discord.js';
import {
  FAKE_APP_ID,
  FAKE_GUILD_ID,
  FakeDiscord,
  invalidFormBody,
  type DispatchedInteraction,
  type RecordedCall,
} from './fake-discord/fake-discord-server.js';

/** A real 2×2 PNG, small enough to compare byte for byte. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFElEQVR4nGP4z8DAAMIM/////w8AH+4F+7C4l8kAAAAASUVORK5CYII=', 'base64');

let fake: FakeDiscord;
let client: Client;

/** The client as the adapter will build it; only `rest.api` differs from production. */
function newClient(): Client {
  return new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: fake.apiUrl } });
}

/** Resolves with the next interaction the client emits that `match` accepts, or rejects after 10 s. */
function nextInteraction<T extends Interaction>(match: (i: Interaction) => i is T): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      client.off(Events.InteractionCreate, on);
      reject(new Error('no interactionCreate within 10 s'));
    }, 10_000);
    const on = (i: Interaction) => {
      if (!match(i)) return;
      clearTimeout(timer);
      client.off(Events.InteractionCreate, on);
      resolve(i);
    };
    client.on(Events.InteractionCreate, on);
  });
}

const isCommand = (i: Interaction): i is ChatInputCommandInteraction => i.isChatInputCommand();
const isAutocomplete = (i: Interaction): i is AutocompleteInteraction => i.isAutocomplete();
const isButton = (i: Interaction): i is ButtonInteraction => i.isButton();

/**
 * Logs in and resolves once the client is ready with the fake guild. A guild listed in READY comes
 * as `guildAvailable`, before `clientReady`; `guildCreate` is only for a guild joined later.
 */
async function connect(): Promise<Guild> {
  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  const available = new Promise<Guild>((resolve) => client.once(Events.GuildAvailable, (g) => resolve(g)));
  await client.login(fake.token);
  const [, guild] = await Promise.all([ready, available]);
  return guild;
}

function only(calls: RecordedCall[]): RecordedCall {
  expect(calls).toHaveLength(1);
  const [c] = calls;
  if (!c) throw new Error('no call');
  return c;
}

beforeEach(async () => {
  fake = new FakeDiscord();
  await fake.start();
  client = newClient();
});

afterEach(async () => {
  await client.destroy();
  await fake.stop();
});

describe('the fake Discord with the real discord.js client', () => {
  it('is found through GET /gateway/bot, identified with the token and intents, and sends READY then the guild', async () => {
    // GUILD_CREATE is emitted as guildCreate only after READY has made the client ready, so the
    // guild is also checked in the cache.
    const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
    await client.login(fake.token);
    await ready;

    const gatewayBot = only(await fake.waitFor('gateway.bot'));
    expect(gatewayBot.headers['authorization']).toBe(`Bot ${fake.token}`);
    const connect = only(await fake.waitFor('gateway.connect'));
    // No zlib-sync installed: discord.js asks for neither compress nor ETF.
    expect(connect.query).toEqual({ v: '10', encoding: 'json' });
    const identify = only(await fake.waitFor('gateway.identify'));
    expect(identify.body).toMatchObject({ token: fake.token, intents: GatewayIntentBits.Guilds, compress: false, shard: [0, 1] });

    expect(client.user?.id).toBe(FAKE_APP_ID);
    expect(client.application?.id).toBe(FAKE_APP_ID);
    const guild = client.guilds.cache.get(FAKE_GUILD_ID);
    expect(guild?.name).toBe('Acme KPIs');
    expect(guild?.channels.cache.map((c) => c.name).sort()).toEqual(['finance', 'general', 'support']);
    expect(guild?.roles.cache.map((r) => r.name).sort()).toEqual(['@everyone', 'Finance', 'Support']);

    // Two heartbeats on the first connection: the first was acknowledged, or discord.js would
    // have called the connection a zombie and resumed instead of beating again.
    const beats = await fake.waitFor('gateway.heartbeat', 2, { where: (c) => c.params['connection'] === '1' });
    expect(fake.callsOf('gateway.resume')).toHaveLength(0);
    // A heartbeat carries the last sequence number the client saw: READY was 1, GUILD_CREATE 2.
    expect(fake.session?.seq).toBe(2);
    expect(beats.map((b) => b.body)).toEqual([2, 2]);
  });

  it('delivers a /kpi command; deferReply is callback type 5 and editReply a multipart PATCH of @original with the PNG', async () => {
    await connect();
    const arrived = nextInteraction(isCommand);
    const sent = fake.interact({ kind: 'command', query: 'complaints by channel last-30d', channel: 'support', user: '1300000000000000401', locale: 'pt-BR' });
    const interaction = await arrived;

    expect(interaction.id).toBe(sent.id);
    expect(interaction.commandName).toBe('kpi');
    expect(interaction.options.getString('query')).toBe('complaints by channel last-30d');
    expect(interaction.locale).toBe('pt-BR');
    expect(interaction.guildLocale).toBe('en-US');
    expect(interaction.channelId).toBe(fake.channelId('support'));
    expect((interaction.channel as TextChannel | null)?.name).toBe('support');
    expect(interaction.user.username).toBe('ana');
    expect((interaction.member as GuildMember).roles.cache.map((r) => r.name)).toContain('Finance');

    await interaction.deferReply();
    const reply = await interaction.editReply({
      embeds: [{ title: 'Complaints by channel', image: { url: 'attachment://chart.png' } }],
      files: [{ attachment: PNG, name: 'chart.png', description: 'alt' }],
    });

    const callback = only(await fake.waitForAnswer(sent));
    expect(callback.body).toMatchObject({ type: 5 });
    expect(callback.query).toEqual({ with_response: 'false' });
    expect(callback.headers['authorization']).toBeUndefined();
    expect(callback.sinceDispatch).toBeLessThan(3_000);

    const edit = only(await fake.waitForAnswer(sent, 'webhook.edit'));
    expect(edit.method).toBe('PATCH');
    // discord.js percent-encodes the `@`: the wire has /messages/%40original.
    expect(edit.path).toBe(`/api/v10/webhooks/${FAKE_APP_ID}/${sent.token}/messages/%40original`);
    expect(edit.params).toEqual({ app: FAKE_APP_ID, token: sent.token, message: '@original' });
    expect(edit.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    expect(edit.at).toBeGreaterThanOrEqual(callback.at);
    const [file] = edit.files;
    expect(file?.name).toBe('files[0]');
    expect(file?.filename).toBe('chart.png');
    expect(file?.contentType).toBe('image/png');
    expect(file?.data.equals(PNG)).toBe(true);
    expect(edit.body).toMatchObject({
      embeds: [{ title: 'Complaints by channel', image: { url: 'attachment://chart.png' } }],
      // discord.js describes each upload by its index as a string, without the file name.
      attachments: [{ id: '0', description: 'alt' }],
    });

    // What the client gets back is Discord's message: the attachment hosted, the embed pointing at it.
    const attachment = reply.attachments.first();
    expect(attachment?.name).toBe('chart.png');
    expect(attachment?.description).toBe('alt');
    expect(fake.attachment(attachment?.id ?? '')?.equals(PNG)).toBe(true);
    expect(reply.embeds[0]?.image?.url).toBe(attachment?.url);
    expect(fake.original(sent)?.['flags']).toBe(0);
  });

  it('sends an ephemeral error as callback type 4 with flag 64, and a follow-up as POST /webhooks/:app/:token', async () => {
    await connect();
    const arrived = nextInteraction(isCommand);
    const sent = fake.interact({ kind: 'command', query: 'gibberish', user: '1300000000000000402' });
    const interaction = await arrived;
    expect(interaction.locale).toBe('ro');

    await interaction.reply({ content: 'Nu înțeleg', flags: MessageFlags.Ephemeral });
    expect(only(await fake.waitForAnswer(sent)).body).toEqual({ type: 4, data: expect.objectContaining({ content: 'Nu înțeleg', flags: 64 }) });
    expect(fake.original(sent)?.['flags']).toBe(64);

    const followUp = await interaction.followUp({ content: 'Try: complaints by channel last-30d', flags: MessageFlags.Ephemeral });
    const post = only(await fake.waitForAnswer(sent, 'followup'));
    expect(post.path).toBe(`/api/v10/webhooks/${FAKE_APP_ID}/${sent.token}`);
    expect(post.body).toMatchObject({ content: 'Try: complaints by channel last-30d', flags: 64 });
    expect(followUp.content).toBe('Try: complaints by channel last-30d');
  });

  it('answers an autocomplete with callback type 8 and the choices', async () => {
    await connect();
    const arrived = nextInteraction(isAutocomplete);
    const sent = fake.interact({ kind: 'autocomplete', typed: 'compl', channel: 'finance' });
    const interaction = await arrived;
    expect(interaction.commandName).toBe('kpi');
    expect(interaction.options.getFocused(true)).toMatchObject({ name: 'query', value: 'compl' });

    await interaction.respond([{ name: 'complaints by channel', value: 'complaints by channel' }]);
    const callback = only(await fake.waitForAnswer(sent));
    expect(callback.body).toEqual({ type: 8, data: { choices: [{ name: 'complaints by channel', value: 'complaints by channel' }] } });
  });

  it('updates the message a button sits on with callback type 7', async () => {
    await connect();
    const arrived = nextInteraction(isButton);
    const sent = fake.interact({ kind: 'button', customId: 'kpi:refine:by-week' });
    const interaction = await arrived;
    expect(interaction.customId).toBe('kpi:refine:by-week');

    await interaction.update({ content: 'by week' });
    const callback = only(await fake.waitForAnswer(sent));
    expect(callback.body).toMatchObject({ type: 7, data: { content: 'by week' } });
    expect(fake.original(sent)?.['content']).toBe('by week');
  });

  it('resumes after a dropped connection, replays what was dispatched meanwhile, and keeps delivering', async () => {
    await connect();
    const resumed = new Promise<void>((resolve) => client.once(Events.ShardResume, () => resolve()));
    const before = fake.session;
    fake.dropConnection();
    // Dispatched while no socket is on the session: Discord keeps it and a RESUME replays it.
    const during = nextInteraction(isCommand);
    const missed = fake.interact({ kind: 'command', query: 'nps last-7d' });
    const first = await during;
    expect(first.id).toBe(missed.id);
    await resumed;

    const resume = only(await fake.waitFor('gateway.resume'));
    expect(resume.body).toMatchObject({ token: fake.token, session_id: before?.id, seq: before?.seq });
    expect(fake.callsOf('gateway.identify')).toHaveLength(1);
    // The second connection went to READY's resume_gateway_url.
    expect(fake.callsOf('gateway.connect').map((c) => c.path)).toEqual(['/', '/resume']);

    await first.reply({ content: 'NPS 42' });
    expect(only(await fake.waitForAnswer(missed)).body).toMatchObject({ type: 4, data: { content: 'NPS 42' } });

    const after = nextInteraction(isCommand);
    const later = fake.interact({ kind: 'command', query: 'churn last-30d' });
    const second = await after;
    expect(second.id).toBe(later.id);
    await second.deferReply();
    await fake.waitForAnswer(later);
  });

  it('resumes after a TCP destroy too', async () => {
    await connect();
    const resumed = new Promise<void>((resolve) => client.once(Events.ShardResume, () => resolve()));
    fake.dropConnection('destroy');
    await resumed;
    await fake.waitFor('gateway.resume');
    expect(fake.callsOf('gateway.identify')).toHaveLength(1);
    const arrived = nextInteraction(isCommand);
    const sent = fake.interact({ kind: 'command', query: 'nps' });
    expect((await arrived).id).toBe(sent.id);
  });

  it('resumes when told to reconnect (op 7) or that the session is invalid but resumable (op 9)', async () => {
    await connect();
    const resumedOnce = new Promise<void>((resolve) => client.once(Events.ShardResume, () => resolve()));
    fake.requestReconnect();
    await resumedOnce;
    await fake.waitFor('gateway.resume');
    // discord.js closes with 4200 (its own "resuming" code) and reconnects to resume_gateway_url.
    expect(fake.callsOf('gateway.close').map((c) => c.status)).toEqual([4200]);
    expect(fake.callsOf('gateway.connect').map((c) => c.path)).toEqual(['/', '/resume']);

    const resumedTwice = new Promise<void>((resolve) => client.once(Events.ShardResume, () => resolve()));
    fake.invalidateSession(true);
    await resumedTwice;
    // A resumable INVALID_SESSION is answered with RESUME on the same socket.
    await fake.waitFor('gateway.resume', 2, { where: (c) => c.status === 200 });
    expect(fake.callsOf('gateway.connect')).toHaveLength(2);
    expect(fake.callsOf('gateway.identify')).toHaveLength(1);
    const arrived = nextInteraction(isCommand);
    const sent = fake.interact({ kind: 'command', query: 'nps' });
    expect((await arrived).id).toBe(sent.id);
  });

  it('turns a wrong token away at GET /gateway/bot with 401, as Discord does', async () => {
    const error = await client.login('MTIz.wrong.token').catch((e: unknown) => e);
    expect(String(error)).toMatch(/invalid token/i);
    const [call] = fake.callsOf('gateway.bot');
    expect(call?.status).toBe(401);
    expect(fake.callsOf('gateway.connect')).toHaveLength(0);
  });

  it('posts one message for two sends with the same nonce and enforce_nonce', async () => {
    const guild = await connect();
    const channel = guild.channels.cache.get(fake.channelId('finance')) as TextChannel;
    const a = await channel.send({ content: 'Weekly digest', nonce: 'digest-2026-w48', enforceNonce: true });
    const b = await channel.send({ content: 'Weekly digest', nonce: 'digest-2026-w48', enforceNonce: true });
    expect(b.id).toBe(a.id);
    expect(fake.messagesIn('finance')).toHaveLength(1);
    const posts = await fake.waitFor('message.create', 2);
    expect(posts.map((p) => p.body)).toEqual([
      expect.objectContaining({ content: 'Weekly digest', nonce: 'digest-2026-w48', enforce_nonce: true }),
      expect.objectContaining({ content: 'Weekly digest', nonce: 'digest-2026-w48', enforce_nonce: true }),
    ]);
    expect(posts[0]?.headers['authorization']).toBe(`Bot ${fake.token}`);

    // Without enforce_nonce the nonce is only echoed back, and a second send is a second message.
    const c = await channel.send({ content: 'Loose', nonce: 'loose-1', enforceNonce: false });
    const d = await channel.send({ content: 'Loose', nonce: 'loose-1', enforceNonce: false });
    expect(d.id).not.toBe(c.id);
    expect(fake.messagesIn('finance')).toHaveLength(3);
  });

  it('answers the lookups an adapter may make: application, users, channels, roles, members, history', async () => {
    const guild = await connect();
    expect((await client.application?.fetch())?.name).toBe('kpibot');
    expect((await client.users.fetch('1300000000000000401', { force: true })).username).toBe('ana');
    expect(((await client.channels.fetch(fake.channelId('finance'), { force: true })) as TextChannel).name).toBe('finance');
    expect((await guild.roles.fetch()).map((r) => r.name).sort()).toEqual(['@everyone', 'Finance', 'Support']);
    const member = await guild.members.fetch({ user: '1300000000000000402', force: true });
    expect(member.roles.cache.map((r) => r.name)).toContain('Support');
    const missing = await guild.members.fetch({ user: '1300000000000000999', force: true }).catch((e: unknown) => e);
    expect((missing as DiscordAPIError).code).toBe(10007);

    const channel = guild.channels.cache.get(fake.channelId('support')) as TextChannel;
    const first = await channel.send('one');
    const second = await channel.send('two');
    const history = await channel.messages.fetch({ limit: 10 });
    expect([...history.keys()]).toEqual([second.id, first.id]);
    for (const kind of ['applications.me', 'users.get', 'channel.get', 'guild.roles', 'guild.member', 'message.list']) await fake.waitFor(kind);
  });

  it('records a guild command registration', async () => {
    await connect();
    const body = [{ name: 'kpi', description: 'Ask for a KPI', options: [{ type: 3, name: 'query', description: 'What to ask', required: true, autocomplete: true }] }];
    const answer = (await client.rest.put(Routes.applicationGuildCommands(FAKE_APP_ID, FAKE_GUILD_ID), { body })) as { id: string; name: string }[];
    expect(answer[0]?.name).toBe('kpi');
    expect(answer[0]?.id).toMatch(/^\d{17,20}$/);
    const put = only(await fake.waitFor('commands.guild'));
    expect(put.method).toBe('PUT');
    expect(put.body).toEqual(body);
  });

  it('fails on demand, rate-limits with retry_after, and answers unknown routes with a Discord 404', async () => {
    await connect();
    fake.failNext('callback', 400, invalidFormBody({ data: { content: { _errors: [{ code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 2000 or fewer in length.' }] } } }));
    const arrived = nextInteraction(isCommand);
    fake.interact({ kind: 'command', query: 'x' });
    const interaction = await arrived;
    const error = await interaction.reply({ content: 'too long' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DiscordAPIError);
    expect((error as DiscordAPIError).code).toBe(50035);
    expect((error as DiscordAPIError).status).toBe(400);

    // A 429 is waited out and retried by discord.js; the fake sees both attempts.
    fake.rateLimitNext('message.create', 0.2);
    const channel = client.channels.cache.get(fake.channelId('general')) as TextChannel;
    await channel.send('after the limit');
    await fake.waitFor('message.create');
    expect(fake.callsOf('message.create').map((c) => c.status)).toEqual([429, 200]);

    const missing = await client.rest.get('/nothing/here').catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(DiscordAPIError);
    expect((missing as DiscordAPIError).status).toBe(404);
    expect((missing as DiscordAPIError).code).toBe(0);
    expect(fake.callsOf('unknown').map((c) => c.path)).toEqual(['/api/v10/nothing/here']);
  });

  it('refuses a second answer to one interaction and a late first one, as Discord does', async () => {
    await connect();
    fake.callbackDeadlineMs = 3_000;
    const arrived = nextInteraction(isCommand);
    const sent: DispatchedInteraction = fake.interact({ kind: 'command', query: 'x' });
    const interaction = await arrived;
    await interaction.deferReply();
    // Bypass discord.js's own "already replied" guard to see what Discord would say.
    const again = await client.rest
      .post(Routes.interactionCallback(sent.id, sent.token), { body: { type: 4, data: { content: 'twice' } }, auth: false })
      .catch((e: unknown) => e);
    expect((again as DiscordAPIError).code).toBe(40060);

    // A deadline below zero: every callback is late, even one in the same millisecond as its dispatch.
    fake.callbackDeadlineMs = -1;
    const late = nextInteraction(isCommand);
    fake.interact({ kind: 'command', query: 'y' });
    const error = await (await late).deferReply().catch((e: unknown) => e);
    expect((error as DiscordAPIError).code).toBe(10062);
  });
});
