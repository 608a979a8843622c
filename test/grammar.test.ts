import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadCatalog } from '../engine/catalog/load-catalog.js';
import type { Catalog } from '../engine/catalog/catalog.js';
import fc from 'fast-check';
import { parseCommand } from '../bot/language/parse-command.js';
import { resolvePeriod } from '../engine/time/index.js';

let catalog: Catalog;
const clock = { now: Date.parse('2026-11-22T10:00:00Z'), timezone: 'UTC', fiscalYearStart: 1 };
const isPeriod = (w: string): boolean => {
  const r = resolvePeriod(w, clock);
  return r.ok || r.error.code === 'period.invalid';
};

beforeAll(async () => {
  const loaded = await loadCatalog({ dirs: [join(process.cwd(), 'queries')] });
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.error, null, 2));
  catalog = loaded.value;
});

const parse = (text: string) => parseCommand(text, { catalog, isPeriod });
const q = (metrics: string[], rest: object = {}) => ({ kind: 'query', metrics, ...rest });

describe('parseCommand: the simple query form', () => {
  it.each([
    ['churn last-quarter by segment', q(['churn_rate'], { period: 'last-quarter', by: ['segment'] })],
    ['nps 2026-Q1 vs previous', q(['nps'], { period: '2026-Q1', compare: 'previous' })],
    ['complaints by week last-90d where channel=phone', q(['complaints'], { period: 'last-90d', by: ['week'], filters: { channel: ['phone'] } })],
    ['revenue by month last-12m', q(['revenue'], { period: 'last-12m', by: ['month'] })],
    ['revenue vs last-year 2026-03', q(['revenue'], { period: '2026-03', compare: 'last-year' })],
    ['revenue by segment, region', q(['revenue'], { by: ['segment', 'region'] })],
    ['revenue where segment=SMB,Enterprise', q(['revenue'], { filters: { segment: ['SMB', 'Enterprise'] } })],
    ['revenue where segment=SMB, Enterprise, region="North America"', q(['revenue'], { filters: { segment: ['SMB', 'Enterprise'], region: ['North America'] } })],
    ['Churn Rate last-month', q(['churn_rate'], { period: 'last-month' })],
    ['rotatividade last-quarter by segment', q(['churn_rate'], { period: 'last-quarter', by: ['segment'] })],
    ['reclamações last-month by channel', q(['complaints'], { period: 'last-month', by: ['channel'] })],
    ['reclamacoes last-month', q(['complaints'], { period: 'last-month' })],
    ['reclamații last-month', q(['complaints'], { period: 'last-month' })],
    ['ticket médio this-year', q(['average_ticket'], { period: 'this-year' })],
    ['net promoter score by plan', q(['nps'], { by: ['plan'] })],
  ])('GIVEN %s THEN it parses to the query', (text, expected) => {
    const r = parse(text);
    expect(r.ok ? r.value : r.error).toEqual(expected);
  });

  it.each([
    ['', 'query.empty'],
    ['chrun last-quarter', 'kpi.unknown'],
    ['revenue by segmnt', 'dimension.unknown'],
    ['revenue lastquarter', 'question.unread'],
    ['revenue by', 'query.expected'],
    ['revenue where segment', 'query.expected'],
    ['revenue vs nonsense', 'query.expected'],
    ['revenue 2026-Q1 2026-Q2', 'period.twice'],
  ])('GIVEN %j THEN the error is %s', (text, code) => {
    const r = parse(text);
    expect(r.ok ? 'ok' : r.error.code).toBe(code);
  });

  it.each([
    ['chrun last-quarter', 'churn_rate'],
    ['revnue by segment', 'revenue'],
    ['nsp', 'nps'],
    ['complaint_time', 'complaint_resolution_time'],
    ['reclamcoes', 'complaints'],
  ])('GIVEN the misspelt %j THEN the first suggestion is %s', (text, id) => {
    const r = parse(text);
    expect(!r.ok && r.error.code === 'kpi.unknown' && r.error.suggestions[0]).toBe(id);
  });
});

