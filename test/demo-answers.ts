import { afterAll, beforeAll } from 'vitest';
import { generateDemo } from '../engine/demo/generate-demo.js';
import { ask } from '../bot/ask.js';
import { openFixture, type Fixture } from './engine-fixture.js';
import type { KpiResult } from '../engine/query/query.js';

/**
 * A 400-customer demo data set for the file that calls this (opened before its tests, closed after),
 * and its answers: chart tests need real shapes (months, regions, partial periods) more than
 * hand-made numbers.
 */
export function useDemoAnswers(now: number): { fixture: () => Fixture; result: (q: string) => Promise<KpiResult> } {
  let fx: Fixture | undefined;
  beforeAll(async () => {
    fx = await openFixture({}, now);
    await generateDemo(fx.store, { customers: 400, now, timezone: 'UTC' });
  });
  afterAll(() => fx?.close());
  const fixture = (): Fixture => {
    if (!fx) throw new Error('the demo fixture is opened in beforeAll');
    return fx;
  };
  return {
    fixture,
    async result(q) {
      const r = await ask(fixture().engine, q);
      if (!r.ok) throw new Error(`${q}: ${r.error.code}`);
      return r.value;
    },
  };
}
