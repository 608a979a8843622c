import type { IncomingMessage, ServerResponse } from 'node:http';
import { boundaryOf, parseMultipart, type FormPart } from './multipart.js';
import type { FakeDiscordState, FakeInteraction } from './fake-discord-state.js';
import {
  FAKE_APP_ID,
  FAKE_BOT_USER,
  FAKE_GUILD_ID,
  channelJson,
  memberJson,
  roleJson,
  snowflake,
  userJson,
  type Json,
} from './fake-discord-world.js';

/** What a route handler answers: a status and a JSON body (none for 204). */
interface Answer {
  readonly status: number;
  readonly body?: unknown;
}

interface Request {
  readonly params: Record<string, string>;
  readonly query: URLSearchParams;
  readonly body: Json;
  readonly files: readonly FormPart[];
}

interface Route {
  readonly method: string;
  readonly pattern: RegExp;
  readonly kind: string;
  /** Routes the client calls with `auth: false` (interaction callbacks, webhooks) need no token. */
  readonly auth: boolean;
  readonly handle: (r: Request) => Answer;
}

const API = '/api/v10';
const MESSAGE_FLAG_EPHEMERAL = 64;
const MESSAGE_FLAG_LOADING = 128;

/** Discord's error bodies for the cases the fake produces. */
export const DiscordErrors = {
  notFound: { code: 0, message: '404: Not Found' },
  unauthorized: { code: 0, message: '401: Unauthorized' },
  unknownChannel: { code: 10003, message: 'Unknown Channel' },
  unknownMember: { code: 10007, message: 'Unknown Member' },
  unknownMessage: { code: 10008, message: 'Unknown Message' },
  unknownWebhook: { code: 10015, message: 'Unknown Webhook' },
  unknownInteraction: { code: 10062, message: 'Unknown interaction' },
  alreadyAcknowledged: { code: 40060, message: 'Interaction has already been acknowledged.' },
  emptyMessage: { code: 50006, message: 'Cannot send an empty message' },
} as const;

export function invalidFormBody(errors: Json): Json {
  return { code: 50035, errors, message: 'Invalid Form Body' };
}

/** Which callback types each interaction type accepts (Discord's interaction response reference). */
const CALLBACKS_FOR: Record<number, readonly number[]> = {
  1: [1],
  2: [4, 5, 9],
  3: [4, 5, 6, 7, 9],
  4: [8],
  5: [4, 5, 6, 7],
};

/** The REST half of the fake Discord: routes under /api/v10, answered from the shared state. */
export class FakeDiscordRest {
  private readonly routes: Route[];

