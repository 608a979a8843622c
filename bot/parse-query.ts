import type { Catalog } from '../engine/catalog/catalog.js';
import { closest } from '../engine/catalog/closest.js';
import { resolveAxis } from '../engine/query/resolve-axis.js';
import type { BreakdownAxis, Comparison, Query } from '../engine/query/query.js';
import { isTimeGrain, type Dimension } from '../engine/schema/tables.js';
import { err, ok, type Result } from '../engine/result.js';
import { tokenize } from './tokenize.js';

/** Period words offered when an unknown word looks like one. */
export const PERIOD_KEYWORDS = [
  'today', 'yesterday', 'this-week', 'last-week', 'this-month', 'last-month', 'this-quarter',
  'last-quarter', 'this-year', 'last-year', 'ytd', 'qtd', 'mtd', 'last-7d', 'last-30d', 'last-90d', 'last-12m',
] as const;

export type ParseError =
  | { readonly code: 'query.empty' }
  | { readonly code: 'kpi.unknown'; readonly input: string; readonly suggestions: readonly string[] }
  | { readonly code: 'dimension.unknown'; readonly input: string; readonly suggestions: readonly string[] }
  | { readonly code: 'word.unknown'; readonly input: string; readonly suggestions: readonly string[] }
  | { readonly code: 'query.expected'; readonly after: 'by' | 'where' | 'vs'; readonly input: string | null }
  | { readonly code: 'period.twice'; readonly first: string; readonly second: string };

export interface ParseContext {
  readonly catalog: Catalog;
  /** Whether a word is a period the engine resolves (`last-quarter`, `2026-Q1`, ...). */
  readonly isPeriod: (word: string) => boolean;
}

/** Longest KPI name tried, in words (`taxa de retenção de clientes`). */
const MAX_NAME_WORDS = 6;

/**
 * Parses the simple query form `<kpi> [period] [by <dim>[, <dim>]] [where <dim>=<value>[,<value>]]
 * [vs previous|last-year]`, words after the KPI in any order. Names are checked against the
 * catalog here, so everything in the returned query is a catalog id, a known dimension, or a
 * value that will be bound as a parameter.
 */
export function parseQuery(text: string, context: ParseContext): Result<Query, ParseError> {
  const words = tokenize(text);
  if (words.length === 0) return err({ code: 'query.empty' });

  let metric: string | undefined;
  let used = 0;
  for (let n = Math.min(MAX_NAME_WORDS, words.length); n >= 1 && !metric; n--) {
    const kpi = context.catalog.find(words.slice(0, n).join(' '));
    if (kpi) {
      metric = kpi.id;
      used = n;
    }
  }
  if (!metric) {
    const first = words[0] ?? '';
    const guess = [first, words.slice(0, 2).join(' '), words.slice(0, 3).join(' ')];
    const suggestions = [...new Set(guess.flatMap((g) => context.catalog.suggest(g)))].slice(0, 3);
    return err({ code: 'kpi.unknown', input: first, suggestions });
  }

  let period: string | undefined;
  const by: BreakdownAxis[] = [];
  const filters: Partial<Record<Dimension, string[]>> = {};
  let compare: Comparison | undefined;

  let i = used;
  const peek = (): string | undefined => words[i];
  while (i < words.length) {
    const word = words[i++] ?? '';
    const lower = word.toLowerCase();
    if (lower === ',' || lower === 'and') continue;
    if (lower === 'by') {
      for (;;) {
        const name = words[i++];
        if (name === undefined || name === ',') return err({ code: 'query.expected', after: 'by', input: name ?? null });
        const axis = resolveAxis(name);
        if (!axis.ok) return err(axis.error);
        by.push(axis.value);
        // `by segment, region` and `by segment and region` name a second axis.
        const separator = peek()?.toLowerCase();
        if ((separator === ',' || separator === 'and') && words[i + 1] !== undefined && !isKeyword(words[i + 1])) {
          i++;
          continue;
        }
        break;
      }
      continue;
    }
    if (lower === 'where') {
      const first = words[i++];
      if (first === undefined || !first.includes('=')) return err({ code: 'query.expected', after: 'where', input: first ?? null });
      let pending: string | undefined = first;
      while (pending !== undefined) {
        const [name = '', ...rest] = pending.split('=');
        const axis = resolveAxis(name);
        if (!axis.ok) return err(axis.error);
        if (isTimeGrain(axis.value)) {
          return err({ code: 'dimension.unknown', input: name, suggestions: [] });
        }
        const values = rest.join('=').split(',').filter((v) => v !== '');
        // `where segment=SMB, Enterprise`: words after commas without `=` add values.
        while (peek() === ',' && words[i + 1] !== undefined && !words[i + 1]?.includes('=') && !isKeyword(words[i + 1])) {
          values.push(words[i + 1] ?? '');
          i += 2;
        }
        if (values.length === 0) return err({ code: 'query.expected', after: 'where', input: pending });
        filters[axis.value] = [...(filters[axis.value] ?? []), ...values];
        pending = undefined;
        if (peek() === ',' && words[i + 1]?.includes('=')) {
          pending = words[i + 1];
          i += 2;
        }
      }
      continue;
    }
    if (lower === 'vs' || lower === 'versus') {
      const what = words[i++]?.toLowerCase();
      if (what === 'previous' || what === 'prev' || what === 'previous-period') compare = 'previous';
      else if (what === 'last-year' || what === 'ly') compare = 'last-year';
      else if (what === 'last' && words[i]?.toLowerCase() === 'year') {
        compare = 'last-year';
        i++;
      } else return err({ code: 'query.expected', after: 'vs', input: what ?? null });
      continue;
    }
    if (context.isPeriod(word)) {
      if (period !== undefined) return err({ code: 'period.twice', first: period, second: word });
      period = word;
      continue;
    }
    const suggestions = closest(word, [...PERIOD_KEYWORDS, 'by', 'where', 'vs'].map((k) => [k, k] as const));
    return err({ code: 'word.unknown', input: word, suggestions });
  }

  return ok({
    metric,
    ...(period !== undefined ? { period } : {}),
    ...(by.length > 0 ? { by } : {}),
    ...(Object.keys(filters).length > 0 ? { filters } : {}),
    ...(compare ? { compare } : {}),
  });
}

function isKeyword(word: string | undefined): boolean {
  const w = word?.toLowerCase();
  return w === 'by' || w === 'where' || w === 'vs' || w === 'versus';
}
