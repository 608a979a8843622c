import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compileFormula, type FormulaError, type FormulaOptions } from '../engine/formula/restricted-formula.js';

const KPIS = new Set([
  'revenue', 'arpu_annual', 'gross_margin', 'lifetime_years', 'cac', 'churn_rate', 'days', 'q1', 'q2', 'a', 'b', 'x', 'cell_3', 'cell_4',
]);
const options: FormulaOptions = { isVariable: (n) => KPIS.has(n), allowPrevious: true, cellRefs: true };
const plain: FormulaOptions = { isVariable: (n) => KPIS.has(n) };

type Values = Record<string, number | null>;

function value(text: string, values: Values = {}, previous: Values = {}, opts: FormulaOptions = options): number | null {
  const f = compileFormula(text, opts);
  if (!f.ok) throw new Error(`${text}: ${f.error.code} ${f.error.detail}`);
  return f.value.evaluate((name, prev) => (prev ? previous[name] : values[name]) ?? null);
}

function refusal(text: string, opts: FormulaOptions = options): FormulaError | 'ok' {
  const f = compileFormula(text, opts);
  return f.ok ? 'ok' : f.error;
}

const CLV = 'arpu_annual * gross_margin / 100 * lifetime_years - cac';
const GROWTH = '(revenue - previous(revenue)) / previous(revenue) * 100';
const LIFETIME = 'min(10, 1 / (churn_rate / 100 * 365 / days))';

describe('restricted formulas: values', () => {
  it.each<[string, string, Values, Values, number | null]>([
    ['clv with the seed example: 1000 × 10/100 × 5 - 100', CLV, { arpu_annual: 1000, gross_margin: 10, lifetime_years: 5, cac: 100 }, {}, 400],
    ['lifetime_years with no churn: the cap (1/0 is +Infinity inside min)', LIFETIME, { churn_rate: 0, days: 90 }, {}, 10],
    ['lifetime_years with 5% churn over 30 days', LIFETIME, { churn_rate: 5, days: 30 }, {}, 1 / ((0.05 * 365) / 30)],
    ['sales growth from 120 to 150', GROWTH, { revenue: 150 }, { revenue: 120 }, 25],
    ['sales growth from nothing (0/…): no value', GROWTH, { revenue: 150 }, { revenue: 0 }, null],
    ['sales growth with no earlier period', GROWTH, { revenue: 150 }, { revenue: null }, null],
    ['a missing input', 'revenue + cac', { revenue: 1, cac: null }, {}, null],
    ['a missing input inside min', 'min(10, revenue)', { revenue: null }, {}, null],
    ['a notebook calc of two names', 'q2 - q1', { q1: 30, q2: 42 }, {}, 12],
    ['notebook cells [4] / [3] - 1', '[4] / [3] - 1', { cell_4: 120, cell_3: 100 }, {}, 0.2],
    ['a cell with spaces and leading zeros', '[ 04 ] - [3]', { cell_4: 120, cell_3: 100 }, {}, 20],
    ['precedence: ^ before * before +', '2 + 3 * 4 ^ 2', {}, {}, 50],
    ['^ is right-associative', '2 ^ 3 ^ 2', {}, {}, 512],
    ['unary minus binds looser than ^', '-2 ^ 2', {}, {}, -4],
    ['/ and - are left-associative', '8 / 4 / 2 + (8 - 4 - 2)', {}, {}, 3],
    ['unary plus and minus', '- -1 + +1 - -(-a)', { a: 2 }, {}, 0],
    ['max, abs, sqrt', 'max(1, 2, 3) + abs(-2) + sqrt(16)', {}, {}, 9],
    ['round half away from zero, on the decimal value', 'round(2.345, 2) + round(1.005, 2) * 100 + round(-2.5)', {}, {}, 2.35 + 101 - 3],
    ['round to whole numbers by default', 'round(a)', { a: 2.5 }, {}, 3],
    ['round with an impossible number of digits: no value', 'round(1.5, 0.5)', {}, {}, null],
    ['division by zero: no value', 'revenue / 0', { revenue: 1 }, {}, null],
    ['0 / 0: no value', '0 / 0', {}, {}, null],
    ['sqrt of a negative: no value', 'sqrt(a)', { a: -1 }, {}, null],
    ['overflow: no value', '10 ^ 400', {}, {}, null],
    ['max with an infinite argument: no value', 'max(10, 1 / 0)', {}, {}, null],
    ['minus zero comes back as zero', '-0 * a', { a: 1 }, {}, 0],
    ['a formula wrapped over lines', 'arpu_annual\n  * gross_margin / 100\r\n  - cac', { arpu_annual: 1000, gross_margin: 10, cac: 1 }, {}, 99],
    ['previous of a parenthesised name', 'previous((revenue))', {}, { revenue: 7 }, 7],
  ])('GIVEN %s THEN the value is as computed by hand', (_label, text, values, previous, expected) => {
    const v = value(text, values, previous);
    if (expected === null) expect(v).toBeNull();
    else {
      expect(v).not.toBeNull();
      expect(v).toBeCloseTo(expected, 12);
    }
  });

  it('GIVEN a formula THEN it lists the names it reads and those it reads over the previous period, each once', () => {
    const f = compileFormula(`${GROWTH} + cac * cac`, options);
    expect(f.ok && [f.value.variables, f.value.previous]).toEqual([['revenue', 'cac'], ['revenue']]);
    const g = compileFormula('[4] / [3] - 1', options);
    expect(g.ok && g.value.variables).toEqual(['cell_4', 'cell_3']);
    expect(g.ok && g.value.text).toBe('[4] / [3] - 1');
  });

  it('GIVEN evaluation THEN each name is looked up once per period, and a lookup that returns no number counts as no value', () => {
    const f = compileFormula(GROWTH, options);
    if (!f.ok) throw new Error(f.error.detail);
    const calls: string[] = [];
    expect(f.value.evaluate((n, p) => (calls.push(`${n}:${p}`), p ? 100 : 110))).toBeCloseTo(10, 12);
    expect(calls.sort()).toEqual(['revenue:false', 'revenue:true']);
    expect(f.value.evaluate(() => undefined as unknown as number)).toBeNull();
    expect(f.value.evaluate(() => '5' as unknown as number)).toBeNull();
  });
});

