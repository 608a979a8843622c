import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { HTTPReceiver, verifySlackRequest, type App, type Receiver } from '@slack/bolt';
import type { Logger } from '@slack/logger';
import { readsAsObject } from './bolt-body.js';
import type { ReplayGuard } from './replay-guard.js';

/** Slack's own window: a request signed more than five minutes from now is refused. */
const MAX_AGE_SECONDS = 5 * 60;
/** Slack's payloads are small; a larger body is not Slack. */
const MAX_BODY_BYTES = 1024 * 1024;
/** The one path Slack posts to (slash commands, events and interactivity alike). */
const EVENTS_PATH = '/slack/events';

export interface SignedHttpReceiverOptions {
  readonly signingSecret: string;
  /** Where accepted requests are claimed; shared by every process behind the same Request URL. */
  readonly replays: ReplayGuard;
  readonly port: number;
  /** The interface to listen on; all of them unless set (tests use 127.0.0.1). */
  readonly host?: string;
  readonly logger: Logger;
  readonly now?: () => number;
}

/**
 * Bolt's HTTP receiver behind a guard that also refuses replays. Bolt checks the v0 signature and
 * that the timestamp is not older than five minutes, but a request captured on the way could be
 * sent again within those five minutes and would run twice. Here each signed request (its
 * timestamp and body, what a v0 signature covers) is accepted once while its timestamp is fresh,
 * by whichever process sharing the replay guard sees it first (Slack's own retries are signed
 * anew, so they still pass); timestamps from the future are refused too, and so is a signed body
 * Bolt could not read as a payload (400). Only then does the request reach Bolt, which verifies it
 * again and dispatches it. Anything but a POST to /slack/events is answered here (405, 404).
 */
export class SignedHttpReceiver implements Receiver {
  private readonly inner: HTTPReceiver;
  private server: Server | undefined;

  constructor(private readonly options: SignedHttpReceiverOptions) {
    this.inner = new HTTPReceiver({ signingSecret: options.signingSecret, logger: options.logger, bodyLimit: MAX_BODY_BYTES, endpoints: [EVENTS_PATH] });
  }

  init(app: App): void {
    this.inner.init(app);
  }

  async start(): Promise<Server> {
    const server = createServer((req, res) => {
      this.handle(req, res).catch((e: unknown) => {
        this.options.logger.error(`slack request failed: ${String(e)}`);
        if (!res.headersSent) res.writeHead(500).end();
      });
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.options.port, this.options.host, () => resolve());
    });
    this.server = server;
    return server;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** The port actually listened on (PORT=0 picks a free one). */
  port(): number {
    const address = this.server?.address();
    return typeof address === 'object' && address !== null ? address.port : this.options.port;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // Bolt serves nothing else here (no installer, no custom routes); its router throws for anything else.
    if (pathOf(req.url) !== EVENTS_PATH) {
      res.writeHead(404).end();
      return;
    }
    if (req.method !== 'POST') {
      res.writeHead(405, { allow: 'POST' }).end();
      return;
    }
    const body = await readBody(req);
    if (body === null) {
      res.writeHead(413).end();
      return;
    }
    // Bolt verifies and parses the decoded text, so that is what is checked here and keyed on.
    const text = body.toString('utf8');
    // Slack's certificate check is unsigned and runs nothing; Bolt answers it with a bare 200.
    if (/^ssl_check=1(&|$)/.test(text) && header(req, 'x-slack-signature') === '') {
      this.inner.requestListener(Object.assign(req, { rawBody: body }), res);
      return;
    }
    const signature = header(req, 'x-slack-signature');
    const timestamp = Number(header(req, 'x-slack-request-timestamp'));
    const nowMs = (this.options.now ?? Date.now)();
    const nowSec = Math.floor(nowMs / 1000);
    try {
      verifySlackRequest({
        signingSecret: this.options.signingSecret,
        body: text,
        headers: { 'x-slack-signature': signature, 'x-slack-request-timestamp': timestamp },
        nowMilliseconds: nowMs,
      });
      if (timestamp > nowSec + MAX_AGE_SECONDS) throw new Error('x-slack-request-timestamp is in the future');
    } catch (e) {
      return this.refuse(req, res, 401, (e as Error).message);
    }
    // Only Slack can sign, but a leaked secret or a Slack bug must not be able to stop the process.
    if (!readsAsObject(text, req.headers['content-type'])) {
      return this.refuse(req, res, 400, 'the signed body is not a Slack payload (a JSON object)');
    }
    if (!(await this.options.replays.firstSeen(replayKey(timestamp, text), staleAfterMs(timestamp)))) {
      return this.refuse(req, res, 401, 'this signed request was already received (a replay)');
    }
    // Bolt reads a body already buffered from `rawBody` instead of the consumed stream.
    this.inner.requestListener(Object.assign(req, { rawBody: body }), res);
  }

  private refuse(req: IncomingMessage, res: ServerResponse, status: number, why: string): void {
    this.options.logger.warn(`refused a request to ${req.url ?? '/'}: ${why}`);
    res.writeHead(status).end();
  }
}

/**
 * What a v0 signature covers, `v0:<timestamp>:<body>`, as it was verified: the timestamp as the
 * number it was read as (so `<ts>.0` is the same request) and the body as decoded text (so other
 * bytes that decode alike are too). The signature header itself is not the key: Bolt reads only
 * its first two `=`-separated parts, so `v0=<hash>=x` verifies like `v0=<hash>`.
 */
function replayKey(timestampSec: number, text: string): string {
  return `slack:v0:${timestampSec}:${createHash('sha256').update(text, 'utf8').digest('hex')}`;
}

/** Bolt's age check passes a timestamp until the end of its 300th second after; the claim must outlive that. */
function staleAfterMs(timestampSec: number): number {
  return (Math.floor(timestampSec) + MAX_AGE_SECONDS + 1) * 1000;
}

/** The request's path as Bolt's router reads it; null when the target is no URL. */
function pathOf(url: string | undefined): string | null {
  const base = 'http://localhost';
  return url !== undefined && URL.canParse(url, base) ? new URL(url, base).pathname : null;
}

function header(req: IncomingMessage, name: string): string {
  const v = req.headers[name];
  return (Array.isArray(v) ? v[0] : v) ?? '';
}

async function readBody(req: IncomingMessage): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const b = chunk as Buffer;
    size += b.length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(b);
  }
  return Buffer.concat(chunks);
}
