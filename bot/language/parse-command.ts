import type { Catalog, KpiDef } from '../../engine/catalog/catalog.js';
import { closest } from '../../engine/catalog/closest.js';
import { normalizeName } from '../../engine/catalog/normalize-name.js';
import { resolveAxis } from '../../engine/query/resolve-axis.js';
import type { BreakdownAxis } from '../../engine/query/query.js';
import { isTimeGrain, type Dimension, type TimeGrain } from '../../engine/schema/tables.js';
import { err, ok, type Result } from '../../engine/result.js';
import { tokenize } from '../tokenize.js';
import type { Command, CompareChoice, QueryCommand, Rank, Refinement, View } from './command.js';
import { AXIS_LOOKUP, COMMAND_LOOKUP, KEYWORDS, PERIOD_LOOKUP, PERIOD_WORDS, VIEW_LOOKUP, isKeyword } from './vocabulary.js';
import type { ParseError } from './parse-error.js';
import { parseSubscribeWords } from './parse-subscribe.js';

export interface ParseContext {
  readonly catalog: Catalog;
  /** Whether a word is a period the engine resolves (`last-quarter`, `2026-Q1`, ...), right or wrong. */
  readonly isPeriod: (word: string) => boolean;
}

/** Longest KPI name tried, in words (`taxa de retenção de clientes`). */
const MAX_NAME_WORDS = 7;
/** Longest keyword or period phrase, in words (`ultimos 30 dias`). */
const MAX_PHRASE_WORDS = 4;
const MAX_TOP = 100;
const CELL_NAME = /^[a-z][a-z0-9_]{0,30}$/i;

/**
 * Parses one line of the `/kpi` language into a command. Every name in the result comes from the
 * catalog or the vocabulary; filter values are kept as typed, to be bound as SQL parameters.
 * Never throws: anything it cannot read is a coded error.
 */
