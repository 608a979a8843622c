import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FORM, postSigned, responseTo, slackTestBed, slashBody, type SlackTestBed } from './fake-slack/slack-harness.js';

const postsIn = (bed: SlackTestBed, channel: string) => bed.slack.accepted('chat.postMessage').filter((c) => c.args['channel'] === channel);

describe('Slack limits and policies', () => {
  let bed: SlackTestBed;
  beforeAll(async () => {
    bed = await slackTestBed({
      mode: 'http',
      config: (c) => ({
        ...c,
        policy: { ...c.policy, rate_limit: { questions: 100, per_seconds: 60 }, restricted: [{ kpis: ['nps'], channels: ['#support'] }] },
      }),
    });
    bed.slack.people.set('U0GUEST', { is_restricted: true });
    bed.slack.people.set('U0OTHER', { team_id: 'T0PARTNER' });
    bed.slack.notMemberOf.add('C0PRIVATE');
  });
  afterAll(async () => {
    await bed.close();
  });

  it('GIVEN Slack answers 429 with Retry-After THEN the answer is posted once, after waiting', async () => {
    bed.slack.rateLimitNext('chat.postMessage', 1);
    await postSigned(bed.eventsUrl, slashBody(bed.slack, 'nps 2026-Q1', { channel: 'C0SUPPORT', channelName: 'support' }), FORM);
    const deadline = Date.now() + 10_000;
    while (postsIn(bed, 'C0SUPPORT').length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    const attempts = bed.slack.calls.filter((c) => c.method === 'chat.postMessage' && c.args['channel'] === 'C0SUPPORT');
    expect(attempts.map((c) => c.status)).toEqual([429, 200]);
    expect((attempts[1]?.at ?? 0) - (attempts[0]?.at ?? 0)).toBeGreaterThanOrEqual(900);
    await new Promise((r) => setTimeout(r, 300));
    expect(postsIn(bed, 'C0SUPPORT')).toHaveLength(1);
  });

  it('GIVEN a channel the bot is not in THEN the asker alone gets the answer, and is told to invite the bot', async () => {
    await postSigned(bed.eventsUrl, slashBody(bed.slack, 'churn 2026-Q1', { channel: 'C0PRIVATE', channelName: 'private', id: 'private' }), FORM);
    // A and B signed up long before 2026 and never left: none of the 2 lost, 0%.
    expect(await responseTo(bed, 'private')).toBe('Churn rate: 0.00%');
    const response = bed.slack.calls.find((c) => c.method === 'response_url' && c.args['id'] === 'private');
    const blocks = (response?.args['blocks'] ?? []) as { type: string; text?: { text: string }; elements?: { text: string }[] }[];
    expect(blocks.map((b) => b.type)).toEqual(['section', 'context', 'context']);
    expect(blocks[2]?.elements?.[0]?.text).toMatch(/not a member of this channel, so only you see this answer.*\/invite @kpibot/);
    expect(postsIn(bed, 'C0PRIVATE').map((c) => c.response['error'])).toEqual(['not_in_channel']);
    await new Promise((r) => setTimeout(r, 300));
    expect(bed.slack.calls.filter((c) => c.method === 'files.completeUploadExternal' && c.args['channel_id'] === 'C0PRIVATE')).toHaveLength(0);
  });

  it('GIVEN a guest, a member of another workspace, or a KPI kept to #support THEN each is refused with what to do', async () => {
    await postSigned(bed.eventsUrl, slashBody(bed.slack, 'nps 2026-Q1', { user: 'U0GUEST', channel: 'C0SUPPORT', channelName: 'support', id: 'guest' }), FORM);
    expect(await responseTo(bed, 'guest')).toMatch(/^Guest accounts cannot ask/);
    await postSigned(bed.eventsUrl, slashBody(bed.slack, 'nps 2026-Q1', { user: 'U0OTHER', channel: 'C0SUPPORT', channelName: 'support', id: 'other' }), FORM);
    expect(await responseTo(bed, 'other')).toMatch(/members of its own workspace only/);
    await postSigned(bed.eventsUrl, slashBody(bed.slack, 'nps 2026-Q1', { id: 'general' }), FORM);
    expect(await responseTo(bed, 'general')).toMatch(/not shared in this channel.*#support/);
    expect(postsIn(bed, 'C0GENERAL')).toHaveLength(0);
  });

  it('GIVEN 50 slash commands at once THEN every one is acked within 3 s and answered exactly once', async () => {
    const channel = 'C0LOAD';
    const sent = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        postSigned(bed.eventsUrl, slashBody(bed.slack, 'nps 2026-Q1', { user: `U${String(i).padStart(3, '0')}`, channel, channelName: 'support', id: `load-${i}` }), FORM),
      ),
    );
    expect(sent.map((r) => r.status)).toEqual(Array(50).fill(200));
    const slowest = Math.max(...sent.map((r) => r.ms));
    expect(slowest).toBeLessThan(3000);
    const deadline = Date.now() + 60_000;
    while (postsIn(bed, channel).length < 50 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    await new Promise((r) => setTimeout(r, 500));
    const posts = postsIn(bed, channel);
    expect(posts).toHaveLength(50);
    // One channel is one notebook session: the 50 answers are cells 1 to 50, each once.
    const cells = posts.map((p) => Number(/`\[(\d+)\]`/.exec(String(p.args['blocks']))?.[1])).sort((a, b) => a - b);
    expect(cells).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expect(posts.every((p) => p.args['text'] === 'Net Promoter Score: +50.0')).toBe(true);
    expect(bed.slack.calls.filter((c) => c.method === 'response_url' && String(c.args['id']).startsWith('load-'))).toHaveLength(0);
    // And each answer's charts (the headline card and the answers' distribution), in one upload, once.
    while (bed.slack.accepted('files.completeUploadExternal').filter((c) => c.args['channel_id'] === channel).length < 50 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 50));
    }
    const done = bed.slack.accepted('files.completeUploadExternal').filter((c) => c.args['channel_id'] === channel);
    await new Promise((r) => setTimeout(r, 300));
    expect(bed.slack.accepted('files.completeUploadExternal').filter((c) => c.args['channel_id'] === channel)).toHaveLength(50);
    expect(done.every((c) => (JSON.parse(String(c.args['files'])) as unknown[]).length === 2)).toBe(true);
  });
});

describe('the per-user rate limit on Slack', () => {
  let bed: SlackTestBed;
  beforeAll(async () => {
    bed = await slackTestBed({ mode: 'http', config: (c) => ({ ...c, policy: { ...c.policy, rate_limit: { questions: 1, per_seconds: 60 } } }) });
  });
  afterAll(async () => {
    await bed.close();
  });

  it('GIVEN a limit of one question a minute THEN a second question from the same person is refused (the console leaves the limit out, Slack keeps it)', async () => {
    await postSigned(bed.eventsUrl, slashBody(bed.slack, 'nps 2026-Q1', { id: 'first' }), FORM);
    const deadline = Date.now() + 10_000;
    while (postsIn(bed, 'C0GENERAL').length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    await postSigned(bed.eventsUrl, slashBody(bed.slack, 'nps 2026-Q2', { id: 'second' }), FORM);
    expect(await responseTo(bed, 'second')).toMatch(/^You have asked 1 questions in the last 60 s/);
  });
});
