import { describe, expect, it } from 'vitest';
import { FakeSlack } from './fake-slack/fake-slack-server.js';
import { FORM, NOW, postSigned, slackTestBed, slashBody } from './fake-slack/slack-harness.js';

const DUE = Date.parse('2026-11-23T09:00:00Z');

/** A fake Slack and a kpibot on it over HTTP, on a clock the test moves. */
async function digestBed() {
  const clock = { now: NOW };
  const slack = new FakeSlack({ now: () => clock.now });
  await slack.start();
  const bed = await slackTestBed({ mode: 'http', slack, now: () => clock.now });
  const close = async (): Promise<void> => {
    await bed.close();
    await slack.stop();
  };
  return { clock, slack, bed, close };
}

describe('digests on Slack (real Bolt, fake Slack on 127.0.0.1)', () => {
  it('GIVEN /kpi subscribe THEN the channel sees the confirmation, then the digest at its time with its chart, marked with its run', async () => {
    const { clock, slack, bed, close } = await digestBed();
    try {
      await postSigned(bed.eventsUrl, slashBody(slack, 'subscribe nps 2026-Q1 daily at 09:00 UTC'), FORM);
      const [confirmation] = await slack.waitFor('chat.postMessage');
      expect(confirmation?.args['channel']).toBe('C0GENERAL');
      expect(String(confirmation?.args['text'])).toMatch(/^Subscribed this channel \(#1\) to a digest of `nps 2026-Q1` every day at 09:00 \(UTC\)\. First: Mon 23 Nov 2026 09:00/);

      clock.now = DUE + 2_000;
      await bed.running.digests?.tick();
      const posts = await slack.waitFor('chat.postMessage', 2);
      const digest = posts[1];
      // 2026-Q1: 10, 10 and 9 promote, 6 detracts, of 4 answers: +50.
      expect(digest?.args['text']).toBe('Digest #1, every day at 09:00 (UTC)\nNet Promoter Score: +50.0');
      expect(JSON.parse(String(digest?.args['metadata']))).toEqual({ event_type: 'kpibot_digest', event_payload: { run: `1@${DUE}` } });
      const uploaded = await slack.waitFor('files.completeUploadExternal');
      expect(uploaded[0]?.args['channel_id']).toBe('C0GENERAL');
      await bed.running.digests?.tick();
      expect(slack.accepted('chat.postMessage')).toHaveLength(2);
    } finally {
      await close();
    }
  });

  it('GIVEN the bot was removed from the channel THEN the digest fails for good and the person who subscribed is told in a direct message', async () => {
    const { clock, slack, bed, close } = await digestBed();
    try {
      await postSigned(bed.eventsUrl, slashBody(slack, 'subscribe nps 2026-Q1 daily at 09:00 UTC'), FORM);
      await slack.waitFor('chat.postMessage');
      slack.notMemberOf.add('C0GENERAL');
      clock.now = DUE + 2_000;
      await bed.running.digests?.tick();
      const told = (await slack.waitFor('chat.postMessage', 3)).filter((c) => c.args['channel'] !== 'C0GENERAL');
      // The subscriber (the slash command's user) gets it, since the channel refuses the bot.
      expect(told.map((c) => [c.args['channel'], c.args['text']])).toEqual([
        ['U0ANA', 'The digest #1 `nps 2026-Q1` could not be sent (chat.postMessage: not_in_channel). `digest 1 log` shows its firings; `digest 1 now` tries again.'],
      ]);
    } finally {
      await close();
    }
  });

  it('GIVEN Slack answers the digest post with 429 and Retry-After THEN the pass does not sleep through it: the run is retried at that time', async () => {
    const { clock, slack, bed, close } = await digestBed();
    try {
      await postSigned(bed.eventsUrl, slashBody(slack, 'subscribe nps 2026-Q1 daily at 09:00 UTC'), FORM);
      await slack.waitFor('chat.postMessage');
      slack.rateLimitNext('chat.postMessage', 30);
      clock.now = DUE + 2_000;
      const started = Date.now();
      await bed.running.digests?.tick();
      // Waited out inside the call, the tick would take 30 real seconds.
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(slack.accepted('chat.postMessage')).toHaveLength(1);
      clock.now = DUE + 2_000 + 29_000;
      await bed.running.digests?.tick();
      expect(slack.accepted('chat.postMessage')).toHaveLength(1);
      clock.now = DUE + 2_000 + 30_000;
      await bed.running.digests?.tick();
      const posts = await slack.waitFor('chat.postMessage', 2);
      expect(JSON.parse(String(posts.at(-1)?.args['metadata']))).toEqual({ event_type: 'kpibot_digest', event_payload: { run: `1@${DUE}` } });
    } finally {
      await close();
    }
  });

  it('GIVEN a restart after the digest reached Slack but before it was recorded THEN the history says so and it is not posted again', async () => {
    const clock = { now: NOW };
    const slack = new FakeSlack({ now: () => clock.now });
    await slack.start();
    try {
      const before = await slackTestBed({ mode: 'http', slack, now: () => clock.now });
      await postSigned(before.eventsUrl, slashBody(slack, 'subscribe nps 2026-Q1 daily at 09:00 UTC'), FORM);
      await slack.waitFor('chat.postMessage');
      clock.now = DUE + 2_000;
      await before.running.digests?.tick();
      await slack.waitFor('chat.postMessage', 2);
      // The process dies between Slack's answer and the run's row: the row still says sending.
      await before.assembled.app.store.run("UPDATE bot_digest_runs SET status = 'sending', message_ref = NULL");
      await before.close();

      const after = await slackTestBed({ mode: 'http', slack, dbPath: before.dbPath, seed: false, now: () => clock.now });
      try {
        await after.running.digests?.tick();
        const history = slack.calls.filter((c) => c.method === 'conversations.history');
        expect(history.map((c) => [c.args['channel'], c.args['include_all_metadata']])).toEqual([['C0GENERAL', 'true']]);
        expect(slack.accepted('chat.postMessage')).toHaveLength(2);
        const run = await after.assembled.app.store.get<{ status: string; message_ref: string }>('SELECT status, message_ref FROM bot_digest_runs');
        expect(run?.status).toBe('sent');
        expect(run?.message_ref).toBe(String(slack.accepted('chat.postMessage')[1]?.response['ts']));
      } finally {
        await after.close();
      }
    } finally {
      await slack.stop();
    }
  });
});