describe('restricted formulas: refusals', () => {
  it.each([
    ['import({}, {})', 'formula.not_allowed'],
    ["createUnit('x')", 'formula.not_allowed'],
    ['evaluate("1")', 'formula.not_allowed'],
    ['parse("1")', 'formula.not_allowed'],
    ['a = 1', 'formula.not_allowed'],
    ['f(x) = x', 'formula.not_allowed'],
    ['a.b', 'formula.not_allowed'],
    ['revenue.constructor', 'formula.not_allowed'],
    ['revenue["constructor"]', 'formula.not_allowed'],
    ['{a: 1}', 'formula.not_allowed'],
    ['[a, 1]', 'formula.not_allowed'],
    ['"str"', 'formula.not_allowed'],
    ["'str'", 'formula.not_allowed'],
    ['true', 'formula.not_allowed'],
    ['null', 'formula.not_allowed'],
    ['undefined', 'formula.not_allowed'],
    ['Infinity', 'formula.not_allowed'],
    ['NaN', 'formula.not_allowed'],
    ['1e400', 'formula.not_allowed'],
    ['1 ? 2 : 3', 'formula.not_allowed'],
    ['1 == 1', 'formula.not_allowed'],
    ['1 < a < 3', 'formula.not_allowed'],
    ['2 mod 3', 'formula.not_allowed'],
    ['2 % 3', 'formula.not_allowed'],
    ['50%', 'formula.not_allowed'],
    ['5!', 'formula.not_allowed'],
    ["x'", 'formula.not_allowed'],
    ['1 & 2', 'formula.not_allowed'],
    ['1 << 2', 'formula.not_allowed'],
    ['not a', 'formula.not_allowed'],
    ['a or b', 'formula.not_allowed'],
    ['5 to cm', 'formula.not_allowed'],
    ['2 revenue', 'formula.not_allowed'],
    ['a b', 'formula.not_allowed'],
    ['(a)(b)', 'formula.not_allowed'],
    ['a[4]', 'formula.not_allowed'],
    ['1:3', 'formula.not_allowed'],
    ['revenue; cac', 'formula.not_allowed'],
    ['revenue # cac', 'formula.not_allowed'],
    ['sin(a)', 'formula.not_allowed'],
    ['a(1)', 'formula.not_allowed'],
    ['min()', 'formula.not_allowed'],
    ['abs(1, 2)', 'formula.not_allowed'],
    ['round(1, 2, 3)', 'formula.not_allowed'],
    ['unknown_kpi + 1', 'formula.unknown_name'],
    ['pi * 2', 'formula.unknown_name'],
    ['min + 1', 'formula.unknown_name'],
    ['constructor', 'formula.unknown_name'],
    ['__proto__', 'formula.unknown_name'],
    ['[7] + 1', 'formula.unknown_name'],
    ['previous(1 + 2)', 'formula.not_allowed'],
    ['previous(a, b)', 'formula.not_allowed'],
    ['previous(nope)', 'formula.unknown_name'],
    ['(1 + ', 'formula.syntax'],
    ['1 +* 2', 'formula.syntax'],
    ['', 'formula.syntax'],
    ['1'.repeat(501), 'formula.too_long'],
  ])('GIVEN %j THEN it is refused with %s', (text, code) => {
    const e = refusal(text);
    expect(e === 'ok' ? 'ok' : e.code).toBe(code);
    if (e !== 'ok') expect(e.detail.length).toBeLessThan(200);
  });

  it('GIVEN previous() where it is not allowed THEN it is refused', () => {
    const e = refusal('previous(revenue)', plain);
    expect(e !== 'ok' && e.code).toBe('formula.not_allowed');
  });

  it('GIVEN a[1] or [4] without cell references THEN indexing and lists are refused', () => {
    for (const text of ['a[1]', '[4] / [3]']) {
      const e = refusal(text, plain);
      expect(e !== 'ok' && e.code).toBe('formula.not_allowed');
    }
  });

  it('GIVEN a maxLength THEN it replaces the default of 500', () => {
    expect(refusal('a + b', { ...plain, maxLength: 4 })).toMatchObject({ code: 'formula.too_long', position: 4 });
    expect(refusal('1+'.repeat(249) + '1', plain)).toBe('ok');
  });

  it('GIVEN a refusal THEN the detail says what is wrong, and where when the parser knows', () => {
    expect(refusal('import({}, {})')).toMatchObject({ detail: expect.stringMatching(/^the function `import` is not allowed in a formula; use \+ - \* \/ \^/) });
    expect(refusal('50%')).toMatchObject({ detail: expect.stringContaining('write `/ 100`') });
    expect(refusal('2 revenue')).toMatchObject({ detail: expect.stringContaining('implicit multiplication') });
    expect(refusal('revenue + nope')).toEqual({ code: 'formula.unknown_name', name: 'nope', position: 10, detail: '`nope` is not a KPI or name this formula can use' });
    expect(refusal('[4] + [12]')).toMatchObject({ code: 'formula.unknown_name', name: 'cell_12', position: 6, detail: 'there is no cell [12]' });
    expect(refusal('[4] + (1 +* 2)')).toMatchObject({ code: 'formula.syntax', position: 10, detail: expect.stringContaining('at character 11') });
    expect(refusal('a # b')).toMatchObject({ code: 'formula.not_allowed', position: 2 });
  });
});

