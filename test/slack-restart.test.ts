import { describe, expect, it } from 'vitest';
import { FakeSlack } from './fake-slack/fake-slack-server.js';
import { eventBody, FORM, JSON_TYPE, postSigned, slackTestBed, slashBody } from './fake-slack/slack-harness.js';

describe('Slack across a restart', () => {
  it('GIVEN an answer posted before a restart THEN a reply in its thread afterwards continues the same notebook session', async () => {
    const slack = new FakeSlack();
    await slack.start();
    try {
      const before = await slackTestBed({ mode: 'http', slack });
      await postSigned(before.eventsUrl, slashBody(slack, 'nps 2026-Q1', { channel: 'C0TEAM' }), FORM);
      const [answer] = await slack.waitFor('chat.postMessage');
      const ts = String(answer?.response['ts']);
      await before.close();

      // The same database file, a new process's worth of state: a new Bolt app, new caches.
      const after = await slackTestBed({ mode: 'http', slack, dbPath: before.dbPath, seed: false });
      try {
        await postSigned(
          after.eventsUrl,
          eventBody({ type: 'message', user: 'U0ANA', channel: 'C0TEAM', text: 'by segment', ts: '1790000300.000001', thread_ts: ts }, 'EvAfterRestart'),
          JSON_TYPE,
        );
        const posts = await slack.waitFor('chat.postMessage', 2);
        const followUp = posts[1];
        expect(followUp?.args['thread_ts']).toBe(ts);
        const text = (JSON.parse(String(followUp?.args['blocks'])) as { text?: { text: string } }[]).map((b) => b.text?.text ?? '').join('\n');
        // Cell 2 of the session cell 1 began, still 2026-Q1: SMB (10, 10, 9) +100, Enterprise (6) -100.
        expect(text).toContain('`[2]`');
        expect(text).toMatch(/SMB\s+\+100\.0/);
        expect(text).toMatch(/Enterprise\s+[−-]100\.0/);
      } finally {
        await after.close();
      }
    } finally {
      await slack.stop();
    }
  });
});
