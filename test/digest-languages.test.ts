import { describe, expect, it } from 'vitest';
import { DigestSendError } from '../bot/digest/digest-scheduler.js';
import { describeSchedule } from '../bot/digest/schedule.js';
import { voiceOf } from '../bot/i18n/voice.js';
import { headlineOf, parts, textOf, world, type World } from './digest-world.js';

/** Intl puts a no-break space between a number and its currency or percent sign in pt-PT and ro-RO. */
const NBSP = '\u00a0';
const at = (iso: string): number => Date.parse(iso);
const firstLine = (w: World, i = 0): string => textOf(parts(w.sink.sent[i]?.reply)[0] ?? { kind: 'text', text: '' });
const stored = (w: World) => w.assembled.app.store.all<{ language: string | null; locale: string | null }>('SELECT language, locale FROM bot_subscriptions ORDER BY id');

describe('digests in the subscriber’s language', () => {
  it('GIVEN a subscription made in Portuguese THEN it confirms, lists, logs, posts its digest and its failure notice in Portuguese with Portuguese numbers', async () => {
    const w = await world('2026-03-25T10:00:00Z');
    // `assinar`, `semanal`, `segunda`, `às`, `meta` are the reader's Portuguese words; the platform says the person reads Portuguese.
    const pt = { language: 'pt' as const };
    expect(textOf(await w.say('assinar nps semanal segunda às 09:00 Europe/Lisbon meta 40', pt))).toBe(
      'Subscrição #1: este canal recebe o resumo de `nps` todas as segundas-feiras às 09:00 (Europe/Lisbon), período: semana passada, meta: nps +40,0. ' +
        'Primeiro envio: segunda, 30/03/2026, 09:00. `cancelar 1` termina-a.',
    );
    expect(await stored(w)).toEqual([{ language: 'pt', locale: 'pt-PT' }]);

    // Monday 30 March 09:00 in Lisbon is 08:00Z (summer time); no message comes with it.
    w.clock.now = at('2026-03-30T08:00:05Z');
    await w.scheduler.tick();
    expect(firstLine(w)).toBe('Resumo #1, todas as segundas-feiras às 09:00 (Europe/Lisbon)');
    const h = headlineOf(w.sink.sent[0]?.reply);
    // Week 13: +33.3 against +100 the week before, under the target of 40.
    expect(h?.value).toBe('+33,3');
    expect(h?.delta?.text).toBe('−66,7 pontos');
    expect(h?.context).toContain('meta +40,0: não atingida');

    expect(textOf(await w.say('assinaturas', pt))).toBe(
      [
        'Subscrições deste canal:',
        '#1 `nps` todas as segundas-feiras às 09:00 (Europe/Lisbon), meta: nps +40,0; criada por U1',
        '  próximos: segunda, 6/04/2026, 09:00; segunda, 13/04/2026, 09:00; segunda, 20/04/2026, 09:00',
        '  último: segunda, 30/03/2026, 09:00 enviado',
      ].join('\n'),
    );

    // The next Monday the channel is gone: people are told, in Portuguese, what to type.
    w.sink.failNext = new DigestSendError('channel_not_found', true);
    w.clock.now = at('2026-04-06T08:00:05Z');
    await w.scheduler.tick();
    expect(w.sink.notices).toEqual([
      { channel: 'C1', text: 'Não foi possível enviar o resumo #1 `nps` (channel_not_found). `resumo 1 registo` mostra os envios; `resumo 1 agora` tenta de novo.' },
    ]);
    expect(textOf(await w.say('resumo 1 registo', pt))).toBe(
      [
        'Últimos envios da #1 (Europe/Lisbon), do mais recente para o mais antigo:',
        // The platform's own error is shown as it said it.
        'segunda, 6/04/2026, 09:00 falhou: Error: channel_not_found',
        'segunda, 30/03/2026, 09:00 enviado',
      ].join('\n'),
    );
    expect(textOf(await w.say('cancelar 1', pt))).toBe('Subscrição #1 cancelada: este canal deixa de a receber.');
  });

  it('GIVEN a subscription made in Romanian THEN it confirms, posts its digest, pauses and resumes in Romanian with Romanian numbers', async () => {
    const w = await world('2026-03-25T10:00:00Z');
    // ă, â and ț say the line is Romanian.
    expect(textOf(await w.say('abonare nps săptămânal luni la 09:00 Europe/Bucharest ținta 40'))).toBe(
      'Abonamentul #1: canalul acesta primește rezumatul `nps` în fiecare luni la 09:00 (Europe/Bucharest), perioada: săptămâna trecută, ținta: nps +40,0. ' +
        'Prima trimitere: lun., 30 mar. 2026, 09:00. `dezabonează 1` îl oprește.',
    );
    expect(await stored(w)).toEqual([{ language: 'ro', locale: 'ro-RO' }]);
    // 09:00 in Bucharest on 30 March (summer time from the 29th, UTC+3) is 06:00Z.
    w.clock.now = at('2026-03-30T06:00:05Z');
    await w.scheduler.tick();
    expect(firstLine(w)).toBe('Rezumatul #1, în fiecare luni la 09:00 (Europe/Bucharest)');
    const h = headlineOf(w.sink.sent[0]?.reply);
    expect(h?.value).toBe('+33,3');
    expect(h?.delta?.text).toBe('−66,7 puncte');
    expect(h?.context).toContain('țintă +40,0: neatinsă');

    expect(textOf(await w.say('pauză 1'))).toBe('Abonamentul #1 a fost pus în pauză: trimiterile sunt sărite până la `reia 1`.');
    expect(textOf(await w.say('reia 1', { language: 'ro' }))).toBe(
      'Abonamentul #1 a fost reluat; următoarea trimitere: lun., 6 apr. 2026, 09:00. Trimiterile din timpul pauzei nu se mai fac.',
    );
  });

  it('GIVEN a Romanian alert THEN its confirmation and its raise are Romanian', async () => {
    const w = await world('2026-03-29T10:00:00Z');
    expect(textOf(await w.say('abonare nps zilnic la 09:00 UTC alertă sub 50'))).toBe(
      'Abonamentul #1: canalul acesta primește o alertă pentru `nps`, verificată în fiecare zi la 09:00 (UTC), perioada: ieri, când nps este sub +50,0. ' +
        'Prima verificare: lun., 30 mar. 2026, 09:00. `dezabonează 1` o oprește.',
    );
    // 29 March: one answer, a 3: one detractor of one, −100 (ro-RO's Intl writes the minus as a hyphen).
    w.clock.now = at('2026-03-30T09:00:05Z');
    await w.scheduler.tick();
    expect(firstLine(w)).toBe('Alertă #1: Scorul net de promovare (NPS) este -100,0, sub +50,0');
  });

  it('GIVEN a subscription stored without a language (made before migration 12) THEN its digest speaks the workspace’s language', async () => {
    const w = await world('2026-03-25T10:00:00Z', (c) => ({ ...c, language: 'ro' }));
    // The platform says English: the confirmation is English, and the row keeps it until made old below.
    expect(textOf(await w.say('subscribe nps daily at 09:00 UTC', { language: 'en' }))).toBe(
      'Subscribed this channel (#1) to a digest of `nps` every day at 09:00 (UTC), reporting yesterday. First: Thu 26 Mar 2026 09:00. `unsubscribe 1` stops it.',
    );
    await w.assembled.app.store.run('UPDATE bot_subscriptions SET language = NULL, locale = NULL');
    w.clock.now = at('2026-03-26T09:00:05Z');
    await w.scheduler.tick();
    expect(firstLine(w)).toBe('Rezumatul #1, în fiecare zi la 09:00 (UTC)');
    // 25 March: one answer, a 9: one promoter of one.
    expect(headlineOf(w.sink.sent[0]?.reply)?.value).toBe('+100,0');
  });

  it('GIVEN each kind of schedule THEN Portuguese and Romanian say it with Intl’s weekday names, and Portuguese says `à` before one o’clock', () => {
    const pt = voiceOf('pt', { currency: 'EUR' });
    const ro = voiceOf('ro', { currency: 'RON' });
    const en = voiceOf('en', { currency: 'USD' });
    expect(describeSchedule({ kind: 'daily', at: '01:30' }, 'Europe/Lisbon', pt)).toBe('todos os dias à 01:30 (Europe/Lisbon)');
    expect(describeSchedule({ kind: 'weekly', day: 'saturday', at: '18:00' }, 'Europe/Lisbon', pt)).toBe('todos os sábados às 18:00 (Europe/Lisbon)');
    expect(describeSchedule({ kind: 'weekly', day: 'wednesday', at: '07:00' }, 'Europe/Lisbon', pt)).toBe('todas as quartas-feiras às 07:00 (Europe/Lisbon)');
    expect(describeSchedule({ kind: 'monthly', day: 1, at: '08:00' }, 'Europe/Lisbon', pt)).toBe('no dia 1 de cada mês às 08:00 (Europe/Lisbon)');
    expect(describeSchedule({ kind: 'cron', expression: '0 9 * * 1-5' }, 'Europe/Lisbon', pt)).toBe('segundo o cron "0 9 * * 1-5" (Europe/Lisbon)');
    expect(describeSchedule({ kind: 'weekly', day: 'sunday', at: '18:00' }, 'Europe/Bucharest', ro)).toBe('în fiecare duminică la 18:00 (Europe/Bucharest)');
    expect(describeSchedule({ kind: 'monthly', day: 15, at: '08:00' }, 'Europe/Bucharest', ro)).toBe('pe data de 15 a fiecărei luni la 08:00 (Europe/Bucharest)');
    expect(describeSchedule({ kind: 'weekly', day: 'wednesday', at: '07:00' }, 'UTC', en)).toBe('every Wednesday at 07:00 (UTC)');
  });
});

