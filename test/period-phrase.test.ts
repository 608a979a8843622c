import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readPeriodPhrase } from '../bot/language/period-phrase.js';
import { Phrases } from '../bot/language/period-word-tables.js';
import { tokenize } from '../bot/tokenize.js';
import { resolvePeriod } from '../engine/time/index.js';

/*
 * Every expected period here is worked out by hand from the reader's contract: a month, quarter or
 * half without a year is the latest one whose first day is on or before today; `since X` runs from
 * X's first day through today; `used` counts the tokens the phrase takes.
 *
 * The days: 2026-12-01 is the first of a month (Q4, H2); 2026-01-15 is in January (Q1, H1, so
 * December, Q4 and H2 are last year's); 2026-01-01 is the first day of the year; 2026-05-14 is in
 * the middle of Q2 (H1); 2026-07-01 is the first day of Q3 and H2.
 */
const DEC1 = '2026-12-01';
const JAN15 = '2026-01-15';
const JAN1 = '2026-01-01';
const MAY14 = '2026-05-14';
const JUL1 = '2026-07-01';

/** A case: the words (a line to tokenize, or tokens with the index to read at), today, the period, the words used. */
type Case = readonly [string | readonly [readonly string[], number], string, string, number];

const wordsOf = (input: Case[0]): { words: readonly string[]; i: number } =>
  typeof input === 'string' ? { words: tokenize(input), i: 0 } : { words: input[0], i: input[1] };

const MONTHS: readonly Case[] = [
  // English
  ['february', DEC1, '2026-02', 1],
  ['december', DEC1, '2026-12', 1], // started today
  ['february 2025', DEC1, '2025-02', 2],
  ['feb 2025', DEC1, '2025-02', 2],
  ['Sept', DEC1, '2026-09', 1],
  ['march of 2024', DEC1, '2024-03', 3],
  ['jan.', DEC1, '2026-01', 1],
  ['february?', DEC1, '2026-02', 1],
  ['may 2025', DEC1, '2025-05', 2],
  ['february last year', DEC1, '2025-02', 3],
  ['february of this year', JAN15, '2026-02', 4], // named with its year, so not the latest started
  ['month of june', DEC1, '2026-06', 3],
  ['december', JAN15, '2025-12', 1],
  ['january', JAN15, '2026-01', 1],
  ['february', JAN15, '2025-02', 1],
  ['january', JAN1, '2026-01', 1],
  ['december', JAN1, '2025-12', 1],
  [[['revenue', 'in', 'may', 'by', 'region'], 2], DEC1, '2026-05', 1],
  // Portuguese
  ['fevereiro', DEC1, '2026-02', 1],
  ['fevereiro de 2025', DEC1, '2025-02', 3],
  ['Março', MAY14, '2026-03', 1],
  ['fev 2025', DEC1, '2025-02', 2],
  ['dezembro de 2024', DEC1, '2024-12', 3],
  ['mês de março', DEC1, '2026-03', 3],
  ['junho do ano passado', DEC1, '2025-06', 4],
  ['set 2025', DEC1, '2025-09', 2],
  [[['em', 'set'], 1], DEC1, '2026-09', 1],
  ['outubro', MAY14, '2025-10', 1],
  // Romanian
  ['februarie 2025', DEC1, '2025-02', 2],
  ['martie', DEC1, '2026-03', 1],
  ['ian 2026', DEC1, '2026-01', 2],
  ['decembrie', JAN15, '2025-12', 1],
  ['luna mai', DEC1, '2026-05', 2],
  [[['vânzări', 'în', 'mai'], 2], DEC1, '2026-05', 1],
  ['mai 2025', DEC1, '2025-05', 2],
  ['iunie din 2024', DEC1, '2024-06', 3],
  ['noiembrie anul trecut', DEC1, '2025-11', 3],
];

const DAYS: readonly Case[] = [
  ['15 march', DEC1, '2026-03-15', 2],
  ['march 15th', DEC1, '2026-03-15', 2],
  ['2 december', DEC1, '2025-12-02', 2], // 2 December 2026 is tomorrow
  ['15 de março de 2025', DEC1, '2025-03-15', 5],
  ['1 decembrie', DEC1, '2026-12-01', 2],
];

