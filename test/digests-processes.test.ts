import { afterEach, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../engine/store/sqlite-store.js';
import { FAKE_BOT_TOKEN, FakeSlack } from './fake-slack/fake-slack-server.js';
import { SIGNING_SECRET } from './fake-slack/slack-harness.js';

/**
 * Real bot processes (`node dist/main.js`) sharing one SQLite file against a fake Slack on
 * loopback: the claims about exactly once are claims about processes, so they are tested with
 * processes, started while others send and killed for real.
 */

const CHANNELS = 12;
const children: ChildProcess[] = [];
let slack: FakeSlack | undefined;

afterEach(async () => {
  for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  await slack?.stop();
  slack = undefined;
});

function run(args: string[], cwd: string, env: Record<string, string> = {}): Promise<number | null> {
  const child = spawn(process.execPath, [join(process.cwd(), 'dist/main.js'), ...args], { cwd, env: { PATH: process.env['PATH'] ?? '', HOME: cwd, ...env }, stdio: 'ignore' });
  return new Promise((resolve) => child.on('exit', (code) => resolve(code)));
}

function bot(cwd: string, db: string, fake: FakeSlack): ChildProcess {
  const child = spawn(process.execPath, [join(process.cwd(), 'dist/main.js'), 'slack', '--db', db], {
    cwd,
    env: { PATH: process.env['PATH'] ?? '', HOME: cwd, SLACK_BOT_TOKEN: FAKE_BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: fake.apiUrl, PORT: '0', LOG_LEVEL: 'error' },
    stdio: 'ignore',
  });
  children.push(child);
  return child;
}

/** A demo database with one daily NPS digest per channel, each due now (one firing each). */
async function setUp(leaseSeconds: number): Promise<{ cwd: string; db: string }> {
  const cwd = mkdtempSync(join(tmpdir(), 'kpibot-procs-'));
  const db = join(cwd, 'k.db');
  writeFileSync(join(cwd, 'kpibot.config.yaml'), `digest_lease_seconds: ${leaseSeconds}\n`);
  expect(await run(['demo', '--db', db, '--customers', '150'], cwd)).toBe(0);
  const store = await openSqliteStore(db);
  const spec = JSON.stringify({ question: 'nps', schedule: { kind: 'daily', at: '09:00' }, timezone: 'UTC', targets: {} });
  for (let i = 0; i < CHANNELS; i++) {
    await store.run(
      "INSERT INTO bot_subscriptions (platform, channel, channel_name, created_by, created_at, spec, next_run_at) VALUES ('slack', ?, ?, 'U1', ?, ?, ?)",
      [`C${String(i).padStart(4, '0')}`, `team-${i}`, Date.now(), spec, Date.now() - 60_000],
    );
  }
  await store.close();
  return { cwd, db };
}

const posted = (fake: FakeSlack): number => [...fake.messages.values()].reduce((n, list) => n + list.length, 0);

async function waitFor(ok: () => boolean, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (!ok() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
}

async function ledger(db: string): Promise<Record<string, number>> {
  const store = await openSqliteStore(db);
  const rows = await store.all<{ status: string; n: number }>('SELECT status, count(*) AS n FROM bot_digest_runs GROUP BY status');
  await store.close();
  return Object.fromEntries(rows.map((r) => [r.status, r.n]));
}

describe('digests with several bot processes on one database', () => {
  it('GIVEN two processes, the second started while the first sends, and a slow Slack THEN every firing is posted exactly once', async () => {
    const fake = (slack = new FakeSlack());
    // Slow on the way in: a second process that took the send over would not yet find the message.
    fake.postDelay = { before: 900, after: 0 };
    await fake.start();
    const { cwd, db } = await setUp(120);
    bot(cwd, db, fake);
    await waitFor(() => posted(fake) >= 1, 30_000);
    bot(cwd, db, fake);
    await waitFor(() => posted(fake) >= CHANNELS, 60_000);
    // Time for any second copy to arrive.
    await new Promise((r) => setTimeout(r, 2_000));
    const perChannel = [...fake.messages.values()].map((m) => m.length);
    expect([perChannel.length, Math.max(...perChannel), posted(fake)]).toEqual([CHANNELS, 1, CHANNELS]);
    expect(await ledger(db)).toEqual({ sent: CHANNELS });
  });

  it('GIVEN a process killed with kill -9 in the middle of a send THEN another takes its digest over after the lease, finds it posted, and posts the rest: none twice, none lost', async () => {
    const fake = (slack = new FakeSlack());
    // Long enough to kill the sender between Slack taking the message and the answer.
    fake.postDelay = { before: 0, after: 1_500 };
    await fake.start();
    const { cwd, db } = await setUp(3);
    const first = bot(cwd, db, fake);
    await waitFor(() => posted(fake) >= 1, 30_000);
    first.kill('SIGKILL');
    await new Promise((r) => first.on('exit', r));
    expect(posted(fake)).toBe(1);
    expect((await ledger(db))['sending']).toBe(1);
    fake.postDelay = { before: 0, after: 100 };
    bot(cwd, db, fake);
    await waitFor(() => posted(fake) >= CHANNELS, 90_000);
    // The killed sender's run settles once its lease runs out (3 s): by the history, not a second post.
    await waitFor(() => false, 5_000);
    const perChannel = [...fake.messages.values()].map((m) => m.length);
    expect([perChannel.length, Math.max(...perChannel), posted(fake)]).toEqual([CHANNELS, 1, CHANNELS]);
    expect(await ledger(db)).toEqual({ sent: CHANNELS });
  });
});
