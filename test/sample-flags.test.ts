import { voiceOf } from '../bot/i18n/voice.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { at, openFixture, type Fixture } from './engine-fixture.js';
import { answerParts } from '../bot/reply/answer-reply.js';
import type { Reply } from '../bot/reply/reply.js';

const format = { voice: voiceOf('en', { currency: 'USD' }) };
const headlineOf = (parts: Reply[]) => parts.find((p): p is Extract<Reply, { kind: 'headline' }> => p.kind === 'headline');
const tableOf = (parts: Reply[]) => parts.find((p): p is Extract<Reply, { kind: 'table' }> => p.kind === 'table');

/**
 * CSAT (min_sample 30) in 2026-Q1: January answered 5 and 2 (1 satisfied of 2, 50%), February not
 * at all, March 4 (1 of 1, 100%). The quarter: 2 satisfied of 3, 66.67%.
 */
describe('a sample of none is no sample, not a small one', () => {
  let fx: Fixture;
  beforeAll(async () => {
    fx = await openFixture();
    await fx.insert('surveys', ['response_id', 'answered_at', 'kind', 'score'], [
      ['J1', at('2026-01-10T12:00:00Z'), 'csat', 5],
      ['J2', at('2026-01-20T12:00:00Z'), 'csat', 2],
      ['M1', at('2026-03-05T12:00:00Z'), 'csat', 4],
    ]);
  });
  afterAll(() => fx.close());

  it('GIVEN a month without CSAT answers THEN its answer is not flagged small and says there were no answers', async () => {
    const r = await fx.ask({ metric: 'csat', period: '2026-02' });
    expect([r.value, r.sample, r.smallSample]).toEqual([null, 0, false]);
    const context = headlineOf(answerParts(r, format))?.context ?? [];
    expect(context).toContain('no answers in this period');
    expect(context).not.toContain('small sample: read with care');
  });

  it('GIVEN a few answers THEN the answer is still a small sample, and does not say there were none', async () => {
    const r = await fx.ask({ metric: 'csat', period: '2026-Q1' });
    expect([r.value, r.sample, r.smallSample]).toEqual([(2 / 3) * 100, 3, true]);
    const context = headlineOf(answerParts(r, format))?.context ?? [];
    expect(context).toContain('small sample: read with care');
    expect(context).not.toContain('no answers in this period');
  });

  it('GIVEN a KPI without a minimum sample and no records THEN nothing is said about answers', async () => {
    const r = await fx.ask({ metric: 'revenue', period: '2026-02' });
    expect([r.value, r.sample, r.smallSample]).toEqual([0, 0, false]);
    expect(headlineOf(answerParts(r, format))?.context.join(' · ')).not.toMatch(/answers|small sample/);
  });

  it('GIVEN CSAT by month THEN the month without answers has no star; the months with a few have one', async () => {
    const r = await fx.ask({ metric: 'csat', period: '2026-Q1', by: ['month'] });
    expect((r.groups ?? []).map((g) => [g.key['month'], g.value, g.sample, g.smallSample === true])).toEqual([
      ['2026-01', 50, 2, true],
      ['2026-02', null, 0, false],
      ['2026-03', 100, 1, true],
    ]);
    const table = tableOf(answerParts(r, format));
    expect(table?.rows).toEqual([['2026-01', '50.00% *'], ['2026-02', 'no data'], ['2026-03', '100.00% *']]);
    expect(table?.note).toBe('* small sample: read with care');
  });
});
