import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openFixture, type Fixture } from './engine-fixture.js';
import { ask } from '../bot/ask.js';
import type { GroupResult } from '../engine/query/query.js';
import { quantityOf, readsQuantity } from '../engine/catalog/measure-quantity.js';

const shares = (groups: readonly GroupResult[] | undefined, ...axes: string[]): unknown[][] =>
  (groups ?? []).map((g) => [...axes.map((a) => g.key[a]), g.value]);

/**
 * Mentions on 4 May 2026: Acme (the company's own) 30, Globex 50, Initech 20, 100 in all.
 * On 5 May: Acme 10, Globex 30, 40 in all; Initech none.
 */
describe('share of voice by brand: each brand over all the mentions', () => {
  let fx: Fixture;
  beforeAll(async () => {
    fx = await openFixture();
    await fx.insert('mentions', ['day', 'brand', 'mentions', 'own'], [
      ['2026-05-04', 'Acme', 30, 1],
      ['2026-05-04', 'Globex', 50, 0],
      ['2026-05-04', 'Initech', 20, 0],
      ['2026-05-05', 'Acme', 10, 1],
      ['2026-05-05', 'Globex', 30, 0],
    ]);
  });
  afterAll(() => fx.close());

  it('GIVEN one day of mentions THEN the headline is the own brand’s 30% and by brand the shares are 50, 30 and 20, adding up to 100', async () => {
    const r = await fx.ask({ metric: 'share_of_voice', period: '2026-05-04..2026-05-04', by: ['brand'] });
    expect(r.value).toBe(30);
    expect(shares(r.groups, 'brand')).toEqual([
      ['Globex', 50],
      ['Acme', 30],
      ['Initech', 20],
    ]);
    // Each share rests on all 100 mentions of the day, not on the brand's own.
    expect((r.groups ?? []).map((g) => g.sample)).toEqual([100, 100, 100]);
  });

  it('GIVEN a filter by brand THEN it is that brand’s share of all the mentions, not 100%', async () => {
    const globex = await fx.ask({ metric: 'share_of_voice', period: '2026-05-04..2026-05-04', filters: { brand: ['Globex'] } });
    expect(globex.value).toBe(50);
    // Acme and Initech together: (30 + 20) / 100.
    const two = await fx.ask({ metric: 'share_of_voice', period: '2026-05-04..2026-05-04', filters: { brand: ['Acme', 'Initech'] } });
    expect(two.value).toBe(50);
  });

  it('GIVEN brand and day THEN each day’s brands share that day’s mentions; a brand not mentioned that day has 0%', async () => {
    const r = await fx.ask({ metric: 'share_of_voice', period: '2026-05-04..2026-05-05', by: ['brand', 'day'] });
    // Both days: own 40 of 140.
    expect(r.value).toBeCloseTo((40 / 140) * 100, 12);
    expect(shares(r.groups, 'day', 'brand')).toEqual([
      ['2026-05-04', 'Globex', 50],
      ['2026-05-04', 'Acme', 30],
      ['2026-05-04', 'Initech', 20],
      // 5 May: Globex 30 / 40, Acme 10 / 40, Initech 0 / 40.
      ['2026-05-05', 'Globex', 75],
      ['2026-05-05', 'Acme', 25],
      ['2026-05-05', 'Initech', 0],
    ]);
  });

  it('GIVEN the own brand’s mentions as a restricted quantity THEN share of voice reads it, through the default condition', () => {
    const ownMentions = quantityOf({ table: 'mentions', select: 'sum(t.mentions)', where: 't.own = 1', time: 'day', window: 'current' });
    const sov = fx.engine.catalog.get('share_of_voice');
    expect(sov?.type === 'ratio' && readsQuantity(sov.numerator, ownMentions)).toBe(true);
  });

  it('GIVEN the question in words THEN it reads the breakdown by brand and answers it', async () => {
    const r = await ask(fx.engine, 'share of voice 2026-05-04..2026-05-04 by brand');
    expect(r.ok && shares(r.value.groups, 'brand')).toEqual([
      ['Globex', 50],
      ['Acme', 30],
      ['Initech', 20],
    ]);
  });
});
