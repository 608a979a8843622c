import type { IncomingMessage, Server } from 'node:http';
import { randomBytes } from 'node:crypto';
import { WebSocketServer, type WebSocket } from 'ws';
import type { FakeDiscordState } from './fake-discord-state.js';
import { FAKE_APP_ID, FAKE_BOT_USER, FAKE_GUILD_ID, channelJson, memberJson, roleJson, userJson, type Json } from './fake-discord-world.js';

/** Gateway opcodes, from Discord's gateway reference. */
export const Op = {
  Dispatch: 0,
  Heartbeat: 1,
  Identify: 2,
  PresenceUpdate: 3,
  VoiceStateUpdate: 4,
  Resume: 6,
  Reconnect: 7,
  RequestGuildMembers: 8,
  InvalidSession: 9,
  Hello: 10,
  HeartbeatAck: 11,
} as const;

/** Gateway close codes the fake sends. */
export const Close = {
  UnknownError: 4000,
  UnknownOpcode: 4001,
  DecodeError: 4002,
  NotAuthenticated: 4003,
  AuthenticationFailed: 4004,
  AlreadyAuthenticated: 4005,
  InvalidApiVersion: 4012,
  DisallowedIntents: 4014,
} as const;

/** GUILD_MEMBERS, GUILD_PRESENCES and MESSAGE_CONTENT need switching on in the developer portal. */
const PRIVILEGED_INTENTS = (1 << 1) | (1 << 8) | (1 << 15);

interface Dispatch {
  readonly op: 0;
  readonly t: string;
  readonly s: number;
  readonly d: unknown;
}

/** A gateway session: it outlives its socket, so a RESUME can pick it up and get what it missed. */
interface Session {
  readonly id: string;
  readonly intents: number;
  seq: number;
  readonly sent: Dispatch[];
  socket: WebSocket | undefined;
}

/** The gateway half of the fake Discord: a WebSocket at `/` (and `/resume`, the resume_gateway_url). */
export class FakeDiscordGateway {
  readonly heartbeatIntervalMs: number;
  /** Privileged intents switched on for the app; asking for others closes with 4014. */
  privilegedIntents = 0;
  private readonly wss: WebSocketServer;
  private readonly sessions = new Map<string, Session>();
  private current: Session | undefined;
  private connections = 0;

  constructor(
    private readonly state: FakeDiscordState,
    server: Server,
    private readonly wsUrl: () => string,
    o: { heartbeatIntervalMs: number },
  ) {
    this.heartbeatIntervalMs = o.heartbeatIntervalMs;
    this.wss = new WebSocketServer({ server });
    this.wss.on('connection', (ws, req) => this.onConnection(ws, req));
  }

  /** The session of the last IDENTIFY, if any. */
  get session(): { readonly id: string; readonly seq: number; readonly connected: boolean } | undefined {
    const s = this.current;
    return s ? { id: s.id, seq: s.seq, connected: s.socket !== undefined } : undefined;
  }

  close(): void {
    for (const c of this.wss.clients) c.terminate();
    this.wss.close();
  }

  /**
   * Sends a dispatch on the current session. While the socket is down it is only kept, as Discord
   * keeps it, and a RESUME replays it.
   */
  dispatch(t: string, d: unknown): void {
    const s = this.current;
    if (!s) throw new Error(`no gateway session to dispatch ${t} on: the client has not identified`);
    this.sendDispatch(s, t, d);
  }

  /** Ends the socket as a network failure or a Discord restart would: the client should RESUME. */
  dropConnection(how: 'close-4000' | 'destroy' = 'close-4000'): void {
    const ws = this.current?.socket;
    if (!ws) throw new Error('no gateway connection to drop');
    this.detach(ws);
    if (how === 'destroy') ws.terminate();
    else ws.close(Close.UnknownError, 'fake: dropped');
  }

  /** Asks the client to reconnect (op 7), as Discord does before it moves a session. */
  requestReconnect(): void {
    const ws = this.current?.socket;
    if (!ws) throw new Error('no gateway connection');
    ws.send(JSON.stringify({ op: Op.Reconnect, d: null }));
  }

