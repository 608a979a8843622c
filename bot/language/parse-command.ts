import type { Catalog, KpiDef } from '../../engine/catalog/catalog.js';
import { closest } from '../../engine/catalog/closest.js';
import { normalizeName } from '../../engine/catalog/normalize-name.js';
import { err, ok, type Result } from '../../engine/result.js';
import { tokenize } from '../tokenize.js';
import type { Command, QueryCommand } from './command.js';
import { COMMAND_LOOKUP, DIGEST_LOOKUP, KEYWORDS, PERIOD_LOOKUP, PERIOD_WORDS } from './vocabulary.js';
import type { ParseError } from './parse-error.js';
import type { DimensionValues } from '../../engine/query/dimension-values.js';
import { NameIndex, MAX_PHRASE_WORDS } from './name-index.js';
import { readPeriodPhrase } from './period-phrase.js';
import { asQuery, isQuestion, readQuestion, type ReadContext } from './read-question.js';
import { parseSubscribeWords } from './parse-subscribe.js';
import { parseTargetWords, parseUntargetWords } from './parse-target.js';

export interface ParseContext {
  readonly catalog: Catalog;
  /** Whether a word is a period the engine resolves (`last-quarter`, `2026-Q1`, ...), right or wrong. */
  readonly isPeriod: (word: string) => boolean;
  /** The values each dimension has in the data: a value typed on its own filters by it. */
  readonly values?: DimensionValues;
  /** Today in the workspace's time zone (YYYY-MM-DD): `february` and `Q1` are the latest that have started. */
  readonly today?: string;
}

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
  const { command, used } = commandAt(words, 0);
  const rest = words.slice(used);
  switch (command) {
    case 'list':
    case 'help':
    case 'export':
    case 'subscriptions':
    case 'targets':
      return rest.length === 0 ? ok({ kind: command }) : err(unknownWord(rest[0] ?? '', []));
    case 'unsubscribe': {
      const id = subscriptionId(rest[0]);
      return rest.length === 1 && id !== null ? ok({ kind: 'unsubscribe', id }) : err({ code: 'unsubscribe.id', input: rest.join(' ') || null });
    }
    case 'pause':
    case 'resume': {
      const id = subscriptionId(rest[0]);
      return rest.length === 1 && id !== null ? ok({ kind: command, id }) : err({ code: 'subscription.id', command, input: rest.join(' ') || null });
    }
    case 'digest': {
      const id = subscriptionId(rest[0]);
      const action = rest.length === 2 ? DIGEST_LOOKUP.get(normalizeName(rest[1] ?? '')) : undefined;
      if (id === null || action === undefined) return err({ code: 'digest.usage', input: rest.join(' ') || null });
      return ok({ kind: action === 'now' ? 'digest-now' : 'digest-log', id });
    }
    case 'subscribe':
      return parseSubscribe(rest, context);
    case 'target':
      return parseTargetWords(rest, context.catalog);
    case 'untarget':
      return parseUntargetWords(rest, context.catalog);
    case 'define': {
      const kpi = kpiToDefine(rest, context.catalog);
      return kpi.ok ? ok({ kind: 'define', metric: kpi.value.id }) : kpi;
    }
    case 'explain': {
      if (rest.length === 0) return err({ code: 'command.expected', command: 'explain' });
      // `explain why churn last-month`: the numbers behind a why answer.
      const why = commandAt(rest, 0);
      if (why.command === 'why') {
        if (rest.length === why.used) return err({ code: 'command.expected', command: 'why' });
        const query = parseQuery(rest.slice(why.used), context);
        return query.ok ? ok({ kind: 'explain-why', query: query.value }) : query;
      }
      const query = parseQuery(rest, context);
      return query.ok ? ok({ kind: 'explain', query: query.value }) : query;
    }
    case 'why': {
      // `why` on its own, or with only a change (`why by region`), explains the last question.
      if (rest.length === 0) return ok({ kind: 'why-followup', refinement: {} });
      const read = readQuestion(rest, 0, readContext(context));
      if (!read.ok) return read;
      return ok(isQuestion(read.value) ? { kind: 'why', query: asQuery(read.value) } : { kind: 'why-followup', refinement: read.value });
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
  const read = readQuestion(words, 0, readContext(context));
  if (!read.ok) return read;
  // No KPI named: a follow-up that refines the previous answer (`by region`, `vs last-year`).
  return ok(isQuestion(read.value) ? asQuery(read.value) : { kind: 'followup', refinement: read.value });
}

/** The command a line starts with at `words[i]`, one word or two (`por que`, `de ce`), and how many words it took. */
function commandAt(words: readonly string[], i: number): { command: ReturnType<typeof COMMAND_LOOKUP.get>; used: number } {
  const [a, b] = [words[i], words[i + 1]];
  const two = a !== undefined && b !== undefined ? COMMAND_LOOKUP.get(normalizeName(`${a} ${b}`)) : undefined;
  if (two !== undefined) return { command: two, used: 2 };
  return { command: a === undefined ? undefined : COMMAND_LOOKUP.get(normalizeName(a)), used: 1 };
}

/** A subscription's number as typed: `3` or `#3`. */
function subscriptionId(word: string | undefined): number | null {
  const id = Number((word ?? '').replace(/^#/, ''));
  return word !== undefined && word !== '' && Number.isInteger(id) && id > 0 ? id : null;
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

/** A question that must name its KPIs (`let`, `explain`, a subscription's question). */
function parseQuery(words: readonly string[], context: ParseContext): Result<QueryCommand, ParseError> {
  const read = readQuestion(words, 0, readContext(context));
  if (!read.ok) return read;
  if (!isQuestion(read.value)) return err(unknownKpi(words, context.catalog));
  return ok(asQuery(read.value));
}

const indexes = new WeakMap<Catalog, WeakMap<DimensionValues, NameIndex>>();
const NO_VALUES: DimensionValues = {};

/** The reader's context for a parse: name lookups (built once per catalog and value dictionary) and periods. */
function readContext(context: ParseContext): ReadContext {
  const values = context.values ?? NO_VALUES;
  let byValues = indexes.get(context.catalog);
  if (!byValues) indexes.set(context.catalog, (byValues = new WeakMap()));
  let names = byValues.get(values);
  if (!names) byValues.set(values, (names = new NameIndex(context.catalog, values)));
  return { catalog: context.catalog, names, periodAt: (words, i) => periodAt(words, i, context) };
}

/** A period at `words[i]`: one the engine reads as typed (`2026-Q1`, `last-30d`), or a phrase in the three languages. */
function periodAt(words: readonly string[], i: number, context: ParseContext): { value: string; used: number } | undefined {
  const word = words[i];
  if (word === undefined || word === ',') return undefined;
  // The phrase reader spells engine forms the engine's way (`LAST-30D` is `last-30d`), so it goes first.
  if (context.today !== undefined) {
    const phrase = readPeriodPhrase(words, i, context.today);
    if (phrase) return { value: phrase.period, used: phrase.used };
  }
  if (context.isPeriod(word)) return { value: word, used: 1 };
  for (let n = Math.min(MAX_PHRASE_WORDS, words.length - i); n >= 1; n--) {
    const slice = words.slice(i, i + n);
    if (slice.includes(',')) continue;
    const value = PERIOD_LOOKUP.get(normalizeName(slice.join(' ')));
    if (value !== undefined) return { value, used: n };
  }
  return undefined;
}

/** The KPI `define <name>` names: its whole name, as chat and `kpibot define` both read it. */
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

function unknownWord(input: string, extra: readonly string[]): ParseError {
  const known = [
    ...Object.values(PERIOD_WORDS),
    'last-quarter', 'last-month', 'this-year', 'last-12m', 'last-30d',
    ...Object.values(KEYWORDS).flat(),
    ...extra,
  ];
  return { code: 'word.unknown', input, suggestions: closest(input, [...new Set(known)].map((k) => [k, k] as const)) };
}