describe('targets in Romanian', () => {
  it('GIVEN a target set in Romanian THEN it is confirmed and listed in Romanian, and a Romanian answer’s progress and pace lines are Romanian', async () => {
    // 15 December 09:30: day 15 of 31; $600 so far, so $600 × 31 / 15 = $1,240 by the 31st.
    const w = await world('2026-12-15T09:30:00Z');
    for (const [id, day, amount] of [['d1', '2026-12-03', 350], ['d2', '2026-12-14', 250]] as const) {
      await w.assembled.app.store.run("INSERT INTO orders (order_id, customer_id, ordered_at, amount, status) VALUES (?, 'A', ?, ?, 'completed')", [id, at(`${day}T12:00:00Z`), amount]);
    }
    expect(textOf(await w.say('țintă venituri cel puțin 1200 lună'))).toBe(
      `Țintă stabilită: Revenue (revenue) ≥ 1.200,00${NBSP}USD pe lună. Fiecare răspuns și rezumat pentru revenue arată acum dacă ținta este atinsă; \`fără țintă revenue\` o șterge.`,
    );
    expect(textOf(await w.say('ținte'))).toBe(`Țintele acestui spațiu de lucru:\nRevenue (revenue) ≥ 1.200,00${NBSP}USD pe lună; stabilită de U1 pe 15 dec. 2026`);
    const context = headlineOf(await w.say('venituri luna aceasta'))?.context ?? [];
    expect(context).toContain(`țintă ≥ 1.200,00${NBSP}USD: neatinsă: lipsesc 600,00${NBSP}USD până acum`);
    expect(context).toContain(`în ritmul actual, 1.240,00${NBSP}USD până la 31 dec.: atinsă`);
  });
});
