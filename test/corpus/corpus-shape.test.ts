import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { CORPUS_VALUES, QUESTIONS, REFUSED } from './questions.js';

/**
 * The corpus's own consistency, not the reader: every reading is in the canonical format, names
 * KPIs of the catalog, breaks down and filters only by dimensions those KPIs allow, and filters
 * only by values present in the data. The expected readings themselves were worked out by hand.
 */

interface Kpi {
  readonly id: string;
  readonly dimensions?: readonly string[];
}

const catalog = new Map<string, Kpi>(
  readdirSync(join(import.meta.dirname, '../../queries'))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => parse(readFileSync(join(import.meta.dirname, '../../queries', f), 'utf8')) as Kpi)
    .map((k) => [k.id, k]),
);

const DIMENSION_ORDER = ['segment', 'region', 'plan', 'acquisition_channel', 'channel', 'category', 'source', 'brand'];
const GRAINS = ['day', 'week', 'month', 'quarter', 'year'];
const NAMED_PERIODS = [
  'today', 'yesterday', 'this-week', 'last-week', 'this-month', 'last-month', 'this-quarter',
  'last-quarter', 'this-year', 'last-year', 'ytd', 'mtd', 'qtd',
];
const PERIOD_FORMS = [
  /^last-\d+[dwm]$/,
  /^\d{4}$/,
  /^\d{4}-(0[1-9]|1[0-2])$/,
  /^\d{4}-Q[1-4]$/,
  /^\d{4}-H[12]$/,
  /^\d{4}-W\d{2}$/,
  /^\d{4}-\d{2}-\d{2}\.\.\d{4}-\d{2}-\d{2}$/,
];
const isPeriod = (p: string): boolean => NAMED_PERIODS.includes(p) || PERIOD_FORMS.some((r) => r.test(p));

const READING =
  /^(?<kpis>[a-z0-9_]+(?:, [a-z0-9_]+)*)(?: (?<period>(?!by |where |vs |top |bottom |as )[^ ]+))?(?: by (?<by>[a-z_]+(?:, [a-z_]+)?))?(?<wheres>(?: where [a-z_]+=[^=]+?)*)(?: vs (?<vs>[^ ]+))?(?: (?:top|bottom) [1-9]\d*)?(?: as (?:number|table|bar|line))?$/;

/** Every problem with one reading, as sentences. */
function problems(reading: string): string[] {
  const m = READING.exec(reading);
  if (!m?.groups) return ['not in the canonical format'];
  const out: string[] = [];
  const kpis = m.groups.kpis!.split(', ');
  for (const id of kpis) if (!catalog.has(id)) out.push(`no KPI ${id}`);
  const allowed = (dim: string): boolean => kpis.every((id) => catalog.get(id)?.dimensions?.includes(dim) ?? false);
  const { period, by, wheres, vs } = m.groups;
  if (period !== undefined && !isPeriod(period)) out.push(`bad period ${period}`);
  if (vs !== undefined && !['previous', 'last-year', 'none'].includes(vs) && !isPeriod(vs)) out.push(`bad vs ${vs}`);
  for (const axis of by?.split(', ') ?? []) {
    if (!GRAINS.includes(axis) && !allowed(axis)) out.push(`${kpis.join(', ')} cannot be broken down by ${axis}`);
  }
  const filters = (wheres ?? '').split(' where ').slice(1);
  const dims = filters.map((f) => f.slice(0, f.indexOf('=')));
  const sorted = [...dims].sort((a, b) => DIMENSION_ORDER.indexOf(a) - DIMENSION_ORDER.indexOf(b));
  if (dims.join() !== sorted.join() || new Set(dims).size !== dims.length) out.push('filters out of order');
  for (const f of filters) {
    const dim = f.slice(0, f.indexOf('='));
    if (!allowed(dim)) out.push(`${kpis.join(', ')} cannot be filtered by ${dim}`);
    for (const v of f.slice(f.indexOf('=') + 1).split(',')) {
      if (!(CORPUS_VALUES[dim] ?? []).includes(v)) out.push(`no value ${v} of ${dim}`);
    }
  }
  return out;
}

describe('the question corpus', () => {
  it('has at least 120 questions and 15 refusals per language', () => {
    for (const lang of ['en', 'pt', 'ro'] as const) {
      expect(QUESTIONS.filter((q) => q.lang === lang).length).toBeGreaterThanOrEqual(120);
      expect(REFUSED.filter((q) => q.lang === lang).length).toBeGreaterThanOrEqual(15);
    }
  });

  it('asks each question once per language', () => {
    const keys = QUESTIONS.map((q) => `${q.lang} ${q.q}`);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });

  it('reads every question as a well-formed query the catalog allows', () => {
    const bad = QUESTIONS.flatMap((q) => problems(q.reading).map((p) => `${q.lang} "${q.q}" -> "${q.reading}": ${p}`));
    expect(bad).toEqual([]);
  });

  it('uses at least 25 KPIs in each language', () => {
    for (const lang of ['en', 'pt', 'ro'] as const) {
      const ids = new Set(QUESTIONS.filter((q) => q.lang === lang).flatMap((q) => READING.exec(q.reading)?.groups?.kpis?.split(', ') ?? []));
      expect(ids.size).toBeGreaterThanOrEqual(25);
    }
  });

  it('names, for every refusal, a word of its question', () => {
    for (const r of REFUSED) expect(r.q.toLowerCase()).toContain(r.word.toLowerCase());
  });
});