const QUARTERS: readonly Case[] = [
  ['Q1', DEC1, '2026-Q1', 1],
  ['q1', DEC1, '2026-Q1', 1],
  ['T1', DEC1, '2026-Q1', 1],
  ['trimestre 1', DEC1, '2026-Q1', 2],
  ['1º trimestre', DEC1, '2026-Q1', 2],
  ['1o trimestre', DEC1, '2026-Q1', 2],
  ['primeiro trimestre', DEC1, '2026-Q1', 2],
  ['trimestrul 1', DEC1, '2026-Q1', 2],
  ['trimestrul I', DEC1, '2026-Q1', 2],
  ['primul trimestru', DEC1, '2026-Q1', 2],
  ['first quarter', DEC1, '2026-Q1', 2],
  ['Q4', DEC1, '2026-Q4', 1], // started 1 October
  ['Q4', JAN15, '2025-Q4', 1],
  ['Q1', JAN1, '2026-Q1', 1], // started today
  ['Q2', MAY14, '2026-Q2', 1],
  ['Q3', MAY14, '2025-Q3', 1],
  ['Q3', JUL1, '2026-Q3', 1],
  ['Q1 2025', DEC1, '2025-Q1', 2],
  ['2025 Q1', DEC1, '2025-Q1', 2],
  ['1º trimestre de 2025', DEC1, '2025-Q1', 4],
  ['trimestrul 1 2025', DEC1, '2025-Q1', 3],
  ['trimestrul 1 din 2025', DEC1, '2025-Q1', 4],
  ['first quarter of 2025', DEC1, '2025-Q1', 4],
  ['third quarter', MAY14, '2025-Q3', 2],
  ['3rd quarter 2024', DEC1, '2024-Q3', 3],
  ['quarto trimestre', JAN15, '2025-Q4', 2],
  ['al doilea trimestru', MAY14, '2026-Q2', 3],
  ['trimestrul al treilea din 2025', DEC1, '2025-Q3', 5],
  ['trimestrul IV', JAN15, '2025-Q4', 2],
  ['segundo trimestre de 2024', DEC1, '2024-Q2', 4],
  ['last quarter of 2025', DEC1, '2025-Q4', 4],
  ['último trimestre de 2024', DEC1, '2024-Q4', 4],
  ['Q2 last year', DEC1, '2025-Q2', 3],
  ['trimestrul 2 din anul trecut', DEC1, '2025-Q2', 5],
  ['T3 2025', DEC1, '2025-Q3', 2],
  ['2º tri', MAY14, '2026-Q2', 2],
];

const HALVES: readonly Case[] = [
  ['H1', DEC1, '2026-H1', 1],
  ['H2', DEC1, '2026-H2', 1],
  ['H2', MAY14, '2025-H2', 1],
  ['H2', JUL1, '2026-H2', 1],
  ['S1', DEC1, '2026-H1', 1],
  ['S2 2025', DEC1, '2025-H2', 2],
  ['primeiro semestre', DEC1, '2026-H1', 2],
  ['segundo semestre', MAY14, '2025-H2', 2],
  ['segundo semestre de 2025', DEC1, '2025-H2', 4],
  ['2º semestre', DEC1, '2026-H2', 2],
  ['semestrul 1', DEC1, '2026-H1', 2],
  ['semestrul 2', JAN15, '2025-H2', 2],
  ['semestrul II din 2024', DEC1, '2024-H2', 4],
  ['al doilea semestru', MAY14, '2025-H2', 3],
  ['first half', DEC1, '2026-H1', 2],
  ['second half of 2025', DEC1, '2025-H2', 4],
  ['last half of 2025', DEC1, '2025-H2', 4],
  ['H1 2025', DEC1, '2025-H1', 2],
  ['2025 H2', DEC1, '2025-H2', 2],
  ['semestre passado', DEC1, '2026-H1', 2],
  ['semestre passado', MAY14, '2025-H2', 2],
  ['último semestre', JUL1, '2026-H1', 2],
  ['este semestre', MAY14, '2026-H1', 2],
  ['semestrul trecut', JAN15, '2025-H2', 2],
  ['semestrul acesta', DEC1, '2026-H2', 2],
  ['this half', JUL1, '2026-H2', 2],
];

