import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { openFixture, type Fixture } from './engine-fixture.js';
import { ask } from '../bot/ask.js';

let fx: Fixture;
beforeAll(async () => {
  fx = await openFixture();
});
afterAll(() => fx.close());

const sqlOf = async (metric: string, dim: 'region' | 'segment' | 'channel', values: string[]): Promise<string[]> => {
  const r = await fx.engine.ask({ metric, period: 'last-quarter', by: [metric === 'clv' ? 'channel' : 'segment'], filters: { [dim]: values } });
  if (!r.ok) throw new Error(r.error.code);
  return r.value.statements.map((s) => s.sql);
};

describe('nothing a user types reaches SQL', () => {
  it('GIVEN any filter values THEN every statement is the same text as for harmless values: values only travel as parameters', async () => {
    const baseline = new Map<string, string[]>();
    for (const metric of ['revenue', 'churn_rate', 'clv']) {
      for (const n of [1, 2, 3]) baseline.set(`${metric}${n}`, await sqlOf(metric, metric === 'clv' ? 'channel' : 'region', Array.from({ length: n }, () => 'x')));
    }
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('revenue', 'churn_rate', 'clv'),
        fc.array(fc.oneof(fc.string(), fc.constantFrom("x' OR 1=1 --", "'); DROP TABLE orders; --", '(none)', '{start}', '?', '$1')), { minLength: 1, maxLength: 3 }),
        async (metric, values) => {
          expect(await sqlOf(metric, metric === 'clv' ? 'channel' : 'region', values)).toEqual(baseline.get(`${metric}${values.length}`));
        },
      ),
      { numRuns: 150 },
    );
    expect((await fx.store.all('SELECT count(*) AS n FROM orders'))[0]).toEqual({ n: 0 });
  });

  it('GIVEN any line of text THEN asking returns an answer or a coded error, and never throws', async () => {
    const words = ['revenue', 'churn', 'by', 'where', 'vs', 'segment', 'region=x', ',', 'last-quarter', '2026-Q1', "'", '"', '=', 'previous', 'month', '--', ';'];
    const line = fc.oneof(fc.string(), fc.array(fc.constantFrom(...words), { maxLength: 12 }).map((w) => w.join(' ')));
    await fc.assert(
      fc.asyncProperty(line, async (text) => {
        const r = await ask(fx.engine, text);
        if (!r.ok) expect(r.error.code).toMatch(/^[a-z]+\.[a-z_]+$/);
      }),
      { numRuns: 300 },
    );
  });
});
