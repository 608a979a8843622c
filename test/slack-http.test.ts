import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FORM, JSON_TYPE, buttonBody, eventBody, postSigned, sign, slackTestBed, slashBody, type SlackTestBed } from './fake-slack/slack-harness.js';

/** The text of every section of a posted message, joined. */
const sections = (args: Record<string, unknown>): string =>
  (JSON.parse(String(args['blocks'] ?? '[]')) as { type: string; text?: { text: string } }[])
    .map((b) => b.text?.text ?? '')
    .join('\n');

describe('Slack over HTTP (real Bolt, fake Slack on 127.0.0.1)', () => {
  let bed: SlackTestBed;
  beforeAll(async () => {
    bed = await slackTestBed({ mode: 'http' });
  });
  afterAll(async () => {
    await bed.close();
  });

  it('GIVEN a signed /kpi nps 2026-Q1 THEN it is acked at once and the answer is posted with NPS 50 and its chart', async () => {
    const before = bed.slack.calls.length;
    const r = await postSigned(bed.eventsUrl, slashBody(bed.slack, 'nps 2026-Q1', { id: 'q1' }), FORM);
    expect(r.status).toBe(200);
    expect(r.ms).toBeLessThan(3000);
    const posts = await bed.slack.waitFor('chat.postMessage');
    const post = posts.at(-1);
    expect(post?.args['channel']).toBe('C0GENERAL');
    // 3 promoters and 1 detractor of 4 answers: 75 - 25 = 50 points.
    expect(post?.args['text']).toBe('Net Promoter Score: +50.0');
    expect(sections(post?.args ?? {})).toContain('Jan 1 – Mar 31, 2026');
    const complete = await bed.slack.waitFor('files.completeUploadExternal');
    expect(complete.at(-1)?.args['channel_id']).toBe('C0GENERAL');
    const url = bed.slack.calls.slice(before).find((c) => c.method === 'files.getUploadURLExternal');
    expect(String(url?.args['alt_text'] ?? '')).toMatch(/Net Promoter Score/);
    const fileId = String((JSON.parse(String(complete.at(-1)?.args['files'])) as { id: string }[])[0]?.id);
    const png = bed.slack.uploads.get(fileId);
    expect(png?.subarray(1, 4).toString()).toBe('PNG');
  });

  it('GIVEN Slack checking the Request URL (url_verification, ssl_check) THEN the challenge is echoed and nothing runs', async () => {
    const before = bed.slack.calls.length;
    const challenge = await postSigned(bed.eventsUrl, JSON.stringify({ token: 'legacy', challenge: 'c-8f2e1d', type: 'url_verification' }), JSON_TYPE);
    expect(challenge.status).toBe(200);
    expect(challenge.text).toContain('c-8f2e1d');
    // Slack sends ssl_check unsigned.
    const ssl = await fetch(bed.eventsUrl, { method: 'POST', headers: { 'content-type': FORM }, body: 'ssl_check=1&token=legacy' });
    expect(ssl.status).toBe(200);
    expect(bed.slack.calls.length).toBe(before);
  });

  it('GIVEN a wrong signature, a stale timestamp or a replayed body THEN 401 and nothing runs', async () => {
    const countPosts = (): number => bed.slack.calls.filter((c) => c.method === 'chat.postMessage' || c.method === 'response_url').length;
    const before = countPosts();
    const body = slashBody(bed.slack, 'nps 2026-Q2', { id: 'bad' });
    const now = Math.floor(Date.now() / 1000);
    expect((await postSigned(bed.eventsUrl, body, FORM, { signature: sign(body, now, 'not-the-secret') })).status).toBe(401);
    const stale = now - 6 * 60;
    expect((await postSigned(bed.eventsUrl, body, FORM, { timestampSec: stale, signature: sign(body, stale) })).status).toBe(401);
    const future = now + 6 * 60;
    expect((await postSigned(bed.eventsUrl, body, FORM, { timestampSec: future, signature: sign(body, future) })).status).toBe(401);
    // Once accepted, the very same signed request sent again is a replay.
    const answered = bed.slack.accepted('chat.postMessage').length + 1;
    expect((await postSigned(bed.eventsUrl, body, FORM, { timestampSec: now })).status).toBe(200);
    await bed.slack.waitFor('chat.postMessage', answered);
    expect((await postSigned(bed.eventsUrl, body, FORM, { timestampSec: now })).status).toBe(401);
    await new Promise((r) => setTimeout(r, 300));
    expect(countPosts()).toBe(before + 1);
  });

  it('GIVEN an accepted signed request WHEN it comes again with `=x` after its signature, its timestamp spelt `<ts>.0` or other bytes that read as the same text THEN each is a replay: 401 and nothing runs again', async () => {
    const countPosts = (): number => bed.slack.calls.filter((c) => c.method === 'chat.postMessage' || c.method === 'response_url').length;
    // An invalid UTF-8 byte reads as U+FFFD, so a 0xFF byte in its place verifies the same.
    const body = `${slashBody(bed.slack, 'nps 2026-Q2', { id: 'replayed' })}&note=\uFFFD`;
    const now = Math.floor(Date.now() / 1000);
    const answered = bed.slack.accepted('chat.postMessage').length + 1;
    expect((await postSigned(bed.eventsUrl, body, FORM, { timestampSec: now })).status).toBe(200);
    await bed.slack.waitFor('chat.postMessage', answered);
    const before = countPosts();
    // Bolt reads only `v0=<hash>` of the signature header, so anything after a further `=` is ignored.
    expect((await postSigned(bed.eventsUrl, body, FORM, { timestampSec: now, signature: `${sign(body, now)}=x` })).status).toBe(401);
    // The timestamp is verified as a number, so `<ts>.0` signs the same.
    expect((await postSigned(bed.eventsUrl, body, FORM, { timestampSec: now, timestamp: `${now}.0` })).status).toBe(401);
    const bytes = Buffer.concat([Buffer.from(body.slice(0, -1)), Buffer.from([0xff])]);
    expect((await postSigned(bed.eventsUrl, body, FORM, { timestampSec: now, bytes })).status).toBe(401);
    await new Promise((r) => setTimeout(r, 300));
    expect(countPosts()).toBe(before);
  });

  it('GIVEN two kpibot HTTP processes on one database WHEN a signed request one accepted reaches the other THEN the other refuses it (401) and it is answered once', async () => {
    const other = await slackTestBed({ mode: 'http', slack: bed.slack, dbPath: bed.dbPath, seed: false });
    try {
      const body = slashBody(bed.slack, 'nps 2026-Q1', { id: 'shared', channel: 'C0SHARED', channelName: 'shared' });
      const now = Math.floor(Date.now() / 1000);
      expect((await postSigned(bed.eventsUrl, body, FORM, { timestampSec: now })).status).toBe(200);
      await waitForPosts(bed, 'C0SHARED', 1);
      expect((await postSigned(other.eventsUrl, body, FORM, { timestampSec: now })).status).toBe(401);
      await new Promise((r) => setTimeout(r, 300));
      expect(bed.slack.accepted('chat.postMessage').filter((c) => c.args['channel'] === 'C0SHARED')).toHaveLength(1);
    } finally {
      await other.close();
    }
  });

  it('GIVEN two kpibot processes on one database WHEN Slack redelivers an event to the other (signed anew) THEN it is answered once', async () => {
    const other = await slackTestBed({ mode: 'http', slack: bed.slack, dbPath: bed.dbPath, seed: false });
    try {
      const event = eventBody({ type: 'app_mention', user: 'U0ANA', channel: 'C0REDELIVER', text: '<@U0KPIBOT> nps 2026-Q1', ts: '1790000300.000001' }, 'EvShared');
      const now = Math.floor(Date.now() / 1000);
      expect((await postSigned(bed.eventsUrl, event, JSON_TYPE, { timestampSec: now })).status).toBe(200);
      await waitForPosts(bed, 'C0REDELIVER', 1);
      // Slack's retry carries a new timestamp and signature: not a replay, the same event.
      expect((await postSigned(other.eventsUrl, event, JSON_TYPE, { timestampSec: now + 1 })).status).toBe(200);
      await new Promise((r) => setTimeout(r, 500));
      expect(bed.slack.accepted('chat.postMessage').filter((c) => c.args['channel'] === 'C0REDELIVER')).toHaveLength(1);
    } finally {
      await other.close();
    }
  });

  it('GIVEN signed bodies that are not a JSON object (payload=null, JSON null, payload=%7B, payload=1, …) THEN each gets 400, no promise is left rejected, and a /kpi after them is still answered', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (e: unknown): void => void unhandled.push(e);
    process.on('unhandledRejection', onUnhandled);
    try {
      const bodies: readonly (readonly [string, string])[] = [
        ['payload=null', FORM],
        ['null', JSON_TYPE],
        ['payload=%7B', FORM],
        ['payload=1', FORM],
        ['payload=%22text%22', FORM],
        ['payload=%5B%5D', FORM],
        ['[{"type":"block_actions"}]', JSON_TYPE],
        ['42', JSON_TYPE],
        ['{', JSON_TYPE],
        ['', JSON_TYPE],
      ];
      const answers: string[] = [];
      for (const [body, type] of bodies) {
        const status = await postSigned(bed.eventsUrl, body, type).then((r) => String(r.status), (e: unknown) => String(e));
        answers.push(`${body} (${type}): ${status}`);
      }
      const answered = bed.slack.accepted('chat.postMessage').length + 1;
      expect((await postSigned(bed.eventsUrl, slashBody(bed.slack, 'nps 2026-Q1', { id: 'alive' }), FORM)).status).toBe(200);
      await bed.slack.waitFor('chat.postMessage', answered);
      // Outside a test runner an unhandled rejection ends the process (Node's default since v15).
      expect({ answers, unhandled: unhandled.map(String) }).toEqual({ answers: bodies.map(([body, type]) => `${body} (${type}): 400`), unhandled: [] });
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });

  it('GIVEN a GET, HEAD or PUT on /slack/events THEN 405 with Allow: POST; a signed POST to another path THEN 404', async () => {
    for (const method of ['GET', 'HEAD', 'PUT']) {
      const r = await fetch(bed.eventsUrl, { method, signal: AbortSignal.timeout(10_000) });
      expect(r.status, method).toBe(405);
      expect(r.headers.get('allow'), method).toBe('POST');
    }
    const elsewhere = bed.eventsUrl.replace('/slack/events', '/slack/other');
    expect((await postSigned(elsewhere, slashBody(bed.slack, 'nps 2026-Q1'), FORM)).status).toBe(404);
  });

  it('GIVEN an unknown KPI or help THEN only the asker sees the answer, through the response_url', async () => {
    const postsBefore = bed.slack.accepted('chat.postMessage').length;
    await postSigned(bed.eventsUrl, slashBody(bed.slack, 'nsp 2026-Q1', { id: 'typo' }), FORM);
    const responses = await bed.slack.waitFor('response_url');
    const typo = responses.find((c) => c.args['id'] === 'typo');
    expect(typo?.args['response_type']).toBe('ephemeral');
    expect(String(typo?.args['text'])).toContain('`nps`');
    expect(bed.slack.accepted('chat.postMessage').length).toBe(postsBefore);
  });

  it('GIVEN a mention, a reply in the answer thread and a button THEN each continues the same notebook session', async () => {
    // A mention at the top of a channel asks like /kpi does.
    await postSigned(bed.eventsUrl, eventBody({ type: 'app_mention', user: 'U0ANA', channel: 'C0SUPPORT', text: '<@U0KPIBOT> nps 2026-Q1', ts: '1790000100.000001' }, 'Ev1'), JSON_TYPE);
    const answer = await waitForPosts(bed, 'C0SUPPORT', 1);
    expect(answer, bed.logger.lines.join('\n')).toHaveLength(1);
    expect(answer[0]?.args['text']).toBe('Net Promoter Score: +50.0');
    const answerTs = await tsOf(bed, 'C0SUPPORT', 0);

    // A reply under it, no mention: a follow-up that keeps the KPI and period and adds a breakdown.
    await postSigned(
      bed.eventsUrl,
      eventBody({ type: 'message', user: 'U0ANA', channel: 'C0SUPPORT', text: 'by segment', ts: '1790000100.000002', thread_ts: answerTs }, 'Ev2'),
      JSON_TYPE,
    );
    const inThread = await waitForPosts(bed, 'C0SUPPORT', 2);
    expect(inThread[1]?.args['thread_ts']).toBe(answerTs);
    // Q1 by segment: SMB (A) answered 10, 10, 9: all promoters, +100; Enterprise (B) one 6: -100.
    const table = sections(inThread[1]?.args ?? {});
    expect(table).toMatch(/\[2\]/);
    expect(table).toMatch(/SMB\s+\+100\.0/);
    expect(table).toMatch(/Enterprise\s+[−-]100\.0/);

    // Editing the mention sends a new app_mention with its own event id: not a second question.
    await postSigned(
      bed.eventsUrl,
      eventBody({ type: 'app_mention', user: 'U0ANA', channel: 'C0SUPPORT', text: '<@U0KPIBOT> nps 2026-Q1 ', ts: '1790000100.000001', edited: { user: 'U0ANA', ts: '1790000150.000000' } }, 'Ev1edit'),
      JSON_TYPE,
    );

    // The same event delivered again (Slack's retry) is not answered twice.
    await postSigned(
      bed.eventsUrl,
      eventBody({ type: 'message', user: 'U0ANA', channel: 'C0SUPPORT', text: 'by segment', ts: '1790000100.000002', thread_ts: answerTs }, 'Ev2'),
      JSON_TYPE,
    );

    // The button "vs last year" under the first answer refines cell 1, not the latest cell.
    await postSigned(
      bed.eventsUrl,
      buttonBody(bed.slack, { channel: 'C0SUPPORT', messageTs: answerTs, actionId: 'kpi_vs_last_year', value: JSON.stringify({ cell: 1, text: 'vs last-year' }) }),
      FORM,
    );
    const all = await waitForPosts(bed, 'C0SUPPORT', 3);
    const refined = sections(all[2]?.args ?? {});
    expect(refined).toMatch(/\[3\]/);
    expect(all[2]?.args['text']).toBe('Net Promoter Score: +50.0');
    expect(refined).toContain('2025-Q1');
    // Cell 1 had no breakdown, so neither has its refinement (cell 2's would).
    expect(refined).not.toContain('SMB');
    await new Promise((r) => setTimeout(r, 300));
    expect(bed.slack.accepted('chat.postMessage').filter((c) => c.args['channel'] === 'C0SUPPORT')).toHaveLength(3);
  });

  it('GIVEN direct messages to kpibot THEN each is a question in the DM’s own session, answered once', async () => {
    const dm = (text: string, n: number, extra: Record<string, unknown> = {}) =>
      eventBody({ type: 'message', channel_type: 'im', user: 'U0ANA', channel: 'D0ANA', text, ts: `1790000500.00000${n}`, ...extra }, `EvDm${n}`);
    await postSigned(bed.eventsUrl, dm('nps 2026-Q2', 1), JSON_TYPE);
    const first = await waitForPosts(bed, 'D0ANA', 1);
    // 2026-Q2: 9 and 10 promote, 5 and 5 detract: 0; after 50 in 2026-Q1, 50 points down.
    expect(first[0]?.args['text']).toBe('Net Promoter Score: 0.0');
    expect(sections(first[0]?.args ?? {})).toMatch(/`\[1\]`.*\n\*0\.0\*\s+↓ −50\.0 pts _vs previous 2026-Q1/);
    expect(first[0]?.args['thread_ts']).toBeUndefined();

    // Slack also sends app_mention for a mention in a DM: the message itself is the question.
    await postSigned(bed.eventsUrl, dm('<@U0KPIBOT> by segment', 2), JSON_TYPE);
    await postSigned(bed.eventsUrl, eventBody({ type: 'app_mention', user: 'U0ANA', channel: 'D0ANA', text: '<@U0KPIBOT> by segment', ts: '1790000500.000002' }, 'EvDm2m'), JSON_TYPE);
    const second = await waitForPosts(bed, 'D0ANA', 2);
    // Q2 by segment, both at 0: Enterprise up from -100, SMB down from +100.
    const table = sections(second[1]?.args ?? {});
    expect(table).toMatch(/`\[2\]`/);
    expect(table).toMatch(/Enterprise\s+0\.0 \*\s+\+100\.0 pts/);
    expect(table).toMatch(/SMB\s+0\.0 \*\s+−100\.0 pts/);
    await new Promise((r) => setTimeout(r, 300));
    expect(bed.slack.accepted('chat.postMessage').filter((c) => c.args['channel'] === 'D0ANA')).toHaveLength(2);
    // A DM has no channel name to look up.
    expect(bed.slack.calls.filter((c) => c.method === 'conversations.info' && c.args['channel'] === 'D0ANA')).toHaveLength(0);
  });

  it('GIVEN messages in an answer thread from kpibot itself or another app THEN none is taken as a follow-up', async () => {
    await postSigned(bed.eventsUrl, slashBody(bed.slack, 'nps 2026-Q1', { channel: 'C0BOTS', channelName: 'bots' }), FORM);
    const answerTs = await tsOf(bed, 'C0BOTS', 0);
    const inThread = (user: string, bot: string, id: string) =>
      eventBody({ type: 'message', user, bot_id: bot, channel: 'C0BOTS', text: 'by segment', ts: `1790000400.00000${id}`, thread_ts: answerTs }, `EvBot${id}`);
    await postSigned(bed.eventsUrl, inThread('U0KPIBOT', 'B0KPIBOT', '1'), JSON_TYPE);
    await postSigned(bed.eventsUrl, inThread('U0OTHERBOT', 'B0OTHER', '2'), JSON_TYPE);
    // A person's reply after them is answered, so the two above had their chance to be.
    await postSigned(bed.eventsUrl, eventBody({ type: 'message', user: 'U0ANA', channel: 'C0BOTS', text: 'by region', ts: '1790000400.000003', thread_ts: answerTs }, 'EvBot3'), JSON_TYPE);
    const posts = await waitForPosts(bed, 'C0BOTS', 2);
    await new Promise((r) => setTimeout(r, 300));
    expect(bed.slack.accepted('chat.postMessage').filter((c) => c.args['channel'] === 'C0BOTS')).toHaveLength(2);
    expect(sections(posts[1]?.args ?? {})).toMatch(/Europe/);
  });
});

async function waitForPosts(bed: SlackTestBed, channel: string, n: number) {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const got = bed.slack.accepted('chat.postMessage').filter((c) => c.args['channel'] === channel);
    if (got.length >= n || Date.now() > deadline) return got;
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** The ts Slack gave the i-th message posted in a channel. */
async function tsOf(bed: SlackTestBed, channel: string, i: number): Promise<string> {
  const posts = await waitForPosts(bed, channel, i + 1);
  return String(posts[i]?.response['ts']);
}
