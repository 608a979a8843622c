import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { WebSocketServer, type WebSocket } from 'ws';

/** One call the bot made to the fake Slack: a Web API method, an upload, or a response_url post. */
export interface RecordedCall {
  readonly method: string;
  readonly args: Record<string, unknown>;
  /** The status the fake answered with (429 for a rate-limited attempt). */
  readonly status: number;
  /** What the fake answered (a posted message's `ts`, say). */
  readonly response: Record<string, unknown>;
  readonly at: number;
}

export interface FakePerson {
  readonly team_id?: string;
  readonly is_restricted?: boolean;
  /** The person's Slack language (`pt-BR`), sent only when users.info is asked `include_locale`, as Slack does. */
  readonly locale?: string;
  readonly is_ultra_restricted?: boolean;
}

export const FAKE_TEAM = 'T0TEAM';
export const FAKE_BOT_USER = 'U0KPIBOT';
export const FAKE_BOT_TOKEN = 'xoxb-fake-bot-token';
export const FAKE_APP_TOKEN = 'xapp-fake-app-token';

/**
 * The bot scope each Web API method needs, from Slack's method reference. conversations.info needs
 * channels:read for a public channel (C…) and groups:read for a private one (G…). A method the
 * bot starts calling must be added here, and its scope to the manifest, or the tests fail.
 */
const NEEDS: Record<string, (args: Record<string, unknown>) => string | undefined> = {
  'auth.test': () => undefined,
  'chat.postMessage': () => 'chat:write',
  'chat.postEphemeral': () => 'chat:write',
  'files.getUploadURLExternal': () => 'files:write',
  'files.completeUploadExternal': () => 'files:write',
  'users.info': () => 'users:read',
  'conversations.info': (args) => (String(args['channel']).startsWith('G') ? 'groups:read' : 'channels:read'),
  'conversations.history': (args) => {
    const channel = String(args['channel']);
    return channel.startsWith('G') ? 'groups:history' : channel.startsWith('D') ? 'im:history' : 'channels:history';
  },
};

/** A message as the fake keeps it, for conversations.history. */
export interface FakeMessage {
  readonly ts: string;
  readonly text: unknown;
  readonly metadata?: unknown;
}

/** The bot scopes adapters/slack/manifest.yaml asks for: what an install of it grants. */
export function manifestScopes(): string[] {
  const manifest = parse(readFileSync(new URL('../../adapters/slack/manifest.yaml', import.meta.url), 'utf8')) as {
    oauth_config?: { scopes?: { bot?: string[] } };
  };
  return manifest.oauth_config?.scopes?.bot ?? [];
}

/**
 * Slack's side of the wire on 127.0.0.1, for tests: the Web API methods kpibot calls (reached
 * through SLACK_API_URL), the upload URL files.uploadV2 posts bytes to, response_url endpoints,
 * and a Socket Mode WebSocket. It records every call, answers like Slack does (`ok: false` with an
 * error code, 429 with Retry-After when asked to), and keeps the uploaded bytes.
 */
export class FakeSlack {
  readonly calls: RecordedCall[] = [];
  readonly uploads = new Map<string, Buffer>();
  /** Channels the bot is not a member of: chat.postMessage answers not_in_channel. */
  readonly notMemberOf = new Set<string>();
  /** How long chat.postMessage takes, ms: before the message is in the channel, and then before the answer. */
  postDelay = { before: 0, after: 0 };
  readonly people = new Map<string, FakePerson>();
  readonly channelNames = new Map<string, string>();
  /** Messages the bot posted, by channel, oldest first. */
  readonly messages = new Map<string, FakeMessage[]>();
  /** The scopes the bot token was installed with; methods needing another answer missing_scope. */
  readonly scopes: Set<string>;
  private readonly rateLimited = new Map<string, number[]>();
  private server: Server | undefined;
  private sockets: WebSocketServer | undefined;
  private socket: WebSocket | undefined;
  private socketWaiters: ((ws: WebSocket) => void)[] = [];
  private acks = new Map<string, (payload: unknown) => void>();
  private nextTs = 1;
  private nextFile = 1;
  private nextEnvelope = 1;
  url = '';

  /** Slack's clock: a message's ts is the second it was posted, then a counter that keeps ts unique. */
  private readonly clock: () => number;

  constructor(o: { scopes?: Iterable<string>; now?: () => number } = {}) {
    this.scopes = new Set(o.scopes ?? manifestScopes());
    this.clock = o.now ?? Date.now;
  }

  private ts(): string {
    return `${Math.floor(this.clock() / 1000)}.${String(this.nextTs++).padStart(6, '0')}`;
  }