const LAST_N: readonly Case[] = [
  ['last 14 days', DEC1, 'last-14d', 3],
  ['last 3 months', DEC1, 'last-3m', 3],
  ['last 2 weeks', DEC1, 'last-2w', 3],
  ['last 1 month', DEC1, 'last-1m', 3],
  ['last 1 day', DEC1, 'last-1d', 3],
  ['over the last 30 days', DEC1, 'last-30d', 5],
  ['past 3 months', DEC1, 'last-3m', 3],
  [[['the', 'past', '2', 'weeks'], 1], DEC1, 'last-2w', 3],
  ['last three months', DEC1, 'last-3m', 3],
  ['last 30d', DEC1, 'last-30d', 2],
  ['nos últimos 3 meses', DEC1, 'last-3m', 4],
  ['últimos 3 meses', DEC1, 'last-3m', 3],
  ['últimas 2 semanas', DEC1, 'last-2w', 3],
  ['nas últimas duas semanas', DEC1, 'last-2w', 4],
  ['últimos 90 dias', DEC1, 'last-90d', 3],
  ['últimos-90-dias', DEC1, 'last-90d', 1],
  ['ultimele 6 luni', DEC1, 'last-6m', 3],
  ['ultimele 14 zile', DEC1, 'last-14d', 3],
  ['ultimele 30 de zile', DEC1, 'last-30d', 4],
  ['ultimele două săptămâni', DEC1, 'last-2w', 3],
  [[['în', 'ultimele', '6', 'luni'], 1], DEC1, 'last-6m', 3],
];

const SINCE: readonly Case[] = [
  ['since march', DEC1, '2026-03-01..2026-12-01', 2],
  ['desde março', DEC1, '2026-03-01..2026-12-01', 2],
  ['din martie încoace', DEC1, '2026-03-01..2026-12-01', 3],
  ['începând cu martie', DEC1, '2026-03-01..2026-12-01', 3],
  ['since 2026-03-15', DEC1, '2026-03-15..2026-12-01', 2],
  ['since 15 march', DEC1, '2026-03-15..2026-12-01', 3],
  ['since march 15', JAN15, '2025-03-15..2026-01-15', 3],
  ['since 2025', DEC1, '2025-01-01..2026-12-01', 2],
  ['since december', DEC1, '2026-12-01..2026-12-01', 2],
  ['since december', JAN15, '2025-12-01..2026-01-15', 2],
  ['desde março de 2025', DEC1, '2025-03-01..2026-12-01', 4],
  ['a partir de 1 de abril', MAY14, '2026-04-01..2026-05-14', 6],
  ['since Q2', DEC1, '2026-04-01..2026-12-01', 2],
  ['since H2 2025', DEC1, '2025-07-01..2026-12-01', 3],
  ['since may', DEC1, '2026-05-01..2026-12-01', 2],
  ['desde set', DEC1, '2026-09-01..2026-12-01', 2],
  ['de la 1 martie', DEC1, '2026-03-01..2026-12-01', 4],
  ['since 2026-03', DEC1, '2026-03-01..2026-12-01', 2],
];

const TO_DATE: readonly Case[] = [
  ['year to date', DEC1, 'ytd', 3],
  ['year-to-date', DEC1, 'ytd', 1],
  ['so far this year', DEC1, 'ytd', 4],
  ['this year so far', DEC1, 'ytd', 4],
  ['YTD', DEC1, 'ytd', 1],
  ['até agora este ano', DEC1, 'ytd', 4],
  ['este ano até agora', DEC1, 'ytd', 4],
  ['desde o início do ano', DEC1, 'ytd', 5],
  ['no acumulado do ano', DEC1, 'ytd', 4],
  ['de la începutul anului', DEC1, 'ytd', 4],
  ['anul acesta până acum', DEC1, 'ytd', 4],
  ['month to date', DEC1, 'mtd', 3],
  ['este mês até agora', DEC1, 'mtd', 4],
  ['luna aceasta până acum', DEC1, 'mtd', 4],
  ['quarter to date', DEC1, 'qtd', 3],
  ['so far this quarter', DEC1, 'qtd', 4],
  ['este trimestre até agora', DEC1, 'qtd', 4],
  ['trimestrul acesta până acum', DEC1, 'qtd', 4],
];