  constructor(
    private readonly state: FakeDiscordState,
    private readonly gatewayUrl: () => string,
  ) {
    const r = (method: string, path: string, kind: string, auth: boolean, handle: (r: Request) => Answer): Route => ({
      method,
      // `:name` segments become named groups; `@original` and `@me` stay literal.
      pattern: new RegExp(`^${path.replace(/:(\w+)/g, '(?<$1>[^/]+)')}$`),
      kind,
      auth,
      handle,
    });
    this.routes = [
      r('GET', '/gateway/bot', 'gateway.bot', true, () => this.gatewayBot()),
      r('GET', '/gateway', 'gateway.get', false, () => ({ status: 200, body: { url: this.gatewayUrl() } })),
      r('GET', '/users/@me', 'users.me', true, () => ({ status: 200, body: userJson(FAKE_BOT_USER, true) })),
      r('GET', '/users/:user', 'users.get', true, (q) => this.getUser(q)),
      r('GET', '/applications/@me', 'applications.me', true, () => ({ status: 200, body: this.application() })),
      r('PUT', '/applications/:app/commands', 'commands.global', true, (q) => this.putCommands(q, 'global')),
      r('GET', '/applications/:app/commands', 'commands.global.get', true, () => ({ status: 200, body: this.state.commands.get('global') ?? [] })),
      r('PUT', '/applications/:app/guilds/:guild/commands', 'commands.guild', true, (q) => this.putCommands(q, q.params['guild'] ?? '')),
      r('GET', '/applications/:app/guilds/:guild/commands', 'commands.guild.get', true, (q) => ({
        status: 200,
        body: this.state.commands.get(q.params['guild'] ?? '') ?? [],
      })),
      r('POST', '/interactions/:interaction/:token/callback', 'callback', false, (q) => this.callback(q)),
      r('GET', '/webhooks/:app/:token/messages/:message', 'webhook.get', false, (q) => this.webhookMessage(q, 'get')),
      r('PATCH', '/webhooks/:app/:token/messages/:message', 'webhook.edit', false, (q) => this.webhookMessage(q, 'edit')),
      r('DELETE', '/webhooks/:app/:token/messages/:message', 'webhook.delete', false, (q) => this.webhookMessage(q, 'delete')),
      r('POST', '/webhooks/:app/:token', 'followup', false, (q) => this.followUp(q)),
      r('POST', '/channels/:channel/messages', 'message.create', true, (q) => this.createMessage(q)),
      r('GET', '/channels/:channel/messages', 'message.list', true, (q) => this.listMessages(q)),
      r('GET', '/channels/:channel/messages/:message', 'message.get', true, (q) => this.getMessage(q)),
      r('PATCH', '/channels/:channel/messages/:message', 'message.edit', true, (q) => this.editChannelMessage(q)),
      r('GET', '/channels/:channel', 'channel.get', true, (q) => this.getChannel(q)),
      r('GET', '/guilds/:guild/roles', 'guild.roles', true, (q) => this.inGuild(q, () => [...this.state.roles.values()].map(roleJson))),
      r('GET', '/guilds/:guild/members/:user', 'guild.member', true, (q) => this.getMember(q)),
    ];
  }

  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://fake');
    const raw = await readAll(req);
    const headers = pickHeaders(req);
    const method = req.method ?? 'GET';
    const path = url.pathname.startsWith(API) ? url.pathname.slice(API.length) : undefined;
    const found = path === undefined ? undefined : this.match(method, path);
    const query = Object.fromEntries(url.searchParams);
    const base = { method, path: url.pathname, query, headers };
    if (!found) {
      this.state.record({ ...base, kind: 'unknown', params: {}, body: safeJson(raw), files: [], status: 404, response: DiscordErrors.notFound });
      send(res, 404, DiscordErrors.notFound);
      return;
    }
    const { route, params } = found;
    let body: Json;
    let files: FormPart[] = [];
    try {
      ({ body, files } = parseBody(raw, req.headers['content-type']));
    } catch (e) {
      const answer = invalidFormBody({ _errors: [{ code: 'BODY_INVALID', message: String(e) }] });
      this.state.record({ ...base, kind: route.kind, params, body: raw.toString('utf8'), files: [], status: 400, response: answer });
      send(res, 400, answer);
      return;
    }
    const interaction = params['interaction'] ? this.state.interactions.get(params['interaction']) : params['token'] ? this.state.interactionByToken(params['token']) : undefined;
    const sinceDispatch = interaction ? Date.now() - interaction.dispatchedAt : undefined;
    const recordAs = (status: number, response: unknown, extra: Record<string, string> = {}) => {
      this.state.record({ ...base, kind: route.kind, params, body, files, status, response, ...(sinceDispatch !== undefined ? { sinceDispatch } : {}) });
      send(res, status, response, extra);
    };
    const authorized = headers['authorization'] === `Bot ${this.state.token}`;
    if (route.auth && !authorized) {
      recordAs(401, DiscordErrors.unauthorized);
      return;
    }
    const injected = this.state.takeInjected(route.kind);
    if (injected) {
      recordAs(injected.status, injected.body, { ...injected.headers });
      return;
    }
    const answer = route.handle({ params, query: url.searchParams, body, files });
    recordAs(answer.status, answer.body);
  }

  private match(method: string, path: string): { route: Route; params: Record<string, string> } | undefined {
    for (const route of this.routes) {
      if (route.method !== method) continue;
      const m = route.pattern.exec(path);
      if (m) return { route, params: Object.fromEntries(Object.entries(m.groups ?? {}).map(([k, v]) => [k, decodeURIComponent(v)])) };
    }
    return undefined;
  }

  private gatewayBot(): Answer {
    return {
      status: 200,
      body: {
        url: this.gatewayUrl(),
        shards: 1,
        session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: 1 },
      },
    };
  }

  private application(): Json {
    return {
      id: FAKE_APP_ID,
      name: 'kpibot',
      icon: null,
      description: 'Customer KPIs',
      bot_public: false,
      bot_require_code_grant: false,
      verify_key: '0'.repeat(64),
      flags: 0,
      bot: userJson(FAKE_BOT_USER, true),
      owner: userJson({ id: '1300000000000000499', username: 'owner' }),
      team: null,
    };
  }

  private putCommands(q: Request, scope: string): Answer {
    if (q.params['app'] !== FAKE_APP_ID) return { status: 403, body: { code: 50001, message: 'Missing Access' } };
    if (scope !== 'global' && scope !== FAKE_GUILD_ID) return { status: 404, body: { code: 10004, message: 'Unknown Guild' } };
    if (!Array.isArray(q.body)) return { status: 400, body: invalidFormBody({ _errors: [{ code: 'LIST_TYPE_CONVERT', message: 'Only iterables may be used in a ListType' }] }) };
    const commands = (q.body as Json[]).map((c) => ({
      id: snowflake(),
      application_id: FAKE_APP_ID,
      version: snowflake(),
      type: 1,
      default_member_permissions: null,
      nsfw: false,
      ...c,
      ...(scope === 'global' ? {} : { guild_id: scope }),
    }));
    this.state.commands.set(scope, commands);
    return { status: 200, body: commands };
  }

  private callback(q: Request): Answer {
    const i = this.state.interactions.get(q.params['interaction'] ?? '');
    if (!i || i.token !== q.params['token'] || Date.now() - i.dispatchedAt > this.state.callbackDeadlineMs) {
      return { status: 404, body: DiscordErrors.unknownInteraction };
    }
    if (i.callbackType !== undefined) return { status: 400, body: DiscordErrors.alreadyAcknowledged };
    const type = Number(q.body['type']);
    if (!CALLBACKS_FOR[i.type]?.includes(type)) {
      return { status: 400, body: invalidFormBody({ type: { _errors: [{ code: 'INTERACTION_RESPONSE_TYPE_INVALID', message: 'Invalid interaction response type' }] } }) };
    }
    const data = (q.body['data'] ?? {}) as Json;
    if (type === 4 || type === 5) {
      const flags = Number(data['flags'] ?? 0) | (type === 5 ? MESSAGE_FLAG_LOADING : 0);
      const message = this.newMessage(i.channelId, { ...data, flags }, q.files, { interaction: i });
      i.originalId = String(message['id']);
    } else if ((type === 6 || type === 7) && i.componentMessageId) {
      i.originalId = i.componentMessageId;
      if (type === 7) this.editMessage(i.componentMessageId, data, q.files);
    }
    i.callbackType = type;
    if (q.query.get('with_response') !== 'true') return { status: 204 };
    const message = i.originalId ? this.state.messages.get(i.originalId) : undefined;
    return {
      status: 200,
      body: {
        interaction: {
          id: i.id,
          type: i.type,
          activity_instance_id: null,
          response_message_id: i.originalId ?? null,
          response_message_loading: type === 5,
          response_message_ephemeral: (Number(data['flags'] ?? 0) & MESSAGE_FLAG_EPHEMERAL) !== 0,
        },
        resource: { type, ...(message && type !== 8 ? { message } : {}) },
      },
    };
  }

  /** The interaction an /webhooks/:app/:token route names, if the token is one the fake issued. */
  private webhookInteraction(q: Request): FakeInteraction | undefined {
    if (q.params['app'] !== FAKE_APP_ID) return undefined;
    return this.state.interactionByToken(q.params['token'] ?? '');
  }

  private webhookMessage(q: Request, action: 'get' | 'edit' | 'delete'): Answer {
    const i = this.webhookInteraction(q);
    if (!i) return { status: 404, body: DiscordErrors.unknownWebhook };
    const id = q.params['message'] === '@original' ? i.originalId : q.params['message'];
    const message = id ? this.state.messages.get(id) : undefined;
    if (!id || !message) return { status: 404, body: DiscordErrors.unknownMessage };
    if (action === 'get') return { status: 200, body: message };
    if (action === 'delete') {
      this.state.messages.delete(id);
      return { status: 204 };
    }
    return { status: 200, body: this.editMessage(id, q.body, q.files) };
  }

  private followUp(q: Request): Answer {
    const i = this.webhookInteraction(q);
    // A follow-up before the interaction is answered is refused, as on Discord.
    if (!i || i.callbackType === undefined) return { status: 404, body: DiscordErrors.unknownWebhook };
    if (isEmpty(q.body, q.files)) return { status: 400, body: DiscordErrors.emptyMessage };
    return { status: 200, body: this.newMessage(i.channelId, q.body, q.files, { interaction: i }) };
  }

  private createMessage(q: Request): Answer {
    const channelId = q.params['channel'] ?? '';
    if (!this.state.channels.has(channelId)) return { status: 404, body: DiscordErrors.unknownChannel };
    if (isEmpty(q.body, q.files)) return { status: 400, body: DiscordErrors.emptyMessage };
    const nonce = q.body['nonce'];
    if (nonce !== undefined && (typeof nonce === 'string' ? nonce.length > 25 : !Number.isInteger(nonce))) {
      return { status: 400, body: invalidFormBody({ nonce: { _errors: [{ code: 'BASE_TYPE_BAD_LENGTH', message: 'Must be 25 or fewer in length.' }] } }) };
    }
    const key = `${channelId}:${String(nonce)}`;
    if (nonce !== undefined && q.body['enforce_nonce'] === true) {
      const seen = this.state.nonces.get(key);
      const first = seen && Date.now() - seen.at < this.state.nonceWindowMs ? this.state.messages.get(seen.messageId) : undefined;
      if (first) return { status: 200, body: first };
    }
    const message = this.newMessage(channelId, q.body, q.files, {});
    if (nonce !== undefined && q.body['enforce_nonce'] === true) this.state.nonces.set(key, { messageId: String(message['id']), at: Date.now() });
    return { status: 200, body: message };
  }

  /** PATCH of a bot message in a channel (a digest gets its charts this way). */
  private editChannelMessage(q: Request): Answer {
    const id = q.params['message'] ?? '';
    const message = this.state.messages.get(id);
    if (!message || message['channel_id'] !== q.params['channel']) return { status: 404, body: DiscordErrors.unknownMessage };
    this.editMessage(id, q.body, q.files);
    return { status: 200, body: this.state.messages.get(id) };
  }

  private getMessage(q: Request): Answer {
    const message = this.state.messages.get(q.params['message'] ?? '');
    if (!message || message['channel_id'] !== q.params['channel']) return { status: 404, body: DiscordErrors.unknownMessage };
    return { status: 200, body: message };
  }

  /** Newest first, `limit` (default 50, at most 100) before or after a message id, as Discord pages history. */
  private listMessages(q: Request): Answer {
    const channelId = q.params['channel'] ?? '';
    if (!this.state.channels.has(channelId)) return { status: 404, body: DiscordErrors.unknownChannel };
    const limit = Number(q.query.get('limit') ?? 50);
    if (!Number.isInteger(limit) || limit < 1 || limit > 100) {
      return { status: 400, body: invalidFormBody({ limit: { _errors: [{ code: 'NUMBER_TYPE_MAX', message: 'int value should be less than or equal to 100.' }] } }) };
    }
    const before = q.query.get('before');
    const after = q.query.get('after');
    let found = this.state.messagesIn(channelId);
    if (before) found = found.filter((m) => BigInt(String(m['id'])) < BigInt(before));
    if (after) found = found.filter((m) => BigInt(String(m['id'])) > BigInt(after));
    // With `after`, Discord gives the oldest ones after it; otherwise the newest.
    const page = after ? found.slice(0, limit) : found.slice(-limit);
    return { status: 200, body: page.reverse() };
  }

  private getUser(q: Request): Answer {
    const id = q.params['user'] ?? '';
    if (id === FAKE_BOT_USER.id) return { status: 200, body: userJson(FAKE_BOT_USER, true) };
    const person = this.state.people.get(id);
    if (!person) return { status: 404, body: { code: 10013, message: 'Unknown User' } };
    return { status: 200, body: userJson(person) };
  }

  private getChannel(q: Request): Answer {
    const channels = [...this.state.channels.values()];
    const index = channels.findIndex((c) => c.id === q.params['channel']);
    const channel = channels[index];
    if (!channel) return { status: 404, body: DiscordErrors.unknownChannel };
    return { status: 200, body: channelJson(channel, FAKE_GUILD_ID, index) };
  }

  private getMember(q: Request): Answer {
    if (q.params['guild'] !== FAKE_GUILD_ID) return { status: 404, body: { code: 10004, message: 'Unknown Guild' } };
    const user = q.params['user'] ?? '';
    if (user === FAKE_BOT_USER.id) return { status: 200, body: memberJson(FAKE_BOT_USER, this.state.joinedAt) };
    const person = this.state.people.get(user);
    if (!person) return { status: 404, body: DiscordErrors.unknownMember };
    return { status: 200, body: memberJson(person, this.state.joinedAt) };
  }

  private inGuild(q: Request, body: () => unknown): Answer {
    if (q.params['guild'] !== FAKE_GUILD_ID) return { status: 404, body: { code: 10004, message: 'Unknown Guild' } };
    return { status: 200, body: body() };
  }

  /** A new message from the bot (or, for interaction replies, from the app's webhook). */
  private newMessage(channelId: string, body: Json, files: readonly FormPart[], o: { interaction?: FakeInteraction }): Json {
    const id = snowflake();
    const message: Json = {
      id,
      type: o.interaction ? 20 : 0,
      channel_id: channelId,
      guild_id: FAKE_GUILD_ID,
      author: userJson(FAKE_BOT_USER, true),
      content: '',
      embeds: [],
      components: [],
      attachments: [],
      mentions: [],
      mention_roles: [],
      mention_everyone: false,
      pinned: false,
      tts: Boolean(body['tts']),
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      flags: 0,
      ...(body['nonce'] !== undefined ? { nonce: body['nonce'] } : {}),
      ...(o.interaction
        ? {
            webhook_id: FAKE_APP_ID,
            application_id: FAKE_APP_ID,
            interaction_metadata: {
              id: o.interaction.id,
              type: o.interaction.type,
              user: userJson(this.state.people.get(o.interaction.userId) ?? { id: o.interaction.userId, username: 'unknown' }),
              authorizing_integration_owners: { '0': FAKE_GUILD_ID },
            },
          }
        : {}),
    };
    this.state.messages.set(id, message);
    this.apply(message, body, files, true);
    return message;
  }

  private editMessage(id: string, body: Json, files: readonly FormPart[]): Json {
    const message = this.state.messages.get(id);
    if (!message) throw new Error(`no message ${id}`);
    this.apply(message, body, files, false);
    // An edit of a deferred reply is its first real content: the loading flag goes.
    message['flags'] = Number(message['flags'] ?? 0) & ~MESSAGE_FLAG_LOADING;
    message['edited_timestamp'] = new Date().toISOString();
    return message;
  }

  /** Applies content, embeds, components and attachments of a create or edit body to a message. */
  private apply(message: Json, body: Json, files: readonly FormPart[], creating: boolean): void {
    if (typeof body['content'] === 'string') message['content'] = body['content'];
    if (Array.isArray(body['components'])) message['components'] = body['components'];
    if (creating && body['flags'] !== undefined) message['flags'] = Number(body['flags']);
    const attachments = this.attachments(message, body, files);
    message['attachments'] = attachments;
    if (Array.isArray(body['embeds'])) message['embeds'] = (body['embeds'] as Json[]).map((e) => resolveEmbed(e, attachments));
  }

  /**
   * The message's attachments after a create or edit. `attachments` in the body lists what to keep
   * (existing ids) and describes new uploads (id = the n of files[n]); without it, uploads are added.
   */
  private attachments(message: Json, body: Json, files: readonly FormPart[]): Json[] {
    const existing = (message['attachments'] as Json[] | undefined) ?? [];
    const uploads = new Map<string, FormPart>();
    for (const f of files) {
      const n = /^files\[(\d+)\]$/.exec(f.name)?.[1];
      if (n !== undefined) uploads.set(n, f);
    }
    const fresh = (n: string, f: FormPart, described: Json | undefined): Json => {
      const id = snowflake();
      this.state.attachmentBytes.set(id, f.data);
      const filename = String(described?.['filename'] ?? f.filename ?? `file${n}`);
      const url = `https://cdn.discordapp.com/attachments/${String(message['channel_id'])}/${id}/${filename}`;
      return {
        id,
        filename,
        size: f.data.length,
        url,
        proxy_url: url.replace('cdn.discordapp.com', 'media.discordapp.net'),
        content_type: f.contentType ?? 'application/octet-stream',
        ...(described?.['description'] !== undefined ? { description: described['description'] } : {}),
      };
    };
    const listed = body['attachments'];
    if (!Array.isArray(listed)) return [...existing, ...[...uploads].map(([n, f]) => fresh(n, f, undefined))];
    const out: Json[] = [];
    for (const a of listed as Json[]) {
      const id = String(a['id']);
      const upload = uploads.get(id);
      if (upload) out.push(fresh(id, upload, a));
      else {
        const kept = existing.find((e) => e['id'] === id);
        if (kept) out.push(kept);
      }
    }
    return out;
  }
}

