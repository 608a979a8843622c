import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSlackBot, SlackStartError } from '../adapters/slack/slack-bot.js';
import { slackSettings } from '../adapters/slack/slack-settings.js';
import { FAKE_APP_TOKEN, FAKE_BOT_TOKEN, FakeSlack } from './fake-slack/fake-slack-server.js';
import { memoryLogger, slackTestBed, slashPayload, type SlackTestBed } from './fake-slack/slack-harness.js';

describe('Slack in Socket Mode (real Bolt, fake socket-mode server on 127.0.0.1)', () => {
  let bed: SlackTestBed;
  beforeAll(async () => {
    bed = await slackTestBed({ mode: 'socket' });
  });
  afterAll(async () => {
    await bed.close();
  });

  it('GIVEN a slash-command envelope THEN the app acks the envelope within 3 s and posts the answer', async () => {
    await bed.slack.connected();
    expect(bed.slack.accepted('apps.connections.open')).toHaveLength(1);
    const started = performance.now();
    const ack = await bed.slack.sendEnvelope('slash_commands', slashPayload(bed.slack, 'nps 2026-Q2', { id: 'socket' }));
    expect(performance.now() - started).toBeLessThan(3000);
    expect(ack === null || typeof ack === 'object').toBe(true);
    const posts = await bed.slack.waitFor('chat.postMessage');
    // 2026-Q2: 9 and 10 promote, 5 and 5 detract, of 4 answers: 50 - 50 = 0.
    expect(posts[0]?.args['text']).toBe('Net Promoter Score: 0.0');
    expect(posts[0]?.args['channel']).toBe('C0GENERAL');
  });
});

describe('Slack start-up errors name the variable to fix', () => {
  let slack: FakeSlack;
  beforeAll(async () => {
    slack = new FakeSlack();
    await slack.start();
  });
  afterAll(async () => {
    await slack.stop();
  });

  const start = async (env: Record<string, string>) => {
    const settings = slackSettings({ SLACK_API_URL: slack.apiUrl, ...env });
    if (!settings.ok) return settings.error.join('\n');
    try {
      const running = await startSlackBot({
        settings: settings.value,
        bot: { handle: () => Promise.reject(new Error('not used')), voiceFor: () => { throw new Error('not used'); }, complete: () => Promise.reject(new Error('not used')) },
        links: { link: async () => undefined, find: async () => null },
        charts: () => Promise.reject(new Error('not used')),
        now: Date.now,
        logger: memoryLogger(),
        replays: { firstSeen: () => Promise.reject(new Error('not used')) },
        host: '127.0.0.1',
      });
      await running.stop();
      return 'started';
    } catch (e) {
      return e instanceof SlackStartError ? e.message : `unexpected: ${String(e)}`;
    }
  };

  it('GIVEN missing, malformed or refused tokens THEN each says which variable and where to get it', async () => {
    expect(await start({})).toMatch(/^SLACK_BOT_TOKEN is not set/);
    expect(await start({ SLACK_BOT_TOKEN: 'xoxp-user-token', SLACK_APP_TOKEN: FAKE_APP_TOKEN })).toMatch(/^SLACK_BOT_TOKEN does not look like a bot token/);
    expect(await start({ SLACK_BOT_TOKEN: FAKE_BOT_TOKEN })).toMatch(/SLACK_APP_TOKEN.*SLACK_SIGNING_SECRET/);
    expect(await start({ SLACK_BOT_TOKEN: 'xoxb-revoked', SLACK_APP_TOKEN: FAKE_APP_TOKEN })).toMatch(/^SLACK_BOT_TOKEN was refused by Slack \(invalid_auth\)/);
    expect(await start({ SLACK_BOT_TOKEN: FAKE_BOT_TOKEN, SLACK_APP_TOKEN: 'xapp-wrong' })).toMatch(/^SLACK_APP_TOKEN was refused by Slack \(invalid_auth\)/);
    expect(await start({ SLACK_BOT_TOKEN: FAKE_BOT_TOKEN, SLACK_SIGNING_SECRET: 's', PORT: 'eighty' })).toMatch(/^PORT is not a port number/);
    expect(await start({ SLACK_BOT_TOKEN: FAKE_BOT_TOKEN, SLACK_APP_TOKEN: FAKE_APP_TOKEN })).toBe('started');
  });
});
