import type { FormPart } from './multipart.js';
import {
  FAKE_CHANNELS,
  FAKE_PEOPLE,
  FAKE_ROLES,
  type FakeChannel,
  type FakeRole,
  type FakeUser,
  type Json,
} from './fake-discord-world.js';

/**
 * One thing the client did to the fake Discord: a REST call (kind `callback`, `message.create`…)
 * or a gateway frame (kind `gateway.identify`, `gateway.resume`, `gateway.heartbeat`…).
 */
export interface RecordedCall {
  readonly kind: string;
  /** HTTP method, or `WS` for a gateway frame. */
  readonly method: string;
  readonly path: string;
  /** The route's parameters (`channel`, `interaction`, `token`…). */
  readonly params: Readonly<Record<string, string>>;
  readonly query: Readonly<Record<string, string>>;
  /** The JSON body; for multipart, the parsed payload_json. For a gateway frame, its `d`. */
  readonly body: unknown;
  /** Multipart file parts (`files[0]`…), bytes kept. */
  readonly files: readonly FormPart[];
  readonly headers: Readonly<Record<string, string>>;
  /**
   * The HTTP status answered. For a gateway frame: 200 when accepted, the close code when the fake
   * closed the socket for it, 409 when it answered INVALID_SESSION; for `gateway.close`, the code.
   */
  readonly status: number;
  readonly response: unknown;
  readonly at: number;
  /** For an interaction callback or webhook call: ms since the fake dispatched the interaction. */
  readonly sinceDispatch?: number;
}

/** A response the fake was told to give to the next call of a kind, instead of the normal one. */
export interface Injected {
  readonly status: number;
  readonly body: Json;
  readonly headers?: Readonly<Record<string, string>>;
}

/** An interaction the fake dispatched, and what the bot has done with it so far. */
export interface FakeInteraction {
  readonly id: string;
  readonly token: string;
  /** 2 command, 3 component, 4 autocomplete, 5 modal submit. */
  readonly type: number;
  readonly channelId: string;
  readonly userId: string;
  readonly dispatchedAt: number;
  /** The message a component sits on, which callback types 6 and 7 update. */
  readonly componentMessageId?: string;
  callbackType?: number;
  /** The id of the message the interaction's @original names, once it exists. */
  originalId?: string;
}

/** What the REST side and the gateway share: the world, what was recorded, the messages. */
export class FakeDiscordState {
  readonly calls: RecordedCall[] = [];
  readonly channels = new Map<string, FakeChannel>(FAKE_CHANNELS.map((c) => [c.id, c]));
  readonly roles = new Map<string, FakeRole>(FAKE_ROLES.map((r) => [r.id, r]));
  readonly people = new Map<string, FakeUser>(FAKE_PEOPLE.map((p) => [p.id, p]));
  /** Every message that exists, by id. */
  readonly messages = new Map<string, Json>();
  /** Bytes of every attachment, by attachment id. */
  readonly attachmentBytes = new Map<string, Buffer>();
  readonly interactions = new Map<string, FakeInteraction>();
  /** The last registered command bodies, by `global` or guild id. */
  readonly commands = new Map<string, Json[]>();
  /** Message nonces seen with enforce_nonce, `channel:nonce` → message id and when. */
  readonly nonces = new Map<string, { readonly messageId: string; readonly at: number }>();
  private readonly injected = new Map<string, Injected[]>();
  readonly joinedAt = new Date(Date.UTC(2024, 0, 15)).toISOString();

  constructor(
    readonly token: string,
    /** Discord honours enforce_nonce for "a few minutes"; five here. */
    readonly nonceWindowMs = 5 * 60_000,
    /** An interaction must be answered within 3 s or its token is unknown, as on Discord. */
    public callbackDeadlineMs = 3_000,
  ) {}

  record(call: Omit<RecordedCall, 'at'>): RecordedCall {
    const full = { ...call, at: Date.now() };
    this.calls.push(full);
    return full;
  }

  inject(kind: string, answer: Injected, times: number): void {
    this.injected.set(kind, [...(this.injected.get(kind) ?? []), ...Array<Injected>(times).fill(answer)]);
  }

  takeInjected(kind: string): Injected | undefined {
    return this.injected.get(kind)?.shift();
  }

  /** Messages in a channel, oldest first. */
  messagesIn(channelId: string): Json[] {
    return [...this.messages.values()].filter((m) => m['channel_id'] === channelId);
  }

  interactionByToken(token: string): FakeInteraction | undefined {
    for (const i of this.interactions.values()) if (i.token === token) return i;
    return undefined;
  }
}

/** Resolves with the matching calls once there are `count` of them, or rejects after `timeoutMs`. */
export async function waitForCalls(
  state: FakeDiscordState,
  kind: string,
  count: number,
  timeoutMs: number,
  where: (c: RecordedCall) => boolean,
): Promise<RecordedCall[]> {
  const deadline = Date.now() + timeoutMs;
  const matching = () => state.calls.filter((c) => c.kind === kind && where(c));
  for (;;) {
    const got = matching();
    if (got.length >= count) return got;
    if (Date.now() >= deadline) {
      const seen = [...new Set(state.calls.map((c) => `${c.kind}:${c.status}`))].join(', ');
      throw new Error(`waited ${timeoutMs} ms for ${count} ${kind} call(s), got ${got.length}; seen: ${seen || 'nothing'}`);
    }
    await new Promise((r) => setTimeout(r, 15));
  }
}