const YEARS_AND_KEYWORDS: readonly Case[] = [
  ['2025', DEC1, '2025', 1],
  ['1900', DEC1, '1900', 1],
  ['2100', DEC1, '2100', 1],
  // What PERIOD_WORDS already reads
  ['last month', DEC1, 'last-month', 2],
  ['this month', DEC1, 'this-month', 2],
  ['mês passado', DEC1, 'last-month', 2],
  ['luna trecută', DEC1, 'last-month', 2],
  ['luna-trecută', DEC1, 'last-month', 1],
  ['anul trecut', DEC1, 'last-year', 2],
  ['ontem', DEC1, 'yesterday', 1],
  ['trimestre passado', DEC1, 'last-quarter', 2],
  // Brazilian and Romanian forms beyond it
  ['último trimestre', DEC1, 'last-quarter', 2],
  ['no último mês', DEC1, 'last-month', 3],
  ['esse mês', DEC1, 'this-month', 2],
  ['ultimul trimestru', DEC1, 'last-quarter', 2],
  // The engine's own syntax, as typed
  ['today', DEC1, 'today', 1],
  ['2026-Q1', DEC1, '2026-Q1', 1],
  ['2026-q1', DEC1, '2026-Q1', 1],
  ['2026-03', DEC1, '2026-03', 1],
  ['last-30d', DEC1, 'last-30d', 1],
  ['LAST-30D', DEC1, 'last-30d', 1],
  ['2026-01-01..2026-03-31', DEC1, '2026-01-01..2026-03-31', 1],
  ['2026-W05', DEC1, '2026-W05', 1],
  ['fy2027-h1', DEC1, 'FY2027-H1', 1],
  ['FY2027-Q2', DEC1, 'FY2027-Q2', 1],
];

/** Phrases followed by words that are not theirs: only the period is used. */
const FOLLOWED: readonly Case[] = [
  [[['fevereiro', 'de', '2025', 'por', 'segmento'], 0], DEC1, '2025-02', 3],
  ['Q1 by segment', DEC1, '2026-Q1', 1],
  ['trimestrul 1 din regiune', DEC1, '2026-Q1', 2],
  ['last 3 months vs previous', DEC1, 'last-3m', 3],
  ['last 3 months by region', DEC1, 'last-3m', 3],
  ['this year vs last year', DEC1, 'this-year', 2],
  ['Q1, Q2', DEC1, '2026-Q1', 1],
  ['february, 2025', DEC1, '2026-02', 1],
  ['2025 vs 2024', DEC1, '2025', 1],
  ['last month by region', DEC1, 'last-month', 2],
  ['since march by channel', DEC1, '2026-03-01..2026-12-01', 2],
  ['last quarter of revenue', DEC1, 'last-quarter', 2],
];

const READ: readonly Case[] = [...MONTHS, ...DAYS, ...QUARTERS, ...HALVES, ...LAST_N, ...SINCE, ...TO_DATE, ...YEARS_AND_KEYWORDS, ...FOLLOWED];

/** Words at which no period phrase starts. */
const NOT_READ: readonly (readonly [readonly string[], number])[] = [
  [['top', '3'], 0],
  [['top', '3'], 1],
  [['3', 'regions'], 0],
  [['12'], 0],
  [['segment'], 0],
  [['previous'], 0],
  [['previous', 'month'], 0],
  [['anterior'], 0],
  [['mês', 'anterior'], 0],
  [['precedent'], 0],
  [['luna', 'precedentă'], 0],
  // Words before a period are the caller's.
  [['the', 'last', '30', 'days'], 0],
  [['in', 'february'], 0],
  [['during', 'march'], 0],
  [['em', 'fevereiro'], 0],
  [['no', 'fevereiro'], 0],
  [['în', 'martie'], 0],
  // Numbers that are not years.
  [['2500'], 0],
  [['1899'], 0],
  [['20250'], 0],
  // `last N` without a unit it knows (years are not read: the engine has no last-Ny).
  [['last'], 0],
  [['last', '3'], 0],
  [['last', '3', 'regions'], 0],
  [['last', '2', 'years'], 0],
  [['ultimii', '3', 'ani'], 0],
  // Everyday words that are also month names.
  [['may'], 0],
  [['cele', 'mai', 'multe'], 1],
  [['clienti', 'noi'], 1],
  [['3', 'months', 'ago'], 2],
  [['stand', 'out'], 1],
  // Only a time word of the month word's own language makes it a month: English `in`, Portuguese `out`.
  [['in', 'out'], 1],
  // Nouns without a number, numbers out of range, dates that never exist.
  [['trimestre'], 0],
  [['by', 'quarter'], 1],
  [['Q5'], 0],
  [['H3'], 0],
  [['trimestrul', '5'], 0],
  [['third', 'half'], 0],
  [['31', 'february'], 0],
  [[','], 0],
  [['since'], 0],
  [['since', 'segment'], 0],
  [['de', 'segmento'], 0],
  [['din', 'ultimele', '30', 'de', 'zile'], 0],
];

const caseName = (input: Case[0]): string => (typeof input === 'string' ? input : `${input[0].join(' ')} @${input[1]}`);

