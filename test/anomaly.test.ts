import { describe, expect, it } from 'vitest';
import { robustOutlier } from '../bot/anomaly/robust-outlier.js';
import { headlineOf, parts, textOf, world, type World } from './digest-world.js';

/**
 * Complaints per ISO week 2026-W01 (29 December – 4 January) to W12 (16–22 March), all from
 * customer A (SMB, Europe): median 30.5; absolute deviations 0.5 ×6, 1.5 ×4, 2.5 ×2, so MAD 1;
 * threshold 3.5 × 1.4826 × 1 = 5.1891. Last week, W13 (23–29 March), is asked on 30 March.
 */
const EARLIER = [30, 31, 29, 32, 30, 31, 28, 33, 30, 31, 29, 32];
const W01 = Date.parse('2025-12-31T12:00:00Z');
const WEEK = 7 * 86_400_000;

/** `earlier[i]` complaints in week i + 1 (null: no tickets at all), then `smb` + `enterprise` in W13. */
async function seedWeeks(w: World, earlier: readonly (number | null)[], smb: number, enterprise: number): Promise<void> {
  const store = w.assembled.app.store;
  await store.run("INSERT INTO customers (customer_id, segment, region, signup_at) VALUES ('B', 'Enterprise', 'Americas', 0)");
  let n = 0;
  const ticket = (customer: string, at: number) =>
    store.run('INSERT INTO tickets (ticket_id, customer_id, opened_at, is_complaint) VALUES (?, ?, ?, 1)', [`t${n++}`, customer, at]);
  for (const [i, count] of earlier.entries()) for (let k = 0; k < (count ?? 0); k++) await ticket('A', W01 + i * WEEK);
  for (let k = 0; k < smb; k++) await ticket('A', W01 + 12 * WEEK);
  for (let k = 0; k < enterprise; k++) await ticket('B', W01 + 12 * WEEK);
}

async function asked(earlier: readonly (number | null)[], smb: number, enterprise = 0): Promise<World> {
  const w = await world('2026-03-30T10:00:00Z');
  await seedWeeks(w, earlier, smb, enterprise);
  return w;
}

const unusualLine = (context: readonly string[] | undefined) => context?.find((c) => c.startsWith('unusual:'));

