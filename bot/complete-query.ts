import type { Catalog } from '../engine/catalog/catalog.js';
import { kpiWords } from '../engine/catalog/kpi-words.js';
import { normalizeName } from '../engine/catalog/normalize-name.js';
import type { DimensionValues } from '../engine/query/dimension-values.js';
import { DIMENSIONS } from '../engine/schema/tables.js';
import type { Language } from './i18n/language.js';

/** One autocomplete choice: what the list shows, and the whole line it puts in the box. */
export interface Choice {
  readonly name: string;
  readonly value: string;
}

/** Discord shows at most 25 choices, each name and value at most 100 characters. */
export const MAX_CHOICES = 25;
const MAX_CHOICE_CHARS = 100;

/** What may follow a KPI, in the command language every language reads (format-reading.ts). */
const PERIODS = ['last-30d', 'last-month', 'this-month', 'last-quarter', 'this-quarter', 'last-12m', 'this-year', 'last-year', 'ytd', 'yesterday', 'last-week'];
const COMPARISONS = ['vs last-year', 'vs previous', 'vs none'];
const VIEWS = ['as table', 'as bar', 'as line', 'top 5'];

/**
 * Completions of a half-typed question, from memory only (the catalog, the command words, the
 * dimension values read for the reader), so a platform that gives three seconds (Discord) always
 * gets an answer. The first word completes to a KPI, named in the asker's language; later words to
 * periods, `by <dimension>`, `where <dimension>=<value>`, comparisons and views that the KPI takes.
 */
export function completeQuery(prefix: string, language: Language, catalog: Catalog, values: DimensionValues): Choice[] {
  const typed = prefix.replace(/\s+/g, ' ').trimStart();
  const words = typed.split(' ');
  const partial = normalizeName(words.at(-1) ?? '');
  const head = words.slice(0, -1).join(' ');
  const line = (rest: string): string => (head ? `${head} ${rest}` : rest);
  const choice = (name: string, value: string): Choice => ({ name: name.slice(0, MAX_CHOICE_CHARS), value: value.slice(0, MAX_CHOICE_CHARS) });

  if (words.length <= 1) {
    const kpis = catalog.list().map((k) => ({ id: k.id, name: kpiWords(k, language).name, aliases: k.aliases }));
    const starts = (k: (typeof kpis)[number]): boolean => [k.id, k.name, ...k.aliases].some((w) => normalizeName(w).startsWith(partial));
    const holds = (k: (typeof kpis)[number]): boolean => [k.id, k.name, ...k.aliases].some((w) => normalizeName(w).includes(partial));
    const ranked = [...kpis.filter(starts), ...kpis.filter((k) => !starts(k) && holds(k))];
    return ranked.slice(0, MAX_CHOICES).map((k) => choice(`${k.name} (${k.id})`, k.id));
  }

  const kpi = catalog.get(words[0] ?? '');
  const dims = kpi ? DIMENSIONS.filter((d) => kpi.dimensions.includes(d)) : [...DIMENSIONS];
  const filter = /^where$/i.test(words.at(-2) ?? '') || partial.includes('=');
  const options: string[] = [];
  if (filter) {
    const [dim, value = ''] = (words.at(-1) ?? '').split('=');
    const known = dims.find((d) => d === dim);
    if (known) options.push(...(values[known] ?? []).filter((v) => normalizeName(v).startsWith(normalizeName(value))).map((v) => `${known}=${v}`));
    else options.push(...dims.map((d) => `${d}=`));
  } else {
    options.push(...PERIODS, ...dims.map((d) => `by ${d}`), ...['day', 'week', 'month', 'quarter'].map((g) => `by ${g}`), ...dims.map((d) => `where ${d}=`), ...COMPARISONS, ...VIEWS);
  }
  // An option may be half typed over several words (`by ch` of `by channel`): it replaces the
  // longest tail of the line that begins it, never the KPI itself; the options that take the
  // longest tail win (`vs l` is a comparison, not a period after `vs`).
  const matches = options.flatMap((o) => {
    for (let k = Math.min(o.split(' ').length, words.length - 1); k >= 1; k--) {
      const tail = normalizeName(words.slice(-k).join(' '));
      if (normalizeName(o).startsWith(tail)) return [{ k, line: [...words.slice(0, -k), o].join(' ') }];
    }
    return partial === '' ? [{ k: 0, line: line(o) }] : [];
  });
  const longest = Math.max(0, ...matches.map((m) => m.k));
  const completed = matches.filter((m) => m.k === longest).map((m) => m.line);
  return [...new Set(completed)].slice(0, MAX_CHOICES).map((o) => choice(o, o));
}
