import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runKpibot } from './cli-harness.js';
import { FAKE_BOT_TOKEN, FakeSlack } from './fake-slack/fake-slack-server.js';
import { FORM, postSigned, SIGNING_SECRET, slashBody } from './fake-slack/slack-harness.js';

describe('kpibot start with Slack tokens set', () => {
  let slack: FakeSlack;
  beforeAll(async () => {
    slack = new FakeSlack();
    await slack.start();
  });
  afterAll(async () => {
    await slack.stop();
  });

  it('GIVEN SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET THEN `kpibot` runs on Slack over the demo database, answers, and stops cleanly', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'kpibot-slack-cli-'));
    let stop = (): void => undefined;
    const stopped = new Promise<void>((resolve) => (stop = resolve));
    let banner = '';
    const run = runKpibot(['--now', '2026-11-22T10:00:00Z'], {
      cwd,
      env: { SLACK_BOT_TOKEN: FAKE_BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: slack.apiUrl, PORT: '0', LOG_LEVEL: 'error' },
      stopped,
      onStdout: (text) => (banner = text),
    });
    const deadline = Date.now() + 60_000;
    while (!/kpibot on Slack/.test(banner) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(banner).toMatch(/creating the demo data set/);
    expect(banner).toMatch(/kpibot on Slack as @kpibot in Acme · HTTP on port \d+, path \/slack\/events · .*k?pibot\.db · UTC · \d+ KPIs/);
    const port = /HTTP on port (\d+)/.exec(banner)?.[1];
    const r = await postSigned(`http://127.0.0.1:${port}/slack/events`, slashBody(slack, 'list'), FORM);
    expect(r.status).toBe(200);
    await slack.waitFor('response_url');
    stop();
    const done = await run;
    expect(done.code).toBe(0);
    expect(done.stdout).toMatch(/Stopping…/);
  });

  it('GIVEN only SLACK_APP_TOKEN THEN start-up stops with the missing variable named', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'kpibot-slack-cli-'));
    const done = await runKpibot(['slack', '--db', join(cwd, 'none.db')], { cwd, env: { SLACK_APP_TOKEN: 'xapp-1' } });
    expect(done.code).toBe(2);
    expect(done.stderr).toMatch(/^SLACK_BOT_TOKEN is not set: set it to the Bot User OAuth Token/);
    expect(existsSync(join(cwd, 'none.db'))).toBe(false);
  });
});