  async start(): Promise<void> {
    const server = createServer((req, res) => {
      this.route(req, res).catch((e: unknown) => {
        res.writeHead(500).end(String(e));
      });
    });
    this.sockets = new WebSocketServer({ server, path: '/socket' });
    this.sockets.on('connection', (ws) => {
      this.socket = ws;
      ws.on('message', (data) => {
        const msg = JSON.parse(String(data)) as { envelope_id?: string; payload?: unknown };
        if (msg.envelope_id) this.acks.get(msg.envelope_id)?.(msg.payload ?? null);
      });
      ws.send(JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A0KPI' }, debug_info: { host: 'fake' } }));
      for (const w of this.socketWaiters.splice(0)) w(ws);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    this.server = server;
    this.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    for (const c of this.sockets?.clients ?? []) c.terminate();
    this.sockets?.close();
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** The Web API base URL, as SLACK_API_URL. */
  get apiUrl(): string {
    return `${this.url}/api/`;
  }

  /** A response_url for one command or button. */
  responseUrl(id: string): string {
    return `${this.url}/respond/${id}`;
  }

  /** The next `times` calls of `method` get 429 with Retry-After: `retryAfter` seconds. */
  rateLimitNext(method: string, retryAfter: number, times = 1): void {
    this.rateLimited.set(method, [...(this.rateLimited.get(method) ?? []), ...Array<number>(times).fill(retryAfter)]);
  }

  /** Calls of one method that Slack accepted (status 200). */
  accepted(method: string): RecordedCall[] {
    return this.calls.filter((c) => c.method === method && c.status === 200);
  }

  /** Resolves once `count` accepted calls of `method` have been made (or rejects after `ms`). */
  async waitFor(method: string, count = 1, ms = 10_000): Promise<RecordedCall[]> {
    const deadline = Date.now() + ms;
    while (Date.now() < deadline) {
      const got = this.accepted(method);
      if (got.length >= count) return got;
      await new Promise((r) => setTimeout(r, 20));
    }
    throw new Error(`waited ${ms} ms for ${count} ${method} call(s), got ${this.accepted(method).length}`);
  }

  /** Waits for the bot's Socket Mode connection. */
  connected(): Promise<WebSocket> {
    return this.socket ? Promise.resolve(this.socket) : new Promise((resolve) => this.socketWaiters.push(resolve));
  }

  /** Sends an envelope over Socket Mode; resolves with the app's acknowledgement payload. */
  async sendEnvelope(type: string, payload: Record<string, unknown>): Promise<unknown> {
    const ws = await this.connected();
    const envelope_id = `env-${this.nextEnvelope++}`;
    const acked = new Promise<unknown>((resolve) => this.acks.set(envelope_id, resolve));
    ws.send(JSON.stringify({ envelope_id, type, payload, accepts_response_payload: type !== 'events_api', retry_attempt: 0, retry_reason: '' }));
    return acked;
  }

  private record(method: string, args: Record<string, unknown>, status: number, response: Record<string, unknown> = {}): void {
    this.calls.push({ method, args, status, response, at: Date.now() });
  }

  private async route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url);
    const body = await readAll(req);
    if (url.pathname.startsWith('/upload/')) {
      const id = url.pathname.slice('/upload/'.length);
      const file = fileOf(req, body);
      this.uploads.set(id, file);
      this.record('upload', { file_id: id, bytes: file.length }, 200);
      res.writeHead(200, { 'content-type': 'text/plain' }).end(`OK - ${body.length}`);
      return;
    }
    if (url.pathname.startsWith('/respond/')) {
      this.record('response_url', { id: url.pathname.slice('/respond/'.length), ...(JSON.parse(body.toString() || '{}') as object) }, 200);
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
      return;
    }
    if (!url.pathname.startsWith('/api/')) {
      res.writeHead(404).end();
      return;
    }
    const method = url.pathname.slice('/api/'.length);
    const args = parseArgs(req, body);
    const token = (req.headers.authorization ?? '').replace(/^Bearer /, '') || String(args['token'] ?? '');
    const limited = this.rateLimited.get(method);
    if (limited && limited.length > 0) {
      const after = limited.shift() ?? 1;
      this.record(method, args, 429);
      res.writeHead(429, { 'content-type': 'application/json', 'retry-after': String(after) }).end(JSON.stringify({ ok: false, error: 'ratelimited' }));
      return;
    }
    // A slow Slack: a delay before the message is in the channel and one before the answer, the
    // two windows in which a second sender could post it again.
    const post = method === 'chat.postMessage';
    if (post && this.postDelay.before > 0) await new Promise((r) => setTimeout(r, this.postDelay.before));
    const answer = this.answer(method, args, token);
    this.record(method, args, 200, answer);
    if (post && this.postDelay.after > 0) await new Promise((r) => setTimeout(r, this.postDelay.after));
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
  }

  private answer(method: string, args: Record<string, unknown>, token: string): Record<string, unknown> {
    if (method === 'apps.connections.open') {
      if (token !== FAKE_APP_TOKEN) return { ok: false, error: 'invalid_auth' };
      return { ok: true, url: `${this.url.replace('http', 'ws')}/socket` };
    }
    if (token !== FAKE_BOT_TOKEN) return { ok: false, error: 'invalid_auth' };
    const needs = NEEDS[method];
    if (!needs) return { ok: false, error: 'unknown_method' };
    const needed = needs(args);
    if (needed && !this.scopes.has(needed)) return { ok: false, error: 'missing_scope', needed, provided: [...this.scopes].join(',') };
    switch (method) {
      case 'auth.test':
        return { ok: true, url: 'https://acme.slack.com/', team: 'Acme', user: 'kpibot', team_id: FAKE_TEAM, user_id: FAKE_BOT_USER, bot_id: 'B0KPIBOT' };
      case 'users.info': {
        const id = String(args['user']);
        const p = this.people.get(id) ?? {};
        const locale = args['include_locale'] === true || args['include_locale'] === 'true' ? { locale: p.locale ?? 'en-US' } : {};
        return { ok: true, user: { id, team_id: p.team_id ?? FAKE_TEAM, is_restricted: p.is_restricted ?? false, is_ultra_restricted: p.is_ultra_restricted ?? false, ...locale } };
      }
      case 'conversations.info': {
        const id = String(args['channel']);
        return { ok: true, channel: { id, name: this.channelNames.get(id) ?? id.toLowerCase() } };
      }
      case 'chat.postMessage': {
        const channel = String(args['channel']);
        if (this.notMemberOf.has(channel)) return { ok: false, error: 'not_in_channel' };
        const ts = this.ts();
        const metadata = typeof args['metadata'] === 'string' ? (JSON.parse(args['metadata']) as unknown) : args['metadata'];
        this.messages.set(channel, [...(this.messages.get(channel) ?? []), { ts, text: args['text'], ...(metadata ? { metadata } : {}) }]);
        return { ok: true, channel, ts, message: { ts, text: args['text'] } };
      }
      case 'conversations.history': {
        // Newest first, after `oldest`; metadata only when asked for, as Slack does.
        const oldest = Number(args['oldest'] ?? 0);
        const withMetadata = String(args['include_all_metadata']) === 'true';
        const found = (this.messages.get(String(args['channel'])) ?? [])
          .filter((m) => Number(m.ts) > oldest)
          .reverse()
          .map((m) => ({ type: 'message', ts: m.ts, text: m.text, ...(withMetadata && m.metadata ? { metadata: m.metadata } : {}) }));
        return { ok: true, messages: found, has_more: false };
      }
      case 'chat.postEphemeral':
        return { ok: true, message_ts: this.ts() };
      case 'files.getUploadURLExternal': {
        const file_id = `F${this.nextFile++}`;
        return { ok: true, file_id, upload_url: `${this.url}/upload/${file_id}` };
      }
      case 'files.completeUploadExternal': {
        const files = JSON.parse(String(args['files'] ?? '[]')) as { id: string; title?: string }[];
        return { ok: true, files: files.map((f) => ({ id: f.id, title: f.title ?? '' })) };
      }
      default:
        return { ok: false, error: 'unknown_method' };
    }
  }
}

function parseArgs(req: IncomingMessage, body: Buffer): Record<string, unknown> {
  const text = body.toString('utf8');
  if ((req.headers['content-type'] ?? '').includes('application/json')) return text ? (JSON.parse(text) as Record<string, unknown>) : {};
  return Object.fromEntries(new URLSearchParams(text));
}

/** The file's bytes: the body itself, or the one file part of a multipart/form-data body. */
function fileOf(req: IncomingMessage, body: Buffer): Buffer {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(req.headers['content-type'] ?? '');
  if (!boundary) return body;
  const delimiter = Buffer.from(`--${boundary[1] ?? boundary[2]}`);
  const start = body.indexOf(delimiter);
  const headersEnd = body.indexOf('\r\n\r\n', start);
  const end = body.indexOf(Buffer.concat([Buffer.from('\r\n'), delimiter]), headersEnd);
  return start < 0 || headersEnd < 0 || end < 0 ? body : body.subarray(headersEnd + 4, end);
}

async function readAll(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}