export function parseCommand(text: string, context: ParseContext): Result<Command, ParseError> {
  const words = tokenize(text);
  const first = words[0];
  if (first === undefined) return err({ code: 'query.empty' });
  const command = COMMAND_LOOKUP.get(normalizeName(first));
  const rest = words.slice(1);
  switch (command) {
    case 'list':
    case 'help':
    case 'export':
    case 'subscriptions':
      return rest.length === 0 ? ok({ kind: command }) : err(unknownWord(rest[0] ?? '', []));
    case 'unsubscribe': {
      const id = Number((rest[0] ?? '').replace(/^#/, ''));
      return rest.length === 1 && Number.isInteger(id) && id > 0 ? ok({ kind: 'unsubscribe', id }) : err({ code: 'unsubscribe.id', input: rest.join(' ') || null });
    }
    case 'subscribe':
      return parseSubscribe(rest, context);
    case 'define': {
      const kpi = kpiToDefine(rest, context.catalog);
      return kpi.ok ? ok({ kind: 'define', metric: kpi.value.id }) : kpi;
    }
    case 'explain': {
      if (rest.length === 0) return err({ code: 'command.expected', command: 'explain' });
      const query = parseQuery(rest, context);
      return query.ok ? ok({ kind: 'explain', query: query.value }) : query;
    }
    case 'let': {
      const [name, ...definition] = rest.join(' ').split('=');
      const cell = name?.trim() ?? '';
      if (!CELL_NAME.test(cell) || definition.length === 0) return err({ code: 'command.expected', command: 'let' });
      if (context.catalog.find(cell)) return err({ code: 'let.reserved', name: cell });
      // `cell_4` is how `calc` reads `[4]`: a name of that shape would take the numbered cell's place.
      if (/^cell_\d+$/i.test(cell)) return err({ code: 'let.cell_number', name: cell });
      const query = parseQuery(tokenize(definition.join('=')), context);
      return query.ok ? ok({ kind: 'let', name: cell.toLowerCase(), query: query.value }) : query;
    }
    case 'calc': {
      const expression = text.trim().slice(first.length).trim();
      return expression === '' ? err({ code: 'command.expected', command: 'calc' }) : ok({ kind: 'calc', expression });
    }
    case undefined:
      break;
  }
  if (kpiAt(words, 0, context.catalog)) return parseQuery(words, context);
  // No KPI first: a follow-up that refines the previous answer (`by region`, `vs last-year`).
  const refinement = parseModifiers(words, 0, context, {});
  if (refinement.ok && refinement.value.used === words.length && words.length > 0) {
    return ok({ kind: 'followup', refinement: refinement.value.refinement });
  }
  return err(unknownKpi(words, context.catalog));
}

/** `subscribe <question> <schedule>`: the schedule's words out first, then the rest read as a question. */
function parseSubscribe(words: readonly string[], context: ParseContext): Result<Command, ParseError> {
  const taken = parseSubscribeWords(words, context.catalog);
  if (!taken.ok) return taken;
  const { question, schedule, timezone, targets: typed, alert } = taken.value;
  if (question === '') return err({ code: 'subscribe.question' });
  const query = parseQuery(tokenize(question), context);
  if (!query.ok) return query;
  const first = query.value.metrics[0] ?? '';
  const { '*': plain, ...named } = typed;
  if (plain !== undefined && query.value.metrics.length > 1) return err({ code: 'subscribe.target', input: String(plain) });
  const targets = plain !== undefined ? { [first]: plain } : named;
  return ok({
    kind: 'subscribe',
    question,
    query: query.value,
    schedule,
    ...(timezone ? { timezone } : {}),
    targets,
    ...(alert ? { alert: { ...alert, metric: alert.metric ?? first } } : {}),
  });
}

function parseQuery(words: readonly string[], context: ParseContext): Result<QueryCommand, ParseError> {
  const metrics: string[] = [];
  let i = 0;
  for (;;) {
    const found = kpiAt(words, i, context.catalog);
    if (!found) return err(unknownKpi(words.slice(i), context.catalog));
    if (!metrics.includes(found.id)) metrics.push(found.id);
    i += found.used;
    // `revenue, orders this-year`: a comma or `and` followed by another KPI name.
    const sep = words[i];
    if ((sep === ',' || (sep !== undefined && isKeyword('and', normalizeName(sep)))) && kpiAt(words, i + 1, context.catalog)) {
      i++;
      continue;
    }
    break;
  }
  const modifiers = parseModifiers(words, i, context, { metrics });
  if (!modifiers.ok) return modifiers;
  if (modifiers.value.used !== words.length) {
    const another = kpiAt(words, modifiers.value.used, context.catalog);
    if (another) return err({ code: 'kpi.comma', first: metrics.at(-1) ?? '', second: another.id });
    return err(unknownWord(words[modifiers.value.used] ?? '', context.catalog.list().map((k) => k.id)));
  }
  return ok({ kind: 'query', ...modifiers.value.refinement, metrics });
}

interface Parsed {
  readonly refinement: Refinement;
  /** Index of the first word not read. */
  readonly used: number;
}

/** Reads period, `by`, `where`, `vs`, `top` and `as` clauses, in any order, from `start`. */
function parseModifiers(words: readonly string[], start: number, context: ParseContext, seed: Refinement): Result<Parsed, ParseError> {
  let period: string | undefined;
  const by: BreakdownAxis[] = [];
  const filters: Partial<Record<Dimension, string[]>> = {};
  let compare: CompareChoice | undefined;
  let rank: Rank | undefined;
  let view: View | undefined;

  let i = start;
  while (i < words.length) {
    const word = words[i] ?? '';
    const norm = normalizeName(word);
    if (word === ',' || isKeyword('and', norm)) {
      i++;
      continue;
    }
    const keyword = phraseAt(words, i, (p) => (['by', 'where', 'vs', 'top', 'as'] as const).find((k) => isKeyword(k, p)));
    if (keyword?.value === 'by') {
      i += keyword.used;
      for (;;) {
        const axis = axisAt(words, i);
        if (!axis) return err(words[i] === undefined ? { code: 'query.expected', after: 'by', input: null } : unknownAxis(words[i] ?? ''));
        by.push(axis.value);
        i += axis.used;
        const sep = words[i];
        if ((sep === ',' || (sep !== undefined && isKeyword('and', normalizeName(sep)))) && axisAt(words, i + 1)) {
          i++;
          continue;
        }
        break;
      }
      continue;
    }
    if (keyword?.value === 'where') {
      i += keyword.used;
      let pending = words[i];
      if (pending === undefined || !pending.includes('=')) return err({ code: 'query.expected', after: 'where', input: pending ?? null });
      i++;
      while (pending !== undefined) {
        const [name = '', ...rest] = pending.split('=');
        const axis = axisAt([name], 0);
        if (!axis) return err(unknownAxis(name));
        if (isTimeGrain(axis.value)) return err({ code: 'filter.time', input: name });
        const values = rest.join('=').split(',').map((v) => v.trim()).filter((v) => v !== '');
        // `where segment=SMB, Enterprise`: words after commas without `=` add values.
        while (words[i] === ',' && words[i + 1] !== undefined && !words[i + 1]?.includes('=') && !startsClause(words, i + 1, context)) {
          values.push(words[i + 1] ?? '');
          i += 2;
        }
        if (values.length === 0) return err({ code: 'query.expected', after: 'where', input: pending });
        filters[axis.value] = [...(filters[axis.value] ?? []), ...values];
        pending = undefined;
        if (words[i] === ',' && words[i + 1]?.includes('=')) {
          pending = words[i + 1];
          i += 2;
        }
      }
      continue;
    }
    if (keyword?.value === 'vs') {
      i += keyword.used;
      const target = phraseAt(words, i, (p) =>
        isKeyword('previous', p) ? 'previous' : isKeyword('lastYear', p) ? 'last-year' : isKeyword('none', p) ? 'none' : undefined,
      );
      if (target) {
        compare = target.value;
        i += target.used;
        continue;
      }
      const other = periodAt(words, i, context);
      if (!other) return err({ code: 'query.expected', after: 'vs', input: words[i] ?? null });
      compare = { period: other.value };
      i += other.used;
      continue;
    }
    if (keyword?.value === 'top') {
      const n = Number(words[i + keyword.used]);
      if (!Number.isInteger(n) || n < 1 || n > MAX_TOP) return err({ code: 'top.invalid', input: words[i + keyword.used] ?? null });
      rank = { n, end: 'top' };
      i += keyword.used + 1;
      continue;
    }
    if (keyword?.value === 'as') {
      const shape = VIEW_LOOKUP.get(normalizeName(words[i + keyword.used] ?? ''));
      if (!shape) return err({ code: 'query.expected', after: 'as', input: words[i + keyword.used] ?? null });
      view = shape;
      i += keyword.used + 1;
      continue;
    }
    const p = periodAt(words, i, context);
    if (p) {
      if (period !== undefined) return err({ code: 'period.twice', first: period, second: p.value });
      period = p.value;
      i += p.used;
      continue;
    }
    break;
  }
  const refinement: Refinement = {
    ...seed,
    ...(period !== undefined ? { period } : {}),
    ...(by.length > 0 ? { by } : {}),
    ...(Object.keys(filters).length > 0 ? { filters } : {}),
    ...(compare !== undefined ? { compare } : {}),
    ...(rank !== undefined ? { rank } : {}),
    ...(view !== undefined ? { view } : {}),
  };
  if (i < words.length && i === start && !seed.metrics) return err(unknownWord(words[i] ?? '', []));
  return ok({ refinement, used: i });
}

/** The longest phrase of up to four words at `i` that `match` recognises. */
function phraseAt<T>(words: readonly string[], i: number, match: (phrase: string) => T | undefined): { value: T; used: number } | undefined {
  for (let n = Math.min(MAX_PHRASE_WORDS, words.length - i); n >= 1; n--) {
    const slice = words.slice(i, i + n);
    if (slice.includes(',')) continue;
    const value = match(normalizeName(slice.join(' ')));
    if (value !== undefined) return { value, used: n };
  }
  return undefined;
}

function kpiAt(words: readonly string[], i: number, catalog: Catalog): { id: string; used: number } | undefined {
  for (let n = Math.min(MAX_NAME_WORDS, words.length - i); n >= 1; n--) {
    const slice = words.slice(i, i + n);
    if (slice.includes(',')) continue;
    const kpi = catalog.find(slice.join(' '));
    if (kpi) return { id: kpi.id, used: n };
  }
  return undefined;
}

function periodAt(words: readonly string[], i: number, context: ParseContext): { value: string; used: number } | undefined {
  const word = words[i];
  if (word !== undefined && context.isPeriod(word)) return { value: word, used: 1 };
  return phraseAt(words, i, (p) => PERIOD_LOOKUP.get(p));
}

function axisAt(words: readonly string[], i: number): { value: Dimension | TimeGrain; used: number } | undefined {
  const word = words[i];
  if (word === undefined || word === ',') return undefined;
  const known = phraseAt(words, i, (p) => AXIS_LOOKUP.get(p));
  if (known) return known;
  const axis = resolveAxis(word);
  return axis.ok ? { value: axis.value, used: 1 } : undefined;
}

function startsClause(words: readonly string[], i: number, context: ParseContext): boolean {
  const word = normalizeName(words[i] ?? '');
  return (['by', 'where', 'vs', 'top', 'as'] as const).some((k) => isKeyword(k, word)) || periodAt(words, i, context) !== undefined;
}

/** The words after `define`: the KPI they name, or the closest ones. `kpibot define` reads them the same way. */
export function kpiToDefine(words: readonly string[], catalog: Catalog): Result<KpiDef, ParseError> {
  if (words.length === 0) return err({ code: 'command.expected', command: 'define' });
  const kpi = catalog.find(words.join(' '));
  return kpi ? ok(kpi) : err(unknownKpi(words, catalog));
}

function unknownKpi(words: readonly string[], catalog: Catalog): ParseError {
  const first = words[0] ?? '';
  const guesses = [first, words.slice(0, 2).join(' '), words.slice(0, 3).join(' ')];
  return { code: 'kpi.unknown', input: first, suggestions: [...new Set(guesses.flatMap((g) => catalog.suggest(g)))].slice(0, 3) };
}

function unknownAxis(input: string): ParseError {
  const axis = resolveAxis(input);
  return { code: 'dimension.unknown', input, suggestions: axis.ok ? [] : axis.error.suggestions };
}

function unknownWord(input: string, extra: readonly string[]): ParseError {
  const known = [
    ...Object.values(PERIOD_WORDS),
    'last-quarter', 'last-month', 'this-year', 'last-12m', 'last-30d',
    ...Object.values(KEYWORDS).flat(),
    ...extra,
  ];
  return { code: 'word.unknown', input, suggestions: closest(input, [...new Set(known)].map((k) => [k, k] as const)) };
}
