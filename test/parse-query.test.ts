import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadCatalog } from '../engine/catalog/load-catalog.js';
import type { Catalog } from '../engine/catalog/catalog.js';
import { parseQuery } from '../bot/parse-query.js';
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

const parse = (text: string) => parseQuery(text, { catalog, isPeriod });

describe('parseQuery', () => {
  it.each([
    ['churn last-quarter by segment', { metric: 'churn_rate', period: 'last-quarter', by: ['segment'] }],
    ['nps 2026-Q1 vs previous', { metric: 'nps', period: '2026-Q1', compare: 'previous' }],
    ['complaints by week last-90d where channel=phone', { metric: 'complaints', period: 'last-90d', by: ['week'], filters: { channel: ['phone'] } }],
    ['revenue by month last-12m', { metric: 'revenue', period: 'last-12m', by: ['month'] }],
    ['revenue vs last-year 2026-03', { metric: 'revenue', period: '2026-03', compare: 'last-year' }],
    ['revenue by segment, region', { metric: 'revenue', by: ['segment', 'region'] }],
    ['revenue where segment=SMB,Enterprise', { metric: 'revenue', filters: { segment: ['SMB', 'Enterprise'] } }],
    ['revenue where segment=SMB, Enterprise, region="North America"', { metric: 'revenue', filters: { segment: ['SMB', 'Enterprise'], region: ['North America'] } }],
    ['Churn Rate last-month', { metric: 'churn_rate', period: 'last-month' }],
    ['rotatividade last-quarter by segment', { metric: 'churn_rate', period: 'last-quarter', by: ['segment'] }],
    ['reclamações last-month by channel', { metric: 'complaints', period: 'last-month', by: ['channel'] }],
    ['reclamacoes last-month', { metric: 'complaints', period: 'last-month' }],
    ['reclamații last-month', { metric: 'complaints', period: 'last-month' }],
    ['ticket médio this-year', { metric: 'average_ticket', period: 'this-year' }],
    ['net promoter score by plan', { metric: 'nps', by: ['plan'] }],
  ])('GIVEN %s THEN it parses to the query', (text, expected) => {
    const r = parse(text);
    expect(r.ok ? r.value : r.error).toEqual(expected);
  });

  it.each([
    ['', 'query.empty'],
    ['chrun last-quarter', 'kpi.unknown'],
    ['revenue by segmnt', 'dimension.unknown'],
    ['revenue lastquarter', 'word.unknown'],
    ['revenue by', 'query.expected'],
    ['revenue where segment', 'query.expected'],
    ['revenue vs yesterday', 'query.expected'],
    ['revenue 2026-Q1 2026-Q2', 'period.twice'],
  ])('GIVEN %j THEN the error is %s', (text, code) => {
    const r = parse(text);
    expect(r.ok ? 'ok' : r.error.code).toBe(code);
  });

  it.each([
    ['chrun last-quarter', 'churn_rate'],
    ['revenu by segment', 'revenue'],
    ['nsp', 'nps'],
    ['complaint_time', 'complaint_resolution_time'],
    ['reclamcoes', 'complaints'],
  ])('GIVEN the misspelt %j THEN the first suggestion is %s', (text, id) => {
    const r = parse(text);
    expect(!r.ok && r.error.code === 'kpi.unknown' && r.error.suggestions[0]).toBe(id);
  });
});
