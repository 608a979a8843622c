import { describe, expect, it } from 'vitest';
import { DigestSendError } from '../bot/digest/digest-scheduler.js';
import { headlineOf, parts, quiet, textOf, world, type World } from './digest-world.js';

const at = (iso: string): number => Date.parse(iso);
const runs = (w: World) =>
  w.assembled.app.store.all<{ subscription_id: number; scheduled_for: number; status: string; note: string | null }>(
    'SELECT subscription_id, scheduled_for, status, note FROM bot_digest_runs ORDER BY subscription_id, scheduled_for',
  );
/** Moves the clock and runs one scheduler pass, as the loop would at that instant. */
async function tickAt(w: World, iso: string): Promise<void> {
  w.clock.now = at(iso);
  await w.scheduler.tick();
}

describe('digest commands: pause and resume', () => {
  it('GIVEN a paused daily digest THEN its firings are recorded as skipped, and resuming sends from the next firing with no backlog', async () => {
    const w = await world('2026-03-29T10:00:00Z');
    await w.say('subscribe nps daily at 09:00 UTC');
    const paused = await w.say('pause 1');
    expect(paused.kind === 'text' && paused.shared).toBe(true);
    expect(textOf(paused)).toBe('Paused #1: its firings are skipped until `resume 1`.');
    expect(textOf(await w.say('pause 1'))).toBe('#1 is already paused; `resume 1` starts it again.');

    await tickAt(w, '2026-03-30T09:00:05Z');
    await tickAt(w, '2026-03-31T09:00:05Z');
    expect(w.sink.sent).toHaveLength(0);

    // kpibot is down over 1 April 09:00; resumed at noon, it does not send 1 April late.
    w.clock.now = at('2026-04-01T12:00:00Z');
    expect(textOf(await w.say('resume 1'))).toBe('Resumed #1: next Thu 2 Apr 2026 09:00. The firings it missed while paused are not sent.');
    // Asked in Portuguese, answered in Portuguese: 2 April 2026 is a Thursday (quinta), in pt-PT's d/MM/yyyy.
    expect(textOf(await w.say('retomar 1'))).toBe('A subscrição #1 não está em pausa; próximo envio: quinta, 2/04/2026, 09:00.');
    await w.scheduler.tick();
    expect(w.sink.sent).toHaveLength(0);
    await tickAt(w, '2026-04-02T09:00:05Z');
    expect(w.sink.sent.map((m) => m.key)).toEqual([`1@${at('2026-04-02T09:00:00Z')}`]);
    expect(await runs(w)).toEqual([
      { subscription_id: 1, scheduled_for: at('2026-03-30T09:00:00Z'), status: 'skipped', note: 'paused' },
      { subscription_id: 1, scheduled_for: at('2026-03-31T09:00:00Z'), status: 'skipped', note: 'paused' },
      { subscription_id: 1, scheduled_for: at('2026-04-02T09:00:00Z'), status: 'sent', note: null },
    ]);
  });

  it('GIVEN a pause while a failed send waits for its retry THEN the retry is skipped as paused', async () => {
    const w = await world('2026-03-29T10:00:00Z');
    await w.say('subscribe nps daily at 09:00 UTC');
    w.sink.failNext = new Error('ECONNRESET');
    await tickAt(w, '2026-03-30T09:00:00Z');
    await w.say('pauză 1');
    w.clock.now += 31_000;
    await w.scheduler.tick();
    expect(w.sink.sent).toHaveLength(0);
    expect(await runs(w)).toEqual([{ subscription_id: 1, scheduled_for: at('2026-03-30T09:00:00Z'), status: 'skipped', note: 'paused' }]);
  });

  it('GIVEN managers in the config THEN only they pause, resume or send now; anyone lists and reads the log; a channel manages only its own', async () => {
    const w = await world('2026-03-25T10:00:00Z', (c) => ({ ...c, policy: { ...c.policy, subscription_managers: ['U1'] } }));
    await w.say('subscribe nps daily at 09:00 UTC');
    for (const line of ['pause 1', 'resume 1', 'digest 1 now']) {
      expect(textOf(await w.say(line, { user: 'U2' })), line).toMatch(/^error: Only subscription managers/);
    }
    // Asked in Portuguese, refused in Portuguese.
    for (const line of ['resumo 1 agora']) {
      expect(textOf(await w.say(line, { user: 'U2' })), line).toMatch(/^error: Só os gestores de assinaturas/);
    }
    expect(textOf(await w.say('digest 1 log', { user: 'U2' }))).toBe('#1 has not fired yet; first: Thu 26 Mar 2026 09:00.');
    expect(textOf(await w.say('subscriptions', { user: 'U2' }))).toMatch(/^Subscriptions of this channel:\n#1 /);
    for (const line of ['pause 1', 'resume 1', 'digest 1 now', 'digest 1 log']) {
      expect(textOf(await w.say(line, { channel: 'C9' })), line).toBe('error: This channel has no subscription #1. `subscriptions` lists the ones it has.');
    }
    expect(await runs(w)).toEqual([]);
  });

  it('GIVEN a command without a number or an action THEN it says how to write it', async () => {
    const w = await world('2026-03-25T10:00:00Z');
    expect(textOf(await w.say('pause'))).toBe('error: Give the number of the subscription to pause, e.g. `pause 3`; `subscriptions` lists them.');
    expect(textOf(await w.say('resume all'))).toBe('error: Give the number of the subscription to resume, e.g. `resume 3` (not `all`); `subscriptions` lists them.');
    expect(textOf(await w.say('digest 1'))).toBe(
      'error: `digest 3 now` sends subscription #3 to this channel now; `digest 3 log` shows its last 10 firings (not `digest 1`). `subscriptions` lists the numbers.',
    );
    expect(textOf(await w.say('digest now'))).toMatch(/^error: `digest 3 now` sends/);
  });
});

describe('digest commands: digest N now', () => {
  it('GIVEN `digest 1 now` THEN the scheduler sends it once, as of now, recorded as a manual firing, and the schedule is unchanged', async () => {
    const w = await world('2026-03-25T10:00:00Z');
    await w.say('subscribe nps weekly on monday at 09:00 Europe/Lisbon');
    w.clock.now = at('2026-03-26T15:30:00Z');
    const asked = await w.say('digest 1 now');
    expect(asked.kind === 'text' && asked.shared).toBe(true);
    expect(textOf(asked)).toBe('Sending #1 `nps` to this channel now; its schedule is unchanged.');
    await w.scheduler.tick();
    await w.scheduler.tick();
    expect(w.sink.sent.map((m) => [m.channel, m.key])).toEqual([['C1', `1@${at('2026-03-26T15:30:00Z')}`]]);
    const digest = w.sink.sent[0]?.reply;
    expect(textOf(parts(digest)[0]!)).toBe('Digest #1, every Monday at 09:00 (Europe/Lisbon)');
    // As of Thursday 26 March, last week is week 12 (16–22 March): two answers of 10, +100.
    expect(headlineOf(digest)?.interpretation).toBe('last week (Mar 16 – 22, 2026, UTC)');
    expect(headlineOf(digest)?.value).toBe('+100.0');
    expect(await runs(w)).toEqual([{ subscription_id: 1, scheduled_for: at('2026-03-26T15:30:00Z'), status: 'sent', note: 'manual' }]);
    const [s] = await w.assembled.subscriptions.list('C1');
    expect(new Date(s?.nextRunAt ?? 0).toISOString()).toBe('2026-03-30T08:00:00.000Z');
    // The Monday firing still goes out on its own.
    await tickAt(w, '2026-03-30T08:00:05Z');
    expect(w.sink.sent.map((m) => m.key)).toEqual([`1@${at('2026-03-26T15:30:00Z')}`, `1@${at('2026-03-30T08:00:00Z')}`]);
  });

  it('GIVEN a paused subscription THEN `digest N now` still sends it (a manager asked), in Portuguese and Romanian too', async () => {
    const w = await world('2026-03-25T10:00:00Z');
    await w.say('subscribe nps daily at 09:00 UTC');
    await w.say('pause 1');
    w.clock.now = at('2026-03-25T11:00:00Z');
    await w.say('resumo 1 agora');
    await w.scheduler.tick();
    w.clock.now = at('2026-03-25T12:00:00Z');
    await w.say('digest 1 acum');
    await w.scheduler.tick();
    expect(w.sink.sent.map((m) => m.key)).toEqual([`1@${at('2026-03-25T11:00:00Z')}`, `1@${at('2026-03-25T12:00:00Z')}`]);
  });

  it('GIVEN a manual send that fails for good THEN its note keeps saying it was manual', async () => {
    const w = await world('2026-03-25T10:00:00Z');
    await w.say('subscribe nps daily at 09:00 UTC');
    w.sink.failNext = new Error('ECONNRESET');
    await w.say('digest 1 now');
    await w.scheduler.tick();
    expect(await runs(w)).toEqual([{ subscription_id: 1, scheduled_for: at('2026-03-25T10:00:00Z'), status: 'due', note: 'manual: Error: ECONNRESET' }]);
    w.sink.failNext = new DigestSendError('chat.postMessage: not_in_channel', true);
    w.clock.now += 31_000;
    await w.scheduler.tick();
    expect(await runs(w)).toEqual([
      { subscription_id: 1, scheduled_for: at('2026-03-25T10:00:00Z'), status: 'failed', note: 'manual: Error: chat.postMessage: not_in_channel' },
    ]);
    expect(textOf(await w.say('digest 1 log'))).toBe(
      ['Last firings of #1 (UTC), newest first:', 'Wed 25 Mar 2026 10:00 manual, failed: Error: chat.postMessage: not_in_channel'].join('\n'),
    );
  });

  it('GIVEN the running scheduler loop THEN `digest N now` wakes it: sent without a tick, without waiting for the schedule', async () => {
    const w = await world('2026-03-25T10:00:00Z');
    await w.say('subscribe nps daily at 09:00 UTC');
    const loop = w.assembled.startDigests(w.sink, quiet);
    // Let the loop's first pass settle into its sleep (the next firing is tomorrow).
    await new Promise((r) => setTimeout(r, 300));
    await w.say('digest 1 now');
    const deadline = Date.now() + 5_000;
    while (w.sink.sent.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    await loop.stop();
    expect(w.sink.sent.map((m) => m.key)).toEqual([`1@${at('2026-03-25T10:00:00Z')}`]);
  });
});

describe('digest commands: subscriptions and digest N log', () => {
  it('GIVEN twelve days of a daily digest, a failure, a pause and a manual send THEN the log shows the last ten and the list each one’s next three and last', async () => {
    const w = await world('2026-03-29T10:00:00Z');
    await w.say('subscribe nps daily at 09:00 UTC');
    await w.say('subscribe nps weekly on monday at 09:00 Europe/Lisbon');
    for (let day = 30; day <= 41; day++) {
      const date = day <= 31 ? `2026-03-${day}` : `2026-04-${String(day - 31).padStart(2, '0')}`;
      if (date === '2026-04-02') w.sink.failNext = new DigestSendError('chat.postMessage: not_in_channel', true);
      await tickAt(w, `${date}T09:00:05Z`);
      if (date === '2026-04-06') await w.say('pause 1');
      if (date === '2026-04-08') {
        w.clock.now = at('2026-04-08T12:00:00Z');
        await w.say('resume 1');
        await w.say('pause 2');
      }
    }
    w.clock.now = at('2026-04-10T15:00:00Z');
    await w.say('digest 1 now');
    await w.scheduler.tick();

    expect(textOf(await w.say('digest 1 log'))).toBe(
      [
        'Last firings of #1 (UTC), newest first:',
        'Fri 10 Apr 2026 15:00 manual, sent',
        'Fri 10 Apr 2026 09:00 sent',
        'Thu 9 Apr 2026 09:00 sent',
        'Wed 8 Apr 2026 09:00 skipped: paused',
        'Tue 7 Apr 2026 09:00 skipped: paused',
        'Mon 6 Apr 2026 09:00 sent',
        'Sun 5 Apr 2026 09:00 sent',
        'Sat 4 Apr 2026 09:00 sent',
        'Fri 3 Apr 2026 09:00 sent',
        'Thu 2 Apr 2026 09:00 failed: Error: chat.postMessage: not_in_channel',
      ].join('\n'),
    );
    // Lisbon is on summer time (UTC+1) from 29 March: #2 fires at 08:00Z, paused at 12:00Z is 13:00 there.
    expect(textOf(await w.say('subscriptions'))).toBe(
      [
        'Subscriptions of this channel:',
        '#1 `nps` every day at 09:00 (UTC); by U1',
        '  next: Sat 11 Apr 2026 09:00, Sun 12 Apr 2026 09:00, Mon 13 Apr 2026 09:00',
        '  last: Fri 10 Apr 2026 15:00 manual, sent',
        '#2 `nps` every Monday at 09:00 (Europe/Lisbon); paused since Wed 8 Apr 2026 13:00; by U1',
        '  next (skipped while paused): Mon 13 Apr 2026 09:00, Mon 20 Apr 2026 09:00, Mon 27 Apr 2026 09:00',
        '  last: Mon 6 Apr 2026 09:00 sent',
      ].join('\n'),
    );
    expect(textOf(await w.say('digest 2 istoric'))).toBe(['Last firings of #2 (Europe/Lisbon), newest first:', 'Mon 6 Apr 2026 09:00 sent', 'Mon 30 Mar 2026 09:00 sent'].join('\n'));
  });

  it('GIVEN a send waiting for its retry THEN the list says when it will try again and why', async () => {
    const w = await world('2026-03-29T10:00:00Z');
    await w.say('subscribe nps daily at 09:00 UTC');
    w.sink.failNext = new Error('ECONNRESET');
    await tickAt(w, '2026-03-30T09:00:00Z');
    expect(textOf(await w.say('subscriptions'))).toBe(
      [
        'Subscriptions of this channel:',
        '#1 `nps` every day at 09:00 (UTC); by U1',
        '  next: Tue 31 Mar 2026 09:00, Wed 1 Apr 2026 09:00, Thu 2 Apr 2026 09:00',
        '  last: Mon 30 Mar 2026 09:00 waiting to retry at Mon 30 Mar 2026 09:00 (Error: ECONNRESET)',
      ].join('\n'),
    );
  });
});