/** Discord answers with `attachment://name` in an embed replaced by the attachment's URL. */
function resolveEmbed(embed: Json, attachments: readonly Json[]): Json {
  const out: Json = { type: 'rich', ...embed };
  for (const key of ['image', 'thumbnail']) {
    const media = embed[key] as Json | undefined;
    const url = typeof media?.['url'] === 'string' ? media['url'] : undefined;
    if (url?.startsWith('attachment://')) {
      const a = attachments.find((x) => x['filename'] === url.slice('attachment://'.length));
      if (a) out[key] = { ...media, url: a['url'], proxy_url: a['proxy_url'] };
    }
  }
  return out;
}

function isEmpty(body: Json, files: readonly FormPart[]): boolean {
  const content = typeof body['content'] === 'string' ? body['content'] : '';
  const list = (k: string) => (Array.isArray(body[k]) ? (body[k] as unknown[]).length : 0);
  return content === '' && list('embeds') === 0 && list('components') === 0 && files.length === 0 && body['poll'] === undefined && list('sticker_ids') === 0;
}

function parseBody(raw: Buffer, contentType: string | undefined): { body: Json; files: FormPart[] } {
  const boundary = boundaryOf(contentType);
  if (boundary) {
    const parts = parseMultipart(raw, boundary);
    const payload = parts.find((p) => p.name === 'payload_json');
    return { body: payload ? (JSON.parse(payload.data.toString('utf8')) as Json) : {}, files: parts.filter((p) => p !== payload) };
  }
  if (raw.length === 0) return { body: {}, files: [] };
  return { body: JSON.parse(raw.toString('utf8')) as Json, files: [] };
}

function safeJson(raw: Buffer): unknown {
  try {
    return raw.length ? (JSON.parse(raw.toString('utf8')) as unknown) : undefined;
  } catch {
    return raw.toString('utf8');
  }
}

function pickHeaders(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of ['authorization', 'content-type', 'user-agent', 'x-audit-log-reason']) {
    const v = req.headers[k];
    if (typeof v === 'string') out[k] = v;
  }
  return out;
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  if (status === 204 || body === undefined) {
    res.writeHead(status, headers).end();
    return;
  }
  res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
}

async function readAll(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}