describe('anomaly flag: a single number against its own last 12 periods', () => {
  it('GIVEN the hand-worked history THEN the rule gives median 30.5, MAD 1 and threshold 5.1891', () => {
    const c = robustOutlier(40, EARLIER);
    expect(c.kind).toBe('unusual');
    if (c.kind !== 'unusual') return;
    expect(c.median).toBe(30.5);
    expect(c.mad).toBe(1);
    expect(c.threshold).toBeCloseTo(5.1891, 4);
    expect(robustOutlier(34, EARLIER).kind).toBe('usual');
    expect(robustOutlier(40, [30, 30, 30, 30, 30, 30, 30, 31, 29, 32, 30, 30]).kind).toBe('no-spread');
    expect(robustOutlier(40, [null, null, null, null, null, 30, 31, 29, 32, 30, 31, 28]).kind).toBe('few-periods');
  });

  it('GIVEN 40 complaints last week (32 SMB, 8 Enterprise) THEN the headline flags it, with the leading contributor of why', async () => {
    const w = await asked(EARLIER, 32, 8);
    const h = headlineOf(await w.say('complaints last-week'));
    expect(h?.value).toBe('40');
    // |40 − 30.5| = 9.5 > 5.19. W12 had 32, all SMB: Enterprise's 8 are the whole change of +8.
    expect(unusualLine(h?.context)).toBe(
      'unusual: 40 customer complaints is far above the last 12 weeks (median 30.5, typical spread ±1.5); Enterprise (segment) accounts for +8 of the change vs the previous week',
    );
  });

  it('GIVEN 34 complaints last week THEN nothing is flagged: |34 − 30.5| = 3.5 is within 5.19', async () => {
    const w = await asked(EARLIER, 34);
    const h = headlineOf(await w.say('complaints last-week'));
    expect(h?.value).toBe('34');
    expect(unusualLine(h?.context)).toBeUndefined();
  });

  it('GIVEN a history whose MAD is 0 THEN nothing is flagged, and explain says why', async () => {
    const w = await asked([30, 30, 30, 30, 30, 30, 30, 31, 29, 32, 30, 30], 40);
    expect(unusualLine(headlineOf(await w.say('complaints last-week'))?.context)).toBeUndefined();
    expect(textOf(await w.say('explain complaints last-week'))).toContain('Anomaly check: skipped, median 30 and MAD 0');
  });

  it('GIVEN data only since W06 (7 of the 12 weeks) THEN nothing is flagged: weeks before the data began have no value', async () => {
    const w = await asked([null, null, null, null, null, 31, 28, 33, 30, 31, 29, 32], 60);
    expect(unusualLine(headlineOf(await w.say('complaints last-week'))?.context)).toBeUndefined();
    expect(textOf(await w.say('explain complaints last-week'))).toContain('Anomaly check: skipped, only 7 of 12 have a value (at least 8 needed)');
  });

  it('GIVEN 40 complaints THEN explain shows the rule, the 12 values, median, MAD and threshold', async () => {
    const w = await asked(EARLIER, 32, 8);
    const explained = textOf(await w.say('explain complaints last-week'));
    expect(explained).toContain('unusual when |value − m| > 3.5 × 1.4826 × MAD (a modified z-score above 3.5)');
    expect(explained).toContain(
      'Last 12 weeks, oldest first: 2026-W01 30, 2026-W02 31, 2026-W03 29, 2026-W04 32, 2026-W05 30, 2026-W06 31, 2026-W07 28, 2026-W08 33, 2026-W09 30, 2026-W10 31, 2026-W11 29, 2026-W12 32',
    );
    expect(explained).toContain('Anomaly check: median 30.5, MAD 1, threshold 3.5 × 1.4826 × 1 = 5.1891; |40 − 30.5| = 9.5 > 5.1891: unusual');
    expect(explained).toContain('Leading contributor vs the previous week: Enterprise (segment), 8');
  });

  it('GIVEN the question in Portuguese THEN the flag and its explanation are Portuguese, with decimal commas', async () => {
    const w = await asked(EARLIER, 32, 8);
    const h = headlineOf(await w.say('reclamações semana passada'));
    // The same numbers as in English: median 30.5, MAD 1 × 1.4826 = 1.48 shown as 1,5; Enterprise's 8 are the change vs W12.
    expect(h?.context.find((c) => c.startsWith('invulgar:'))).toBe(
      'invulgar: Reclamações de clientes com 40, muito acima das últimas 12 semanas (mediana 30,5, dispersão típica ±1,5); Enterprise (segmento) é responsável por +8 da variação face à semana anterior',
    );
    const explained = textOf(await w.say('explica reclamações semana passada'));
    expect(explained).toContain('Verificação de anomalia: mediana 30,5, MAD 1, limiar 3,5 × 1,4826 × 1 = 5,1891; |40 − 30,5| = 9,5 > 5,1891: invulgar');
    expect(explained).toContain('Principal contribuinte face à semana anterior: Enterprise (segmento), 8');
  });

  it('GIVEN a weekly complaints digest THEN it shows the same line', async () => {
    const w = await asked(EARLIER, 32, 8);
    await w.say('subscribe complaints weekly on monday at 09:00 UTC');
    w.clock.now = Date.parse('2026-04-06T09:00:05Z');
    // The digest due on 6 April reports W14, which has no complaints: move the data a week on.
    await w.assembled.app.store.run('UPDATE tickets SET opened_at = opened_at + ?', [WEEK]);
    await w.scheduler.tick();
    const digest = w.sink.sent[0]?.reply;
    expect(textOf(parts(digest)[0] ?? digest!)).toBe('Digest #1, every Monday at 09:00 (UTC)');
    expect(unusualLine(headlineOf(digest)?.context)).toBe(
      'unusual: 40 customer complaints is far above the last 12 weeks (median 30.5, typical spread ±1.5); Enterprise (segment) accounts for +8 of the change vs the previous week',
    );
  });
});
