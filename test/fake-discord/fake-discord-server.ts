import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FakeDiscordGateway } from './fake-discord-gateway.js';
import { buildInteraction, type DispatchedInteraction, type InteractionSpec } from './fake-discord-interactions.js';
import { FakeDiscordRest } from './fake-discord-rest.js';
import { FakeDiscordState, waitForCalls, type RecordedCall } from './fake-discord-state.js';
import { FAKE_DISCORD_TOKEN, type Json } from './fake-discord-world.js';

export type { RecordedCall } from './fake-discord-state.js';
export type { InteractionSpec, DispatchedInteraction } from './fake-discord-interactions.js';
export { invalidFormBody, DiscordErrors } from './fake-discord-rest.js';
export * from './fake-discord-world.js';

export interface WaitOptions {
  readonly timeoutMs?: number;
  /** Which calls count; by default those the fake answered with success (status below 400). */
  readonly where?: (c: RecordedCall) => boolean;
}

/**
 * Discord's side of the wire on 127.0.0.1, for tests with the real discord.js client: REST under
 * /api/v10 and the gateway WebSocket on the same port. Give the client `rest: { api: fake.apiUrl }`;
 * it finds the gateway through GET /gateway/bot. Every REST call and gateway frame is recorded.
 *
 * Kinds of recorded calls, for waitFor, failNext and rateLimitNext: `gateway.bot`, `users.me`,
 * `users.get`, `applications.me`, `commands.global`, `commands.guild` (and `….get`), `callback`,
 * `webhook.get`, `webhook.edit`, `webhook.delete` (an interaction's @original or a follow-up),
 * `followup`, `message.create`, `message.list`, `message.get`, `channel.get`, `guild.roles`,
 * `guild.member`, `unknown` (a 404); on the gateway `gateway.connect`, `gateway.identify`,
 * `gateway.resume`, `gateway.heartbeat`, `gateway.op` (presence, members request) and `gateway.close`.
 */
export class FakeDiscord {
  readonly state: FakeDiscordState;
  private server: Server | undefined;
  private gatewayImpl: FakeDiscordGateway | undefined;
  private readonly heartbeatIntervalMs: number;
  url = '';

  constructor(o: { token?: string; heartbeatIntervalMs?: number } = {}) {
    this.state = new FakeDiscordState(o.token ?? FAKE_DISCORD_TOKEN);
    // Short, so a test sees heartbeats; discord.js waits a random part of it before the first one.
    this.heartbeatIntervalMs = o.heartbeatIntervalMs ?? 1_000;
  }