describe('restricted formulas: properties', () => {
  const tokens = [
    'import', 'createUnit', 'evaluate', 'parse', 'previous', 'min', 'max', 'round', 'sqrt', 'constructor', '__proto__', 'prototype',
    'revenue', 'cac', 'a', 'x', 'nope', 'e', 'pi', 'true', 'Infinity', 'to', 'mod', 'in', 'cm',
    '(', ')', '.', ',', '=', '[', ']', '[3]', '[4]', '[99]', '{', '}', ';', ':', '?', '"', "'", '#', '\n', ' ',
    '1', '0', '2.5', '1e308', '1e400', '0x10', '+', '-', '*', '/', '^', '!', '%', '==', '<', '&', '|', '~', '.*',
  ];
  const grammar = fc.array(fc.constantFrom(...tokens), { maxLength: 40 }).map((t) => t.join(''));
  const anyText = fc.oneof(
    fc.string(),
    fc.string({ unit: 'grapheme' }),
    fc.string({ unit: 'binary' }), // any code point, lone surrogates included (fullUnicodeString in fast-check 3)
    grammar,
    grammar.map((t) => t.repeat(20)),
  );
  const lookupValue = fc.oneof(fc.double(), fc.constantFrom(null, 0, -0, Infinity, -Infinity, NaN, 1e308));

  /** Compile time in ms; a slow call is measured again, so a pause of the test runner is not taken for a slow input. */
  function timed(text: string, opts: FormulaOptions): [ReturnType<typeof compileFormula>, number] {
    let ms = Infinity;
    let result: ReturnType<typeof compileFormula> | undefined;
    for (let i = 0; i < 3 && ms >= 10; i++) {
      const t0 = performance.now();
      result = compileFormula(text, opts);
      ms = performance.now() - t0;
    }
    return [result as ReturnType<typeof compileFormula>, ms];
  }

  it('GIVEN any text at all THEN compiling never throws, answers within 10 ms, and what compiles reads only allowed names', () => {
    compileFormula(CLV, options); // warm up
    fc.assert(
      fc.property(anyText, fc.boolean(), fc.func(lookupValue), (text, cellRefs, lookup) => {
        const opts = { ...options, cellRefs };
        const [f, ms] = timed(text, opts);
        expect(ms).toBeLessThan(10);
        if (!f.ok) {
          expect(['formula.syntax', 'formula.not_allowed', 'formula.unknown_name', 'formula.too_long']).toContain(f.error.code);
          expect(f.error.detail.length).toBeGreaterThan(0);
          if (f.error.position !== undefined) expect(f.error.position).toBeGreaterThanOrEqual(0);
          if (f.error.position !== undefined) expect(f.error.position).toBeLessThanOrEqual(text.length);
          return;
        }
        for (const n of [...f.value.variables, ...f.value.previous]) expect(KPIS.has(n)).toBe(true);
        const v = f.value.evaluate((name, prev) => {
          expect((prev ? f.value.previous : f.value.variables).includes(name)).toBe(true);
          return lookup(name, prev);
        });
        expect(v === null || Number.isFinite(v)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('GIVEN the longest texts of the worst shapes THEN each still answers within 10 ms', () => {
    const worst = [
      '('.repeat(250) + '1' + ')'.repeat(249),
      '('.repeat(249) + 'a' + ')'.repeat(249),
      '-'.repeat(499) + '1',
      '2^'.repeat(249) + '2',
      'min('.repeat(99) + '1' + ')'.repeat(99),
      '[4]'.repeat(166),
      '[4]+'.repeat(124) + '[4]',
      'a'.repeat(500),
      '"'.repeat(500),
      '{'.repeat(500),
      '['.repeat(500),
      '1e'.repeat(250),
    ];
    compileFormula(CLV, options);
    for (const text of worst) {
      expect(text.length).toBeLessThanOrEqual(500);
      const [f, ms] = timed(text, options);
      expect(ms, text.slice(0, 20)).toBeLessThan(10);
      if (f.ok) expect(() => f.value.evaluate(() => 1)).not.toThrow();
    }
  });

  type Tree = { n: number } | { v: string } | { op: '+' | '-' | '*' | '/'; l: Tree; r: Tree } | { neg: Tree } | { fn: 'min' | 'max'; args: Tree[] } | { abs: Tree };
  const tree = fc.letrec<{ t: Tree }>((tie) => ({
    t: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.record({ n: fc.integer({ min: 0, max: 1000 }) }),
      fc.record({ v: fc.constantFrom('a', 'b', 'revenue') }),
      fc.record({ op: fc.constantFrom('+', '-', '*', '/'), l: tie('t'), r: tie('t') }),
      fc.record({ neg: tie('t') }),
      fc.record({ fn: fc.constantFrom('min', 'max'), args: fc.array(tie('t'), { minLength: 1, maxLength: 3 }) }),
      fc.record({ abs: tie('t') }),
    ),
  })).t;
  const text = (t: Tree): string =>
    'n' in t ? String(t.n)
    : 'v' in t ? t.v
    : 'op' in t ? `(${text(t.l)} ${t.op} ${text(t.r)})`
    : 'neg' in t ? `-(${text(t.neg)})`
    : 'fn' in t ? `${t.fn}(${t.args.map(text).join(', ')})`
    : `abs(${text(t.abs)})`;
  const reference = (t: Tree, env: Record<string, number>): number =>
    'n' in t ? t.n
    : 'v' in t ? (env[t.v] ?? NaN)
    : 'op' in t ? ((a, b) => (t.op === '+' ? a + b : t.op === '-' ? a - b : t.op === '*' ? a * b : a / b))(reference(t.l, env), reference(t.r, env))
    : 'neg' in t ? -reference(t.neg, env)
    : 'fn' in t ? Math[t.fn](...t.args.map((x) => reference(x, env)))
    : Math.abs(reference(t.abs, env));

  it('GIVEN any well-formed arithmetic THEN it compiles and computes what plain arithmetic computes', () => {
    fc.assert(
      fc.property(tree, fc.record({ a: fc.integer({ min: -100, max: 100 }), b: fc.integer({ min: -100, max: 100 }), revenue: fc.double({ noNaN: true }) }), (t, env) => {
        const formula = text(t);
        fc.pre(formula.length <= 500);
        const expected = reference(t, env);
        const v = value(formula, env);
        if (Number.isFinite(expected)) expect(v).toBe(expected === 0 ? 0 : expected);
        else expect(v).toBeNull();
      }),
      { numRuns: 500 },
    );
  });
});
