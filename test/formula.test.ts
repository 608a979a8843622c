import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compileFormula, type FormulaOptions } from '../engine/formula/restricted-formula.js';

const KPIS = new Set(['revenue', 'arpu_annual', 'gross_margin', 'lifetime_years', 'cac', 'churn_rate', 'days', 'q1', 'q2', 'cell_3', 'cell_4']);
const options: FormulaOptions = { isVariable: (n) => KPIS.has(n), allowPrevious: true, cellRefs: true };

function value(text: string, values: Record<string, number | null>, previous: Record<string, number | null> = {}): number | null {
  const f = compileFormula(text, options);
  if (!f.ok) throw new Error(`${text}: ${f.error.code} ${f.error.detail}`);
  return f.value.evaluate((name, prev) => (prev ? previous[name] : values[name]) ?? null);
}

describe('restricted formulas', () => {
  it('GIVEN the clv formula with the seed example THEN 1000 × 10/100 × 5 - 100 = 400', () => {
    expect(value('arpu_annual * gross_margin / 100 * lifetime_years - cac', { arpu_annual: 1000, gross_margin: 10, lifetime_years: 5, cac: 100 })).toBe(400);
  });

  it('GIVEN lifetime_years with no churn THEN the cap of 10 years (1/0 is +Infinity inside min)', () => {
    expect(value('min(10, 1 / (churn_rate / 100 * 365 / days))', { churn_rate: 0, days: 90 })).toBe(10);
  });

  it('GIVEN lifetime_years with 5% churn over 30 days THEN 1 / (0.05 × 365 / 30) years', () => {
    expect(value('min(10, 1 / (churn_rate / 100 * 365 / days))', { churn_rate: 5, days: 30 })).toBeCloseTo(30 / (0.05 * 365), 12);
  });

  it('GIVEN previous(revenue) THEN growth uses the earlier period, and no earlier revenue means no value', () => {
    expect(value('(revenue - previous(revenue)) / previous(revenue) * 100', { revenue: 150 }, { revenue: 120 })).toBeCloseTo(25, 12);
    expect(value('(revenue - previous(revenue)) / previous(revenue) * 100', { revenue: 150 }, { revenue: 0 })).toBeNull();
    expect(value('(revenue - previous(revenue)) / previous(revenue) * 100', { revenue: 150 }, { revenue: null })).toBeNull();
  });

  it('GIVEN a missing input THEN the result has no value', () => {
    expect(value('revenue + cac', { revenue: 1, cac: null })).toBeNull();
  });

  it('GIVEN notebook cell references THEN [4] / [3] - 1 reads cells 4 and 3', () => {
    expect(value('[4] / [3] - 1', { cell_4: 120, cell_3: 100 })).toBeCloseTo(0.2, 12);
    expect(value('q2 - q1', { q1: 30, q2: 42 })).toBe(12);
  });

  it('GIVEN the allowed functions and operators THEN they compute as arithmetic does', () => {
    expect(value('max(1, 2, 3) + abs(-2) + sqrt(16) + round(2.345, 2) + 2 ^ 3 - -1 + +1', {})).toBeCloseTo(3 + 2 + 4 + 2.35 + 8 + 1 + 1, 12);
  });

  it('GIVEN a formula THEN it lists the names it reads and those it reads over the previous period', () => {
    const f = compileFormula('(revenue - previous(revenue)) / previous(revenue) + cac', options);
    expect(f.ok && [f.value.variables, f.value.previous]).toEqual([['revenue', 'cac'], ['revenue']]);
  });

  it.each([
    ['import({}, {})', 'formula.not_allowed'],
    ["createUnit('x')", 'formula.not_allowed'],
    ['evaluate("1")', 'formula.not_allowed'],
    ['revenue = 1', 'formula.not_allowed'],
    ['f(x) = x', 'formula.not_allowed'],
    ['revenue.constructor', 'formula.not_allowed'],
    ['revenue["constructor"]', 'formula.not_allowed'],
    ['{a: 1}', 'formula.not_allowed'],
    ['"str"', 'formula.not_allowed'],
    ['true', 'formula.not_allowed'],
    ['1 ? 2 : 3', 'formula.not_allowed'],
    ['1 == 1', 'formula.not_allowed'],
    ['2 mod 3', 'formula.not_allowed'],
    ['5!', 'formula.not_allowed'],
    ["revenue'", 'formula.not_allowed'],
    ['2 revenue', 'formula.not_allowed'],
    ['1:3', 'formula.not_allowed'],
    ['revenue; cac', 'formula.not_allowed'],
    ['unknown_kpi + 1', 'formula.unknown_name'],
    ['pi * 2', 'formula.unknown_name'],
    ['previous(1 + 2)', 'formula.not_allowed'],
    ['previous(nope)', 'formula.unknown_name'],
    ['(1 + ', 'formula.syntax'],
    ['1'.repeat(501), 'formula.too_long'],
  ])('GIVEN %j THEN it is refused with %s', (text, code) => {
    const f = compileFormula(text, options);
    expect(f.ok ? 'ok' : f.error.code).toBe(code);
  });

  it('GIVEN previous() where it is not allowed THEN it is refused', () => {
    const f = compileFormula('previous(revenue)', { isVariable: (n) => KPIS.has(n) });
    expect(f.ok ? 'ok' : f.error.code).toBe('formula.not_allowed');
  });

  it('GIVEN a[1] without cell references THEN indexing is refused', () => {
    const f = compileFormula('revenue[1]', { isVariable: (n) => KPIS.has(n) });
    expect(f.ok ? 'ok' : f.error.code).toBe('formula.not_allowed');
  });

  it('GIVEN any text at all THEN compiling never throws, and what compiles only reads allowed names', () => {
    const tokens = ['import', 'createUnit', 'evaluate', '(', ')', '.', '=', '[', ']', '{', '}', ',', ';', '"', "'", 'revenue', 'cac',
      'previous', 'min', '1', '2.5', '+', '-', '*', '/', '^', '!', '?', ':', ' ', 'e', 'constructor', '__proto__', '[3]'];
    const grammar = fc.array(fc.constantFrom(...tokens), { maxLength: 30 }).map((t) => t.join(''));
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), grammar), (text) => {
        const f = compileFormula(text, options);
        if (f.ok) {
          for (const n of [...f.value.variables, ...f.value.previous]) expect(KPIS.has(n)).toBe(true);
          const v = f.value.evaluate(() => 1);
          expect(v === null || Number.isFinite(v)).toBe(true);
        } else {
          expect(f.error.code).toMatch(/^formula\./);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