  async start(): Promise<void> {
    const server = createServer();
    const rest = new FakeDiscordRest(this.state, () => this.gatewayUrl);
    server.on('request', (req, res) => {
      rest.handle(req, res).catch((e: unknown) => {
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ code: 0, message: `fake: ${String(e)}` }));
      });
    });
    this.gatewayImpl = new FakeDiscordGateway(this.state, server, () => this.gatewayUrl, { heartbeatIntervalMs: this.heartbeatIntervalMs });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    this.server = server;
    this.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    this.gatewayImpl?.close();
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** For the client's `rest.api`: discord.js adds `/v10` itself. */
  get apiUrl(): string {
    return `${this.url}/api`;
  }

  /** What GET /gateway/bot answers; the client adds `?v=10&encoding=json`. */
  get gatewayUrl(): string {
    return this.url.replace(/^http/, 'ws');
  }

  get token(): string {
    return this.state.token;
  }

  get calls(): readonly RecordedCall[] {
    return this.state.calls;
  }

  private get gateway(): FakeDiscordGateway {
    if (!this.gatewayImpl) throw new Error('fake Discord not started');
    return this.gatewayImpl;
  }

  /** The current gateway session (after IDENTIFY): its id, last sequence number, whether a socket is on it. */
  get session(): { readonly id: string; readonly seq: number; readonly connected: boolean } | undefined {
    return this.gateway.session;
  }

  /** Switches on privileged intents for the app (a bit set); without them IDENTIFY asking for them is closed with 4014. */
  set privilegedIntents(bits: number) {
    this.gateway.privilegedIntents = bits;
  }

  /** How long an interaction may wait for its callback before its token is unknown (Discord: 3 s). */
  set callbackDeadlineMs(ms: number) {
    this.state.callbackDeadlineMs = ms;
  }

  /** Calls of one kind, optionally filtered. */
  callsOf(kind: string, where: (c: RecordedCall) => boolean = () => true): RecordedCall[] {
    return this.state.calls.filter((c) => c.kind === kind && where(c));
  }

  /** Resolves once `count` calls of `kind` have been made (successful ones unless `where` says otherwise). */
  waitFor(kind: string, count = 1, o: WaitOptions = {}): Promise<RecordedCall[]> {
    return waitForCalls(this.state, kind, count, o.timeoutMs ?? 10_000, o.where ?? ((c) => c.status < 400));
  }

  /** Waits for the bot's answer to one interaction: its callback, or the `n`th call of `kind` for it. */
  async waitForAnswer(i: DispatchedInteraction, kind = 'callback', count = 1, timeoutMs = 10_000): Promise<RecordedCall[]> {
    return this.waitFor(kind, count, { timeoutMs, where: (c) => c.status < 400 && (c.params['interaction'] === i.id || c.params['token'] === i.token) });
  }

  /** Dispatches INTERACTION_CREATE (a /kpi command, an autocomplete, a button press). */
  interact(spec: InteractionSpec): DispatchedInteraction {
    const { payload, interaction } = buildInteraction(this.state, spec);
    this.gateway.dispatch('INTERACTION_CREATE', payload);
    return { id: interaction.id, token: interaction.token };
  }

  /** Sends any dispatch event on the current session. */
  dispatch(t: string, d: unknown): void {
    this.gateway.dispatch(t, d);
  }

  /** Ends the gateway socket abnormally (close 4000, or a TCP destroy); the client should RESUME. */
  dropConnection(how: 'close-4000' | 'destroy' = 'close-4000'): void {
    this.gateway.dropConnection(how);
  }

  /** Sends op 7 RECONNECT. */
  requestReconnect(): void {
    this.gateway.requestReconnect();
  }

  /** Sends op 9 INVALID_SESSION. */
  invalidateSession(resumable: boolean): void {
    this.gateway.invalidateSession(resumable);
  }

  /** The next `times` calls of `kind` get this status and Discord error body (say 400 with invalidFormBody(...)). */
  failNext(kind: string, status: number, body: Json, times = 1): void {
    this.state.inject(kind, { status, body }, times);
  }

  /** The next `times` calls of `kind` get 429 with Retry-After and retry_after, as Discord rate-limits. */
  rateLimitNext(kind: string, retryAfterSeconds: number, o: { global?: boolean; times?: number } = {}): void {
    const headers: Record<string, string> = {
      'retry-after': String(retryAfterSeconds),
      'x-ratelimit-scope': o.global ? 'global' : 'user',
      ...(o.global ? { 'x-ratelimit-global': 'true' } : {}),
    };
    const body = { message: 'You are being rate limited.', retry_after: retryAfterSeconds, global: Boolean(o.global) };
    this.state.inject(kind, { status: 429, body, headers }, o.times ?? 1);
  }

  /** Messages in a channel (by id or name), oldest first. */
  messagesIn(channel: string): Json[] {
    const c = [...this.state.channels.values()].find((x) => x.id === channel || x.name === channel.replace(/^#/, ''));
    return c ? this.state.messagesIn(c.id) : [];
  }

  /** A channel's id by its name (`finance`). */
  channelId(name: string): string {
    const c = [...this.state.channels.values()].find((x) => x.name === name.replace(/^#/, ''));
    if (!c) throw new Error(`no channel ${name}`);
    return c.id;
  }

  /** The bytes of an attachment the bot uploaded, by attachment id. */
  attachment(id: string): Buffer | undefined {
    return this.state.attachmentBytes.get(id);
  }

  /** The message an interaction's @original names now, if any. */
  original(i: DispatchedInteraction): Json | undefined {
    const id = this.state.interactions.get(i.id)?.originalId;
    return id ? this.state.messages.get(id) : undefined;
  }
}