describe('parseCommand: the full language in English, Portuguese and Romanian', () => {
  it.each([
    // English
    ['revenue, orders this-year by month', q(['revenue', 'orders'], { period: 'this-year', by: ['month'] })],
    ['revenue and orders last-month', q(['revenue', 'orders'], { period: 'last-month' })],
    ['revenue by region top 5 as table', q(['revenue'], { by: ['region'], rank: { n: 5, end: 'top' }, view: 'table' })],
    ['nps vs 2025-Q4 2026-Q1', q(['nps'], { period: '2026-Q1', compare: { period: '2025-Q4' } })],
    ['nps last-quarter vs none', q(['nps'], { period: 'last-quarter', compare: 'none' })],
    ['churn last quarter by segment', q(['churn_rate'], { period: 'last-quarter', by: ['segment'] })],
    ['revenue last 12 months vs last year', q(['revenue'], { period: 'last-12m', compare: 'last-year' })],
    ['nps csat last-month', { code: 'kpi.comma', first: 'nps', second: 'csat' }],
    ['last-quarter by segment churn', q(['churn_rate'], { period: 'last-quarter', by: ['segment'] })],
    // Portuguese
    ['rotatividade trimestre-passado por segmento', q(['churn_rate'], { period: 'last-quarter', by: ['segment'] })],
    ['receita mês-passado por região', q(['revenue'], { period: 'last-month', by: ['region'] })],
    ['reclamações últimos-90-dias por semana onde canal=telefone', q(['complaints'], { period: 'last-90d', by: ['week'], filters: { channel: ['telefone'] } })],
    ['satisfação este-ano vs ano-passado', q(['csat'], { period: 'this-year', compare: 'last-year' })],
    ['satisfação este-ano contra nada', q(['csat'], { period: 'this-year', compare: 'none' })],
    ['ticket médio ano-passado por mês como tabela', q(['average_ticket'], { period: 'last-year', by: ['month'], view: 'table' })],
    ['taxa de cancelamento hoje', q(['churn_rate'], { period: 'today' })],
    // Romanian
    ['reclamații luna-trecută pe canal', q(['complaints'], { period: 'last-month', by: ['channel'] })],
    ['rata de retenție trimestrul-trecut pe segment', q(['retention_rate'], { period: 'last-quarter', by: ['segment'] })],
    ['satisfacție anul-acesta față de anul-trecut', q(['csat'], { period: 'this-year', compare: 'last-year' })],
    ['satisfacție anul-acesta față-de nimic', q(['csat'], { period: 'this-year', compare: 'none' })],
    ['cota de piață ultimele-12-luni pe lună ca linie', q(['market_share'], { period: 'last-12m', by: ['month'], view: 'line' })],
    ['rata de abandon ieri', q(['churn_rate'], { period: 'yesterday' })],
  ])('GIVEN %s THEN it reads as intended', (text, expected) => {
    const r = parse(text);
    if (expected === null) expect(r.ok).toBe(false);
    else expect(r.ok ? r.value : r.error).toEqual(expected);
  });

  it.each([
    ['by region', { kind: 'followup', refinement: { by: ['region'] } }],
    ['vs last-year', { kind: 'followup', refinement: { compare: 'last-year' } }],
    ['vs none', { kind: 'followup', refinement: { compare: 'none' } }],
    ['as table', { kind: 'followup', refinement: { view: 'table' } }],
    ['last-month', { kind: 'followup', refinement: { period: 'last-month' } }],
    ['pe regiune', { kind: 'followup', refinement: { by: ['region'] } }],
    ['list', { kind: 'list' }],
    ['lista', { kind: 'list' }],
    ['help', { kind: 'help' }],
    ['ajutor', { kind: 'help' }],
    ['export', { kind: 'export' }],
    ['define churn', { kind: 'define', metric: 'churn_rate' }],
    ['definir ticket médio', { kind: 'define', metric: 'average_ticket' }],
    ['explain churn last-quarter', { kind: 'explain', query: q(['churn_rate'], { period: 'last-quarter' }) }],
    ['let q1 = nps 2026-Q1', { kind: 'let', name: 'q1', query: q(['nps'], { period: '2026-Q1' }) }],
    ['let Q2=nps 2026-Q2', { kind: 'let', name: 'q2', query: q(['nps'], { period: '2026-Q2' }) }],
    ['calc [4] / [3] - 1', { kind: 'calc', expression: '[4] / [3] - 1' }],
    ['calc q2 - q1', { kind: 'calc', expression: 'q2 - q1' }],
  ])('GIVEN the command %j THEN it is %j', (text, expected) => {
    const r = parse(text);
    expect(r.ok ? r.value : r.error).toEqual(expected);
  });

  it.each([
    ['revenue top 0', 'top.invalid'],
    ['revenue top many', 'top.invalid'],
    ['revenue as pie', 'query.expected'],
    ['revenue where month=3', 'filter.time'],
    ['define', 'command.expected'],
    ['define nothing_like_it', 'kpi.unknown'],
    ['let churn = nps', 'let.reserved'],
    ['let = nps', 'command.expected'],
    ['calc', 'command.expected'],
    ['list everything', 'word.unknown'],
  ])('GIVEN %j THEN the error is %s', (text, code) => {
    const r = parse(text);
    expect(r.ok ? 'ok' : r.error.code).toBe(code);
  });

  it('GIVEN any string at all THEN the parser returns a command or a coded error, never throws, in well under 10 ms', () => {
    const words = ['revenue', 'churn', 'rotatividade', 'by', 'por', 'pe', 'where', 'onde', 'vs', 'segment', 'region=x', ',', 'last-quarter',
      'luna-trecută', '2026-Q1', "'", '"', '=', 'previous', 'month', 'top', '5', 'as', 'table', 'let', 'calc', '[3]', 'define', 'explain'];
    const line = fc.oneof(fc.string(), fc.string({ unit: 'grapheme', maxLength: 200 }), fc.array(fc.constantFrom(...words), { maxLength: 16 }).map((w) => w.join(' ')));
    const times: number[] = [];
    fc.assert(
      fc.property(line, (text) => {
        const started = performance.now();
        const r = parse(text);
        times.push(performance.now() - started);
        if (!r.ok) expect(r.error.code).toMatch(/^[a-z]+\.[a-z_]+$/);
      }),
      { numRuns: 2000 },
    );
    // Speed is a benchmark's business; the median here only guards against a pathological parser.
    times.sort((a, b) => a - b);
    expect(times[Math.floor(times.length / 2)]).toBeLessThan(10);
  });
});