  /** Says the session is invalid (op 9); `resumable` false makes the client IDENTIFY afresh. */
  invalidateSession(resumable: boolean): void {
    const s = this.current;
    const ws = s?.socket;
    if (!s || !ws) throw new Error('no gateway connection');
    if (!resumable) this.sessions.delete(s.id);
    ws.send(JSON.stringify({ op: Op.InvalidSession, d: resumable }));
  }

  private onConnection(ws: WebSocket, req: IncomingMessage): void {
    const url = new URL(req.url ?? '/', 'ws://fake');
    const connection = ++this.connections;
    const query = Object.fromEntries(url.searchParams);
    this.state.record({ kind: 'gateway.connect', method: 'WS', path: url.pathname, params: { connection: String(connection) }, query, body: undefined, files: [], headers: {}, status: 101, response: undefined });
    if (url.pathname !== '/' && url.pathname !== '/resume') {
      ws.close(Close.UnknownError, 'fake: unknown gateway path');
      return;
    }
    if (query['v'] !== '10') {
      ws.close(Close.InvalidApiVersion, 'Invalid API version');
      return;
    }
    // The fake speaks plain JSON text frames only; a client asking for zlib-stream or ETF would
    // not understand it, so it is turned away loudly rather than fed frames it cannot read.
    if (query['encoding'] !== 'json' || query['compress'] !== undefined) {
      ws.close(Close.DecodeError, 'fake: only encoding=json without compress');
      return;
    }
    let session: Session | undefined;
    ws.on('message', (data, isBinary) => {
      let frame: { op?: unknown; d?: unknown };
      try {
        frame = JSON.parse(isBinary ? Buffer.from(data as Buffer).toString('utf8') : String(data)) as { op?: unknown; d?: unknown };
      } catch {
        ws.close(Close.DecodeError, 'Error while decoding payload.');
        return;
      }
      session = this.onFrame(ws, connection, frame, session);
    });
    ws.on('close', (code, reason) => {
      this.detach(ws);
      // The code tells a clean shutdown (1000) from discord.js's own resume close (4200).
      this.state.record({ kind: 'gateway.close', method: 'WS', path: url.pathname, params: { connection: String(connection) }, query: {}, body: { code, reason: reason.toString('utf8') }, files: [], headers: {}, status: code, response: undefined });
    });
    ws.send(JSON.stringify({ op: Op.Hello, d: { heartbeat_interval: this.heartbeatIntervalMs, _trace: ['["fake-gateway",{"micros":0}]'] } }));
  }

  /** Handles one frame from the client; returns the session the socket now belongs to. */
  private onFrame(ws: WebSocket, connection: number, frame: { op?: unknown; d?: unknown }, session: Session | undefined): Session | undefined {
    const record = (kind: string, status = 200) =>
      this.state.record({ kind, method: 'WS', path: '/', params: { connection: String(connection), op: String(frame.op) }, query: {}, body: frame.d, files: [], headers: {}, status, response: undefined });
    switch (frame.op) {
      case Op.Heartbeat:
        record('gateway.heartbeat');
        ws.send(JSON.stringify({ op: Op.HeartbeatAck }));
        return session;
      case Op.Identify: {
        const d = (frame.d ?? {}) as { token?: unknown; intents?: unknown };
        if (session) {
          record('gateway.identify', 4005);
          ws.close(Close.AlreadyAuthenticated, 'Already authenticated.');
          return session;
        }
        if (d.token !== this.state.token) {
          record('gateway.identify', 4004);
          ws.close(Close.AuthenticationFailed, 'Authentication failed.');
          return undefined;
        }
        const intents = Number(d.intents);
        if (!Number.isInteger(intents) || (intents & PRIVILEGED_INTENTS & ~this.privilegedIntents) !== 0) {
          record('gateway.identify', 4014);
          ws.close(Close.DisallowedIntents, 'Disallowed intent(s).');
          return undefined;
        }
        record('gateway.identify');
        return this.identify(ws, intents);
      }
      case Op.Resume: {
        const d = (frame.d ?? {}) as { token?: unknown; session_id?: unknown; seq?: unknown };
        const s = typeof d.session_id === 'string' ? this.sessions.get(d.session_id) : undefined;
        if (d.token !== this.state.token) {
          record('gateway.resume', 4004);
          ws.close(Close.AuthenticationFailed, 'Authentication failed.');
          return undefined;
        }
        if (!s) {
          record('gateway.resume', 409);
          ws.send(JSON.stringify({ op: Op.InvalidSession, d: false }));
          return undefined;
        }
        record('gateway.resume');
        this.resume(ws, s, Number(d.seq ?? 0));
        return s;
      }
      case Op.PresenceUpdate:
      case Op.VoiceStateUpdate:
      case Op.RequestGuildMembers:
        if (!session) {
          record('gateway.op', 4003);
          ws.close(Close.NotAuthenticated, 'Not authenticated.');
          return undefined;
        }
        record('gateway.op');
        return session;
      default:
        record('gateway.op', 4001);
        ws.close(Close.UnknownOpcode, 'Unknown opcode.');
        return session;
    }
  }