describe('readPeriodPhrase', () => {
  it('GIVEN the hand-worked cases THEN there are at least 120 of them', () => {
    expect(READ.length + NOT_READ.length).toBeGreaterThanOrEqual(120);
  });

  it.each(READ.map(([input, today, period, used]) => [caseName(input), today, period, used, input] as const))(
    'GIVEN %j on %s THEN it reads %s from %i words',
    (_name, today, period, used, input) => {
      const { words, i } = wordsOf(input);
      expect(readPeriodPhrase(words, i, today)).toEqual({ period, used });
    },
  );

  it.each(READ.map((c) => [caseName(c[0]), c[1], c[2]] as const))('GIVEN %j on %s THEN the engine resolves %s', (_name, today, period) => {
    const r = resolvePeriod(period, { now: Date.parse(`${today}T12:00:00Z`), timezone: 'UTC', fiscalYearStart: 1 });
    expect(r.ok ? 'ok' : r.error.detail).toBe('ok');
  });

  it('GIVEN a period in the engine syntax that the engine refuses THEN it is still read, for the engine to say why', () => {
    expect(readPeriodPhrase(['2026-13'], 0, DEC1)).toEqual({ period: '2026-13', used: 1 });
    expect(readPeriodPhrase(['last-0d'], 0, DEC1)).toEqual({ period: 'last-0d', used: 1 });
  });

  it.each(NOT_READ.map(([words, i]) => [`${words.join(' ')} @${i}`, words, i] as const))('GIVEN %j THEN no period starts there', (_name, words, i) => {
    expect(readPeriodPhrase(words, i, DEC1)).toBeUndefined();
  });

  it('GIVEN a today that is not a date THEN it throws: that is a bug of the caller', () => {
    expect(() => readPeriodPhrase(['q1'], 0, '2026-02-30')).toThrow(RangeError);
    expect(() => readPeriodPhrase(['q1'], 0, '1 Dec 2026')).toThrow(RangeError);
  });
});

describe('period word tables', () => {
  it('GIVEN a word two languages give different meanings THEN loading the tables fails and names it', () => {
    expect(() => new Phrases('month', [['mar', 3], ['MAR', 5]])).toThrow(/month "MAR" means both 3 and 5/);
    expect(new Phrases('month', [['mar', 3], ['Mar', 3]]).get('mar')).toBe(3);
  });
});

describe('readPeriodPhrase properties', () => {
  /** Upper-cases the letters `upper` picks and, with `strip`, drops accents, as people type. */
  const retype = (words: readonly string[], upper: readonly boolean[], strip: boolean): string[] =>
    words.map((word, w) => {
      const cased = [...word].map((ch, k) => (upper[(w * 7 + k) % upper.length] ? ch.toUpperCase() : ch)).join('');
      return strip ? cased.normalize('NFD').replace(/\p{M}/gu, '') : cased;
    });
  const typing = fc.record({ upper: fc.array(fc.boolean(), { minLength: 1, maxLength: 30 }), strip: fc.boolean() });

  it('GIVEN any case typed with other capitals or without accents THEN it reads the same', () => {
    fc.assert(
      fc.property(fc.constantFrom(...READ), typing, ([input, today, period, used], { upper, strip }) => {
        const { words, i } = wordsOf(input);
        const r = readPeriodPhrase(retype(words, upper, strip), i, today);
        return r?.period === period && r.used === used;
      }),
      { numRuns: 600 },
    );
  });

  it('GIVEN any non-period typed with other capitals or without accents THEN it is still not read', () => {
    fc.assert(
      fc.property(fc.constantFrom(...NOT_READ), typing, ([words, i], { upper, strip }) => readPeriodPhrase(retype(words, upper, strip), i, DEC1) === undefined),
      { numRuns: 300 },
    );
  });

  it('GIVEN a comma after a phrase THEN it reads the same; GIVEN other words after it THEN it reads at least as much', () => {
    fc.assert(
      fc.property(fc.constantFrom(...READ), fc.array(fc.constantFrom('by', 'segment', 'vs', 'previous', 'top', '3', 'por', 'pe'), { maxLength: 3 }), ([input, today, , used], tail) => {
        const { words, i } = wordsOf(input);
        const before = readPeriodPhrase([...words.slice(0, i + used), ',', ...tail], i, today);
        const r = readPeriodPhrase([...words.slice(0, i + used), ...tail], i, today);
        return before?.used === used && r !== undefined && r.used >= used;
      }),
      { numRuns: 300 },
    );
  });
});
