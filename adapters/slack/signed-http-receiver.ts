import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { HTTPReceiver, verifySlackRequest, type App, type Receiver } from '@slack/bolt';
import type { Logger } from '@slack/logger';

/** Slack's own window: a request signed more than five minutes from now is refused. */
const MAX_AGE_SECONDS = 5 * 60;
/** Slack's payloads are small; a larger body is not Slack. */
const MAX_BODY_BYTES = 1024 * 1024;

export interface SignedHttpReceiverOptions {
  readonly signingSecret: string;
  readonly port: number;
  /** The interface to listen on; all of them unless set (tests use 127.0.0.1). */
  readonly host?: string;
  readonly logger: Logger;
  readonly now?: () => number;
}

/**
 * Bolt's HTTP receiver behind a guard that also refuses replays. Bolt checks the v0 signature and
 * that the timestamp is not older than five minutes, but a request captured on the way could be
 * sent again within those five minutes and would run twice. Here each signature is accepted once
 * while its timestamp is fresh (a signature covers the timestamp and the body, so Slack's own
 * retries, signed anew, still pass), timestamps from the future are refused too, and only then
 * does the request reach Bolt, which verifies it again and dispatches it.
 */
export class SignedHttpReceiver implements Receiver {
  private readonly inner: HTTPReceiver;
  private readonly seen = new Map<string, number>();
  private server: Server | undefined;

  constructor(private readonly options: SignedHttpReceiverOptions) {
    this.inner = new HTTPReceiver({ signingSecret: options.signingSecret, logger: options.logger, bodyLimit: MAX_BODY_BYTES });
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
    if (req.method !== 'POST') {
      this.inner.requestListener(req, res);
      return;
    }
    const body = await readBody(req);
    if (body === null) {
      res.writeHead(413).end();
      return;
    }
    // Slack's certificate check is unsigned and runs nothing; Bolt answers it with a bare 200.
    if (/^ssl_check=1(&|$)/.test(body.toString('utf8')) && header(req, 'x-slack-signature') === '') {
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
        body: body.toString('utf8'),
        headers: { 'x-slack-signature': signature, 'x-slack-request-timestamp': timestamp },
        nowMilliseconds: nowMs,
      });
      if (timestamp > nowSec + MAX_AGE_SECONDS) throw new Error('x-slack-request-timestamp is in the future');
      this.forget(nowSec);
      if (this.seen.has(signature)) throw new Error('this signed request was already received (a replay)');
      this.seen.set(signature, timestamp + MAX_AGE_SECONDS);
    } catch (e) {
      this.options.logger.warn(`refused a request to ${req.url ?? '/'}: ${(e as Error).message}`);
      res.writeHead(401).end();
      return;
    }
    // Bolt reads a body already buffered from `rawBody` instead of the consumed stream.
    this.inner.requestListener(Object.assign(req, { rawBody: body }), res);
  }

  /** Signatures whose timestamps went stale can no longer pass the age check; drop them. */
  private forget(nowSec: number): void {
    for (const [signature, until] of this.seen) if (until < nowSec) this.seen.delete(signature);
  }
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