  private identify(ws: WebSocket, intents: number): Session {
    const session: Session = { id: randomBytes(16).toString('hex'), intents, seq: 0, sent: [], socket: ws };
    this.sessions.set(session.id, session);
    this.current = session;
    this.sendDispatch(session, 'READY', {
      v: 10,
      user: { ...userJson(FAKE_BOT_USER, true), verified: true, mfa_enabled: false, flags: 0 },
      guilds: [{ id: FAKE_GUILD_ID, unavailable: true }],
      session_id: session.id,
      session_type: 'normal',
      resume_gateway_url: `${this.wsUrl()}/resume`,
      shard: [0, 1],
      application: { id: FAKE_APP_ID, flags: 0 },
      private_channels: [],
      presences: [],
      relationships: [],
      guild_join_requests: [],
      geo_ordered_rtc_regions: [],
      user_settings: {},
      _trace: ['["fake-gateway",{"micros":0}]'],
    });
    // Guilds arrive after READY as GUILD_CREATE, and only with the GUILDS intent, as on Discord.
    if ((intents & 1) !== 0) this.sendDispatch(session, 'GUILD_CREATE', this.guildCreate());
    return session;
  }

  private resume(ws: WebSocket, s: Session, seq: number): void {
    if (s.socket && s.socket !== ws) s.socket.close(Close.UnknownError, 'fake: resumed elsewhere');
    s.socket = ws;
    this.current = s;
    for (const d of s.sent) if (d.s > seq) ws.send(JSON.stringify(d));
    this.sendDispatch(s, 'RESUMED', { _trace: ['["fake-gateway",{"micros":0}]'] });
  }

  private sendDispatch(s: Session, t: string, d: unknown): void {
    const frame: Dispatch = { op: Op.Dispatch, t, s: ++s.seq, d };
    s.sent.push(frame);
    if (s.socket && s.socket.readyState === s.socket.OPEN) s.socket.send(JSON.stringify(frame));
  }

  private detach(ws: WebSocket): void {
    for (const s of this.sessions.values()) if (s.socket === ws) s.socket = undefined;
  }

  private guildCreate(): Json {
    const channels = [...this.state.channels.values()].map((c, i) => {
      // In GUILD_CREATE channels come without guild_id; the guild implies it.
      const { guild_id: _omit, ...rest } = channelJson(c, FAKE_GUILD_ID, i);
      return rest;
    });
    const people = [...this.state.people.values()];
    return {
      id: FAKE_GUILD_ID,
      name: 'Acme KPIs',
      icon: null,
      splash: null,
      discovery_splash: null,
      owner_id: '1300000000000000499',
      afk_channel_id: null,
      afk_timeout: 300,
      verification_level: 1,
      default_message_notifications: 1,
      explicit_content_filter: 2,
      roles: [...this.state.roles.values()].map(roleJson),
      emojis: [],
      stickers: [],
      features: [],
      mfa_level: 0,
      system_channel_id: channels[0]?.['id'] ?? null,
      system_channel_flags: 0,
      rules_channel_id: null,
      vanity_url_code: null,
      description: null,
      banner: null,
      premium_tier: 0,
      premium_subscription_count: 0,
      preferred_locale: 'en-US',
      public_updates_channel_id: null,
      nsfw_level: 0,
      premium_progress_bar_enabled: false,
      joined_at: this.state.joinedAt,
      large: false,
      unavailable: false,
      member_count: people.length + 1,
      voice_states: [],
      members: [memberJson(FAKE_BOT_USER, this.state.joinedAt)],
      channels,
      threads: [],
      presences: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
    };
  }
}
