import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runKpibot } from './cli-harness.js';
import { FAKE_BOT_TOKEN, FakeSlack } from './fake-slack/fake-slack-server.js';
import { FORM, postSigned, SIGNING_SECRET, slashBody } from './fake-slack/slack-harness.js';
import { FAKE_APP_ID, FakeDiscord } from './fake-discord/fake-discord-server.js';

describe('kpibot start with Slack and Discord tokens both set', () => {
  let slack: FakeSlack;
  let discord: FakeDiscord;
  beforeAll(async () => {
    slack = new FakeSlack();
    discord = new FakeDiscord();
    await Promise.all([slack.start(), discord.start()]);
  });
  afterAll(async () => {
    await Promise.all([slack.stop(), discord.stop()]);
  });

  it('GIVEN both platforms\' variables THEN one process answers on both and stops cleanly', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'kpibot-both-'));
    let stop = (): void => undefined;
    const stopped = new Promise<void>((resolve) => (stop = resolve));
    let out = '';
    const run = runKpibot(['--now', '2026-11-22T10:00:00Z'], {
      cwd,
      env: {
        SLACK_BOT_TOKEN: FAKE_BOT_TOKEN,
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_API_URL: slack.apiUrl,
        PORT: '0',
        LOG_LEVEL: 'error',
        DISCORD_TOKEN: discord.token,
        DISCORD_APP_ID: FAKE_APP_ID,
        DISCORD_API_URL: discord.apiUrl,
      },
      stopped,
      onStdout: (text) => (out = text),
    });
    const deadline = Date.now() + 60_000;
    while (!/kpibot on Slack/.test(out) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(out).toMatch(/kpibot on Slack as @kpibot \(HTTP on port \d+\) and on Discord as \S+ · /);
    const port = /HTTP on port (\d+)/.exec(out)?.[1];
    expect((await postSigned(`http://127.0.0.1:${port}/slack/events`, slashBody(slack, 'list'), FORM)).status).toBe(200);
    await slack.waitFor('response_url');
    const asked = discord.interact({ kind: 'command', query: 'list' });
    // `list` is for the asker alone: the deferral is replaced by an ephemeral follow-up.
    await discord.waitForAnswer(asked, 'followup');
    stop();
    const done = await run;
    expect(done.code, done.stderr).toBe(0);
    expect(done.stdout).toMatch(/Stopping…/);
  });
});
