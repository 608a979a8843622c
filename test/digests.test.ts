import { describe, expect, it } from 'vitest';
import { DigestSendError } from '../bot/digest/digest-scheduler.js';
import { headlineOf, parts, runsOf, textOf, world } from './digest-world.js';

describe('digests: subscribe, then one message per firing', () => {
  it('GIVEN a weekly subscription in Lisbon THEN Monday 09:00 (08:00Z in summer time) brings last week against the week before, and the target', async () => {
    const w = await world('2026-03-25T10:00:00Z');
    const confirmed = await w.say('subscribe nps weekly on monday at 09:00 Europe/Lisbon target 40');
    expect(confirmed.kind === 'text' && confirmed.shared).toBe(true);
    expect(textOf(confirmed)).toBe(
      'Subscribed this channel (#1) to a digest of `nps` every Monday at 09:00 (Europe/Lisbon), reporting last week, target nps +40.0. First: Mon 30 Mar 2026 09:00. `unsubscribe 1` stops it.',
    );

    w.clock.now = Date.parse('2026-03-30T07:59:00Z');
    await w.scheduler.tick();
    expect(w.sink.sent).toHaveLength(0);
    w.clock.now = Date.parse('2026-03-30T08:00:05Z');
    await w.scheduler.tick();
    await w.scheduler.tick();
    expect(w.sink.sent.map((m) => [m.channel, m.key])).toEqual([['C1', `1@${Date.parse('2026-03-30T08:00:00Z')}`]]);
    const digest = w.sink.sent[0]?.reply;
    expect(textOf(parts(digest)[0] ?? digest!)).toBe('Digest #1, every Monday at 09:00 (Europe/Lisbon)');
    const h = headlineOf(digest);
    // Week 13 (23–29 March): +33.3 against +100 in week 12: down 66.7 points, and under the target of 40.
    expect(h?.interpretation).toBe('last week (Mar 23 – 29, 2026, UTC)');
    expect(h?.value).toBe('+33.3');
    expect(h?.delta?.text).toBe('−66.7 pts');
    expect(h?.context).toContain('target +40.0: not met');
  });

  it('GIVEN a daily CSAT digest and a day without CSAT answers THEN it says there were no answers, not that the sample is small', async () => {
    // The world has NPS answers only: CSAT on 25 March rests on no answers at all.
    const w = await world('2026-03-25T10:00:00Z');
    await w.say('subscribe csat daily at 09:00 UTC');
    w.clock.now = Date.parse('2026-03-26T09:00:05Z');
    await w.scheduler.tick();
    const h = headlineOf(w.sink.sent[0]?.reply);
    expect(h?.interpretation).toBe('yesterday (Mar 25, 2026, UTC)');
    expect(h?.value).toBe('no data');
    expect(h?.context).toContain('no answers in this period');
    expect(h?.context).not.toContain('small sample: read with care');
  });

  it('GIVEN kpibot down over three Mondays THEN only the last is sent, marked late, the others recorded as missed, and the next is the Monday after', async () => {
    const w = await world('2026-03-25T10:00:00Z');
    await w.say('subscribe nps weekly monday 09:00 Europe/Lisbon');
    // Back on Monday 13 April at 13:00 Lisbon (12:00Z): 4 hours after its 09:00, within the 6 h grace.
    w.clock.now = Date.parse('2026-04-13T12:00:00Z');
    await w.scheduler.tick();
    expect(w.sink.sent.map((m) => m.key)).toEqual([`1@${Date.parse('2026-04-13T08:00:00Z')}`]);
    expect(textOf(parts(w.sink.sent[0]?.reply)[0]!)).toBe('Digest #1, every Monday at 09:00 (Europe/Lisbon) (late: it was due Mon 13 Apr 2026 09:00)');
    const [s] = await w.assembled.subscriptions.list('C1');
    expect(new Date(s?.nextRunAt ?? 0).toISOString()).toBe('2026-04-20T08:00:00.000Z');
    expect(await runsOf(w)).toEqual([
      { at: '2026-03-30T08:00:00.000Z', status: 'skipped', note: 'missed' },
      { at: '2026-04-06T08:00:00.000Z', status: 'skipped', note: 'missed' },
      { at: '2026-04-13T08:00:00.000Z', status: 'sent', note: null },
    ]);
  });

  it('GIVEN a daily 09:00 digest and kpibot down three days THEN the two older firings are missed and the latest goes late only within the 6 h grace', async () => {
    // Subscribed Wed 25 March 10:00Z; down until Sat 28 March. Firings: 26, 27 and 28 March 09:00Z.
    const within = await world('2026-03-25T10:00:00Z');
    await within.say('subscribe nps daily at 09:00 UTC');
    // 28 March 15:00:00Z is 6 h after 09:00: still within the grace, sent late.
    within.clock.now = Date.parse('2026-03-28T15:00:00Z');
    await within.scheduler.tick();
    expect(within.sink.sent.map((m) => m.key)).toEqual([`1@${Date.parse('2026-03-28T09:00:00Z')}`]);
    expect(textOf(parts(within.sink.sent[0]?.reply)[0]!)).toBe('Digest #1, every day at 09:00 (UTC) (late: it was due Sat 28 Mar 2026 09:00)');
    expect(await runsOf(within)).toEqual([
      { at: '2026-03-26T09:00:00.000Z', status: 'skipped', note: 'missed' },
      { at: '2026-03-27T09:00:00.000Z', status: 'skipped', note: 'missed' },
      { at: '2026-03-28T09:00:00.000Z', status: 'sent', note: null },
    ]);

    // One second later (6 h 0 min 1 s late) the latest is skipped too: nothing goes out until 29 March 09:00.
    const beyond = await world('2026-03-25T10:00:00Z');
    await beyond.say('subscribe nps daily at 09:00 UTC');
    beyond.clock.now = Date.parse('2026-03-28T15:00:01Z');
    await beyond.scheduler.tick();
    expect(beyond.sink.sent).toEqual([]);
    expect(await runsOf(beyond)).toEqual([
      { at: '2026-03-26T09:00:00.000Z', status: 'skipped', note: 'missed' },
      { at: '2026-03-27T09:00:00.000Z', status: 'skipped', note: 'missed' },
      { at: '2026-03-28T09:00:00.000Z', status: 'skipped', note: 'missed beyond the grace window' },
    ]);
    beyond.clock.now = Date.parse('2026-03-29T09:00:00Z');
    await beyond.scheduler.tick();
    expect(beyond.sink.sent.map((m) => m.key)).toEqual([`1@${Date.parse('2026-03-29T09:00:00Z')}`]);
  });

  it('GIVEN digest_grace 0 THEN a firing found even a minute late is skipped, not sent', async () => {
    const w = await world('2026-03-25T10:00:00Z', (c) => ({ ...c, digestGraceMinutes: 0 }));
    await w.say('subscribe nps daily at 09:00 UTC');
    w.clock.now = Date.parse('2026-03-26T09:01:00Z');
    await w.scheduler.tick();
    expect(w.sink.sent).toEqual([]);
    expect(await runsOf(w)).toEqual([{ at: '2026-03-26T09:00:00.000Z', status: 'skipped', note: 'missed beyond the grace window' }]);
  });

  it('GIVEN a send that reached the channel but whose answer was lost THEN it is not sent again', async () => {
    const w = await world('2026-03-29T10:00:00Z');
    await w.say('subscribe nps daily at 09:00 UTC');
    w.sink.loseAnswerOnce = true;
    w.clock.now = Date.parse('2026-03-30T09:00:00Z');
    await w.scheduler.tick();
    // The retry, 30 s later, first asks the channel whether the message is there.
    w.clock.now += 31_000;
    await w.scheduler.tick();
    expect(w.sink.sent).toHaveLength(1);
    const run = await w.assembled.app.store.get<{ status: string; attempts: number; message_ref: string }>('SELECT status, attempts, message_ref FROM bot_digest_runs');
    expect(run).toEqual({ status: 'sent', attempts: 2, message_ref: 'm1' });
  });

  it('GIVEN a restart in the middle of a send THEN the run is settled by asking the platform: sent once either way', async () => {
    const w = await world('2026-03-29T10:00:00Z');
    await w.say('subscribe nps daily at 09:00 UTC');
    await w.say('subscribe nps daily at 09:00 UTC', { channel: 'C2', channelName: 'ops' });
    w.clock.now = Date.parse('2026-03-30T09:00:00Z');
    const store = w.assembled.subscriptions;
    await store.materialize(w.clock.now, 'chat', 6 * 3_600_000);
    const [r1, r2] = await store.due(w.clock.now, 'chat');
    // Both claimed by a process that then died; C1's message had reached Slack, C2's had not.
    const dead = { owner: 'a process that died', until: w.clock.now + 120_000 };
    expect(await store.claim(r1!, dead, w.clock.now)).toBe(true);
    expect(await store.claim(r2!, dead, w.clock.now)).toBe(true);
    w.sink.sent.push({ channel: 'C1', key: `1@${r1?.scheduledFor}`, reply: { kind: 'text', text: 'sent before the crash' } });
    await w.restart();
    // While its lease holds, the runs are another process's: nothing is touched or sent.
    await w.scheduler.tick();
    expect(w.sink.sent.map((m) => m.channel)).toEqual(['C1']);
    w.clock.now += 120_000;
    await w.scheduler.tick();
    expect(w.sink.sent.map((m) => m.channel)).toEqual(['C1', 'C2']);
    // C1's digest, found in the history, gets the charts its sender never added; C2's is sent whole.
    expect(w.sink.attached.map((a) => a.channel)).toEqual(['C1', 'C2']);
    await w.scheduler.tick();
    expect(w.sink.sent).toHaveLength(2);
    const statuses = await w.assembled.app.store.all('SELECT subscription_id, status FROM bot_digest_runs ORDER BY subscription_id');
    expect(statuses).toEqual([{ subscription_id: 1, status: 'sent' }, { subscription_id: 2, status: 'sent' }]);
  });

  it('GIVEN a sender that stopped after posting the message but before adding its charts THEN whoever takes the run over adds the charts, and posts nothing again', async () => {
    const w = await world('2026-03-29T10:00:00Z');
    await w.say('subscribe nps daily at 09:00 UTC');
    w.clock.now = Date.parse('2026-03-30T09:00:00Z');
    const store = w.assembled.subscriptions;
    await store.materialize(w.clock.now, 'chat', 6 * 3_600_000);
    const [run] = await store.due(w.clock.now, 'chat');
    const dead = { owner: 'a process that died', until: w.clock.now + 120_000 };
    expect(await store.claim(run!, dead, w.clock.now)).toBe(true);
    w.sink.sent.push({ channel: 'C1', key: `1@${run?.scheduledFor}`, reply: { kind: 'text', text: 'posted, then the process died' } });
    expect(await store.posted(run!, dead.owner, 'm1')).toBe(true);
    await w.restart();
    w.clock.now += 120_000;
    await w.scheduler.tick();
    expect([w.sink.sent.length, w.sink.attached]).toEqual([1, [{ channel: 'C1', ref: 'm1' }]]);
    expect(await w.assembled.app.store.get('SELECT status, message_ref FROM bot_digest_runs')).toEqual({ status: 'sent', message_ref: 'm1' });
  });

  it('GIVEN a run whose channel cannot be checked after a restart THEN the other channels still get theirs', async () => {
    const w = await world('2026-03-29T10:00:00Z');
    await w.say('subscribe nps daily at 09:00 UTC');
    await w.say('subscribe nps daily at 09:00 UTC', { channel: 'C2' });
    w.clock.now = Date.parse('2026-03-30T09:00:00Z');
    const store = w.assembled.subscriptions;
    await store.materialize(w.clock.now, 'chat', 6 * 3_600_000);
    const [r1] = await store.due(w.clock.now, 'chat');
    expect(await store.claim(r1!, { owner: 'a process that died', until: w.clock.now }, w.clock.now)).toBe(true);
    w.sink.unreadable.add('C1');
    await w.restart();
    await w.scheduler.tick();
    // C1's run stays unsettled (sending blind could double it); C2's goes out, and so does the next day's.
    expect(w.sink.sent.map((m) => m.channel)).toEqual(['C2']);
    w.clock.now = Date.parse('2026-03-31T09:00:00Z');
    await w.scheduler.tick();
    expect(w.sink.sent.map((m) => m.channel).sort()).toEqual(['C1', 'C2', 'C2']);
    expect(await w.assembled.app.store.get("SELECT count(*) AS n FROM bot_digest_runs WHERE status = 'sending'")).toEqual({ n: 1 });
  });

  it('GIVEN a 429 for one channel THEN the other is sent in the same pass and the limited one at its Retry-After, each time', async () => {
    const w = await world('2026-03-29T10:00:00Z');
    await w.say('subscribe nps daily at 09:00 UTC', { channel: 'CA' });
    await w.say('subscribe nps daily at 09:00 UTC', { channel: 'CB' });
    const limited = (s: number) => new DigestSendError(`chat.postMessage: rate limited for ${s} s`, false, s * 1000);
    // A is limited twice: 30 s, then 5 s. The backoff alone would wait 30 s and then 120 s.
    w.sink.failFor.set('CA', [limited(30), limited(5)]);
    const due = Date.parse('2026-03-30T09:00:00Z');
    w.clock.now = due;
    await w.scheduler.tick();
    expect(w.sink.sent.map((m) => m.channel)).toEqual(['CB']);
    expect(await w.assembled.app.store.get('SELECT status, retry_at FROM bot_digest_runs WHERE subscription_id = 1')).toEqual({ status: 'due', retry_at: due + 30_000 });
    expect(await w.assembled.subscriptions.nextWake('chat')).toBe(due + 30_000);
    w.clock.now = due + 29_999;
    await w.scheduler.tick();
    expect(w.sink.sent.map((m) => m.channel)).toEqual(['CB']);
    w.clock.now = due + 30_000;
    await w.scheduler.tick();
    expect(await w.assembled.app.store.get('SELECT retry_at FROM bot_digest_runs WHERE subscription_id = 1')).toEqual({ retry_at: due + 35_000 });
    w.clock.now = due + 35_000;
    await w.scheduler.tick();
    expect(w.sink.sent.map((m) => m.channel)).toEqual(['CB', 'CA']);
    expect(await w.assembled.app.store.get('SELECT status, attempts FROM bot_digest_runs WHERE subscription_id = 1')).toEqual({ status: 'sent', attempts: 3 });
  });

  it('GIVEN an unsubscribe while a send waits for its retry THEN the retry sends nothing', async () => {
    const w = await world('2026-03-29T10:00:00Z');
    await w.say('subscribe nps daily at 09:00 UTC');
    w.sink.failNext = new Error('ECONNRESET');
    w.clock.now = Date.parse('2026-03-30T09:00:00Z');
    await w.scheduler.tick();
    await w.say('unsubscribe 1');
    w.clock.now += 31_000;
    await w.scheduler.tick();
    expect(w.sink.sent).toHaveLength(0);
    expect(await w.assembled.app.store.get('SELECT status, note FROM bot_digest_runs')).toEqual({ status: 'skipped', note: 'unsubscribed' });
  });

  it('GIVEN a digest whose question fails in the database THEN the run is retried, not left sending', async () => {
    const w = await world('2026-03-29T10:00:00Z');
    await w.say('subscribe nps daily at 09:00 UTC');
    await w.assembled.app.store.run('ALTER TABLE surveys RENAME TO surveys_gone');
    w.clock.now = Date.parse('2026-03-30T09:00:00Z');
    await w.scheduler.tick();
    expect(await w.assembled.app.store.get('SELECT status, attempts FROM bot_digest_runs')).toEqual({ status: 'due', attempts: 1 });
    await w.assembled.app.store.run('ALTER TABLE surveys_gone RENAME TO surveys');
    w.clock.now += 31_000;
    await w.scheduler.tick();
    expect(w.sink.sent).toHaveLength(1);
  });

  it('GIVEN 50 channels subscribed for the same minute THEN each gets its digest exactly once', async () => {
    const w = await world('2026-03-29T10:00:00Z', (c) => ({ ...c, policy: { ...c.policy, rate_limit: { questions: 0, per_seconds: 60 } } }));
    for (let i = 0; i < 50; i++) await w.say('subscribe nps daily at 09:00 UTC', { channel: `C${100 + i}` });
    w.clock.now = Date.parse('2026-03-30T09:00:30Z');
    await Promise.all([w.scheduler.tick(), w.scheduler.tick(), w.scheduler.tick()]);
    const channels = w.sink.sent.map((m) => m.channel).sort();
    expect(channels).toEqual(Array.from({ length: 50 }, (_, i) => `C${100 + i}`).sort());
  });

  it('GIVEN subscriptions made on another chat THEN this chat’s scheduler leaves them to that one', async () => {
    const w = await world('2026-03-29T10:00:00Z');
    await w.say('subscribe nps daily at 09:00 UTC', { platform: 'console', channel: 'console' });
    w.clock.now = Date.parse('2026-03-30T09:00:00Z');
    await w.scheduler.tick();
    expect(w.sink.sent).toHaveLength(0);
    expect(await w.assembled.app.store.all('SELECT * FROM bot_digest_runs')).toEqual([]);
  });

  it('GIVEN an alert THEN it is sent only when the KPI crosses its threshold; no data changes nothing', async () => {
    const w = await world('2026-03-23T10:00:00Z');
    const confirmed = await w.say('subscribe nps daily at 09:00 UTC alert below 50');
    expect(textOf(confirmed)).toBe(
      'Subscribed this channel (#1) to an alert on `nps` checked every day at 09:00 (UTC), reporting yesterday, sent when nps is below +50.0. First check: Tue 24 Mar 2026 09:00. `unsubscribe 1` stops it.',
    );
    // 24 March reports 23 March, one 10: +100. 25 March reports 24 March: no answers. Then a jump
    // to 30 March, which reports 29 March, one 3: -100, below 50.
    for (const day of ['2026-03-24', '2026-03-25', '2026-03-30']) {
      w.clock.now = Date.parse(`${day}T09:00:00Z`);
      await w.scheduler.tick();
    }
    expect(w.sink.sent).toHaveLength(1);
    expect(textOf(parts(w.sink.sent[0]?.reply)[0]!)).toBe('Alert #1: Net Promoter Score is -100.0, below +50.0');
    const notes = await w.assembled.app.store.all<{ status: string; note: string | null }>('SELECT status, note FROM bot_digest_runs ORDER BY scheduled_for');
    expect(notes).toEqual([
      { status: 'skipped', note: 'alert condition false' },
      { status: 'skipped', note: 'nps has no data' },
      // 26 to 29 March passed without a tick: missed, and recorded so.
      ...Array<{ status: string; note: string }>(4).fill({ status: 'skipped', note: 'missed' }),
      { status: 'sent', note: null },
    ]);
  });

  it('GIVEN an alert true on Monday and Tuesday and false on Wednesday and Thursday THEN it posts Monday and, clearing, Wednesday', async () => {
    const w = await world('2026-04-05T10:00:00Z');
    // One NPS answer a day: Sun 5 April 10 and Mon 6 April 9 (promoters, +100), Tue 7 April 2 and
    // Wed 8 April 0 (detractors, -100). Each 09:00 check reports the day before.
    const days: [string, number][] = [['2026-04-05', 10], ['2026-04-06', 9], ['2026-04-07', 2], ['2026-04-08', 0]];
    for (const [day, score] of days) {
      await w.assembled.app.store.run("INSERT INTO surveys (response_id, customer_id, answered_at, kind, score) VALUES (?, 'A', ?, 'nps', ?)", [`e${day}`, Date.parse(`${day}T12:00:00Z`), score]);
    }
    await w.say('subscribe nps daily at 09:00 UTC alert above 5');
    const states: (string | null)[] = [];
    for (const day of ['2026-04-06', '2026-04-07', '2026-04-08', '2026-04-09']) {
      w.clock.now = Date.parse(`${day}T09:00:00Z`);
      await w.scheduler.tick();
      states.push((await w.assembled.app.store.get<{ alert_state: string | null }>('SELECT alert_state FROM bot_subscriptions'))?.alert_state ?? null);
    }
    expect(w.sink.sent.map((m) => textOf(parts(m.reply)[0]!))).toEqual([
      'Alert #1: Net Promoter Score is +100.0, above +5.0',
      'Alert #1 cleared: Net Promoter Score is -100.0, no longer above +5.0',
    ]);
    expect(w.sink.sent.map((m) => m.key)).toEqual([`1@${Date.parse('2026-04-06T09:00:00Z')}`, `1@${Date.parse('2026-04-08T09:00:00Z')}`]);
    expect(await runsOf(w)).toEqual([
      { at: '2026-04-06T09:00:00.000Z', status: 'sent', note: null },
      { at: '2026-04-07T09:00:00.000Z', status: 'skipped', note: 'alert still true' },
      { at: '2026-04-08T09:00:00.000Z', status: 'sent', note: null },
      { at: '2026-04-09T09:00:00.000Z', status: 'skipped', note: 'alert condition false' },
    ]);
    expect(states).toEqual(['on', 'on', 'off', 'off']);
    // The state is the subscription's, so a restart does not post the same crossing again.
    await w.restart();
    expect((await w.assembled.subscriptions.get(1))?.alertState).toBe('off');
  });

  it('GIVEN a channel the bot was removed from THEN the run fails for good and is not retried; other errors are retried', async () => {
    const w = await world('2026-03-29T10:00:00Z');
    await w.say('subscribe nps daily at 09:00 UTC');
    w.sink.failNext = new DigestSendError('chat.postMessage: not_in_channel', true);
    w.clock.now = Date.parse('2026-03-30T09:00:00Z');
    await w.scheduler.tick();
    w.clock.now += 3_600_000;
    await w.scheduler.tick();
    expect(w.sink.sent).toHaveLength(0);
    expect(await w.assembled.app.store.get('SELECT status, note FROM bot_digest_runs')).toEqual({ status: 'failed', note: 'Error: chat.postMessage: not_in_channel' });
    // Failure is told where it can be seen, once, not only logged.
    expect(w.sink.notices).toEqual([
      { channel: 'C1', text: 'The digest #1 `nps` could not be sent (chat.postMessage: not_in_channel). `digest 1 log` shows its firings; `digest 1 now` tries again.' },
    ]);

    w.sink.failNext = new Error('ECONNRESET');
    w.clock.now = Date.parse('2026-03-31T09:00:00Z');
    await w.scheduler.tick();
    expect(w.sink.sent).toHaveLength(0);
    w.clock.now += 31_000;
    await w.scheduler.tick();
    expect(w.sink.sent).toHaveLength(1);
  });

  it('GIVEN subscriptions THEN they are listed, survive a restart, and stop when unsubscribed', async () => {
    const w = await world('2026-03-25T10:00:00Z');
    await w.say('assinar nps semanal segunda às 08:30 America/Sao_Paulo');
    await w.say('aboneaza nps lunar 15 la 07:00');
    await w.restart();
    const list = textOf(await w.say('subscriptions'));
    expect(list).toBe(
      [
        'Subscriptions of this channel:',
        '#1 `nps` every Monday at 08:30 (America/Sao_Paulo); by U1',
        '  next: Mon 30 Mar 2026 08:30, Mon 6 Apr 2026 08:30, Mon 13 Apr 2026 08:30',
        '  last: none yet',
        '#2 `nps` on day 15 of every month at 07:00 (UTC); by U1',
        '  next: Wed 15 Apr 2026 07:00, Fri 15 May 2026 07:00, Mon 15 Jun 2026 07:00',
        '  last: none yet',
      ].join('\n'),
    );
    expect(textOf(await w.say('unsubscribe 1'))).toBe('Unsubscribed #1: this channel gets no more of it.');
    expect(textOf(await w.say('unsubscribe 1'))).toMatch(/^error: This channel has no subscription #1/);
    // Another channel cannot stop this one's digest.
    expect(textOf(await w.say('unsubscribe 2', { channel: 'C9' }))).toMatch(/^error: This channel has no subscription #2/);
    w.clock.now = Date.parse('2026-03-30T12:00:00Z');
    await w.scheduler.tick();
    expect(w.sink.sent).toHaveLength(0);
  });

  it('GIVEN managers in the config THEN only they subscribe or unsubscribe; restricted KPIs only where allowed', async () => {
    const w = await world('2026-03-25T10:00:00Z', (c) => ({
      ...c,
      policy: { ...c.policy, subscription_managers: ['U1'], restricted: [{ kpis: ['revenue'], channels: ['finance'] }] },
    }));
    expect(textOf(await w.say('subscribe nps daily', { user: 'U2' }))).toMatch(/^error: Only subscription managers/);
    expect(textOf(await w.say('subscriptions', { user: 'U2' }))).toMatch(/no subscriptions/);
    expect(textOf(await w.say('subscribe revenue weekly'))).toMatch(/^error: revenue is not shared in this channel/);
    expect(textOf(await w.say('subscribe revenue weekly', { channel: 'C7', channelName: 'finance' }))).toMatch(/^Subscribed this channel \(#1\)/);
  });

  it('GIVEN a cron with seconds, or more often than the minimum THEN it is refused and says why; the minimum is the config\'s', async () => {
    const w = await world('2026-03-25T10:00:00Z');
    expect(textOf(await w.say('subscribe nps cron "* * * * * *"'))).toBe(
      'error: `* * * * * *` is not a cron schedule I can use (it has 6 fields; write five: minute, hour, day of month, month, day of week). Write five fields in quotes, e.g. `cron "0 9 * * 1-5"` for 09:00 on weekdays.',
    );
    expect(textOf(await w.say('subscribe nps cron "*/30 * * * *"'))).toBe(
      'error: That schedule sends as often as every 30 minutes; here a digest goes out at most every 1 hour. Pick a slower one, e.g. `cron "0 9 * * 1-5"` or `daily at 09:00`, or ask an admin to lower `digest_min_interval_minutes` in kpibot.config.yaml.',
    );
    // 09:00 and 09:15 on the first of the month: 15 minutes apart, however rare the day.
    expect(textOf(await w.say('subscribe nps cron "0,15 9 1 * *"'))).toMatch(/^error: That schedule sends as often as every 15 minutes/);
    expect(textOf(await w.say('subscribe nps cron "0 * * * *"'))).toMatch(/^Subscribed this channel \(#1\)/);
    const relaxed = await world('2026-03-25T10:00:00Z', (c) => ({ ...c, digestMinIntervalMinutes: 30 }));
    expect(textOf(await relaxed.say('subscribe nps cron "*/30 * * * *"'))).toMatch(/^Subscribed this channel \(#1\)/);
  });

  it('GIVEN a subscription that cannot be answered THEN it is refused at once, with what to do', async () => {
    const w = await world('2026-03-25T10:00:00Z');
    expect(textOf(await w.say('subscribe nps'))).toMatch(/^error: Say how often/);
    expect(textOf(await w.say('subscribe nps daily in Mars/Olympus'))).toMatch(/^error: `Mars\/Olympus` is not a time zone/);
    expect(textOf(await w.say('subscribe nps monthly 31'))).toMatch(/^error: A monthly digest goes out on day 1 to 28/);
    expect(textOf(await w.say('subscribe nps, churn daily target 5'))).toMatch(/^error: After `target`/);
    expect(textOf(await w.say('subscribe nps cron "61 9 * * *"'))).toMatch(/^error: `61 9 \* \* \*` is not a cron schedule/);
    expect(textOf(await w.say('subscribe nps by category daily'))).toMatch(/^error: nps cannot be broken down or filtered by category/);
    expect(textOf(await w.say('unsubscribe all'))).toMatch(/^error: Give the number of the subscription/);
  });
});
