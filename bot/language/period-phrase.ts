import { DateTime } from 'luxon';
import { normalizeName } from '../../engine/catalog/normalize-name.js';
import { resolvePeriod, type Clock } from '../../engine/time/index.js';
import { YEAR_RANGE, type YearPart } from './period-words.js';
import {
  DAY_CONNECTORS,
  EVERYDAY_MONTHS,
  FINAL_ORDINALS,
  LAST_WORDS,
  MONTHS,
  MONTH_LEADS,
  NUMBERS,
  ORDINALS,
  ORDINALS_AFTER_NOUN,
  PART_LETTERS,
  PART_NOUNS,
  PHRASES,
  RELATIVE_YEARS,
  SINCE_AROUND,
  SINCE_WORDS,
  UNITS,
  UNIT_CONNECTORS,
  YEAR_CONNECTORS,
} from './period-word-tables.js';

/** A period phrase read from a question's words. */
export interface PeriodPhrase {
  /**
   * The period in the engine's own syntax: `2026-02`, `2025-Q1`, `2026-H2`, `2025`, `2026-03-15`,
   * `last-3m`, `2026-03-01..2026-12-01`, or a keyword (`ytd`, `last-month`). A period typed in the
   * engine's syntax comes back as typed, with its letters in the engine's case (`FY2027-H1`,
   * `2026-Q1`, `last-30d`), even when the engine will refuse it (`2026-13`) and say why.
   */
  readonly period: string;
  /** How many words the phrase takes, from `words[i]` on. */
  readonly used: number;
}

/**
 * Reads the longest period phrase that starts exactly at `words[i]`, in English, Portuguese or
 * Romanian (`february`, `fevereiro de 2025`, `Q1 2025`, `trimestrul I din 2025`, `nos últimos 3
 * meses`, `since 15 march`, `este ano até agora`, `2026-Q1`, ...), and returns it in the engine's
 * period syntax with the number of words it used; undefined when no period phrase starts there.
 *
 * - `words` are tokens as `tokenize` makes them; they are compared after `normalizeName` (no
 *   case, no accents), a token with `-` counts as the words it joins (`luna-trecută`), sentence
 *   punctuation at a token's end is ignored (`february?`), and no phrase crosses a comma.
 * - `today` is the workspace's local date, `YYYY-MM-DD`. A month, quarter or half without a year is
 *   the latest one that has started (its first day is on or before today); `since X` runs from
 *   X's first day through today, inclusive.
 * - Words before a period (`in`, `em`, `în`, `during`, `the`) and comparison words (`previous`,
 *   `anterior`) are the caller's and are never read; `de`/`of`/`din` before a year, and PT
 *   `nos`/`nas` before `últimos`, are part of the phrase. A number is read only with a unit or
 *   month after it, a bare four-digit year only from 1900 to 2100.
 * - Month, quarter and half names are calendar ones; keywords (`last-quarter`, `ytd`) follow the
 *   engine, which makes them fiscal when the workspace's fiscal year is.
 *
 * Throws a RangeError when `today` is not a calendar date: that is the caller's bug.
 */
export function readPeriodPhrase(words: readonly string[], i: number, today: string): PeriodPhrase | undefined {
  const day = DateTime.fromISO(today, { zone: 'utc' });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today) || !day.isValid) throw new RangeError(`today must be a date, YYYY-MM-DD: ${today}`);
  const w = wordsFrom(words, i);
  let best: PeriodPhrase | undefined;
  for (const m of candidates(w, day)) {
    const used = w.tokensTo.get(m.end);
    // Only whole tokens; on a tie the earlier reader (the engine's own syntax first) wins.
    if (used !== undefined && (best === undefined || used > best.used)) best = { period: m.period, used };
  }
  return best;
}

/** Past this many tokens no phrase reaches; bounds the work on a long line. */
const MAX_TOKENS = 12;

/** The words from `i` on, each token split into its normalized words. */
interface Words {
  readonly at: readonly string[];
  /** For each position in `at` where a token ends: the number of tokens read up to there. */
  readonly tokensTo: ReadonlyMap<number, number>;
  /** For each position in `at` where a token starts: the token lowercased, and where it ends. */
  readonly tokens: ReadonlyMap<number, { readonly raw: string; readonly end: number }>;
  /** The last normalized word before `words[i]`, which decides everyday month words (`in may`). */
  readonly before: string | undefined;
}

/** A possible reading: it ends before `at[end]`. */
interface Match {
  readonly end: number;
  readonly period: string;
}

/** A reading that names a stretch with a first day, so `since` can start there. */
interface Span extends Match {
  readonly start: string;
}

/** Sentence punctuation that sticks to a word (`february?`, `(Q1`, `jan.`) and is not part of it. */
const clean = (token: string): string => token.replace(/^[(¿¡]+/, '').replace(/[)?!.;:]+$/, '');

function wordsFrom(words: readonly string[], i: number): Words {
  const at: string[] = [];
  const tokensTo = new Map<number, number>();
  const tokens = new Map<number, { raw: string; end: number }>();
  for (let t = i; t < words.length && t - i < MAX_TOKENS; t++) {
    const raw = clean(words[t] ?? '');
    const parts = normalizeName(raw).split(' ').filter((x) => x !== '');
    if (words[t] === ',' || parts.length === 0) break;
    const start = at.length;
    at.push(...parts);
    tokens.set(start, { raw: raw.toLowerCase(), end: at.length });
    tokensTo.set(at.length, t - i + 1);
  }
  const previous = i > 0 ? normalizeName(clean(words[i - 1] ?? '')).split(' ') : [];
  return { at, tokensTo, tokens, before: previous[previous.length - 1] };
}

/** Every reading that starts at the first word, in order of preference on equal length. */
function candidates(w: Words, today: DateTime): Match[] {
  return [...engineSyntax(w, today), ...fixedPhrases(w, today), ...lastN(w), ...since(w, today), ...spansAt(w, 0, today)];
}

const PART_COUNT: Readonly<Record<YearPart, number>> = { quarter: 4, half: 2 };
const PART_MONTHS: Readonly<Record<YearPart, number>> = { quarter: 3, half: 6 };
const PART_LETTER: Readonly<Record<YearPart, string>> = { quarter: 'Q', half: 'H' };

// ---- Readers. Each returns every reading it finds at its position; the longest whole one wins.

/** The engine's own forms (`2026-Q1`, `last-30d`, `FY2027-H1`, `2026-01-01..2026-03-31`, `ytd`), as one token. */
function engineSyntax(w: Words, today: DateTime): Match[] {
  const token = w.tokens.get(0);
  // A bare number is a year or nothing, and the year reader knows which years are years.
  if (!token || /^\d+$/.test(token.raw)) return [];
  // The engine is the one place that knows its syntax; the date only has to be a valid one.
  const clock: Clock = { now: today.plus({ hours: 12 }).toMillis(), timezone: 'UTC', fiscalYearStart: 1 };
  const r = resolvePeriod(token.raw, clock);
  if (!r.ok && r.error.code === 'period.unknown') return [];
  const period = token.raw.replace(/^fy/, 'FY').replace(/-([qhw])(\d+)$/, (_, letter: string, n: string) => `-${letter.toUpperCase()}${n}`);
  return [{ end: token.end, period }];
}

function fixedPhrases(w: Words, today: DateTime): Match[] {
  return PHRASES.matches(w.at, 0).map(({ end, value }) => {
    if (value === 'this-half') return { end, period: halfOf(today, 0) };
    if (value === 'last-half') return { end, period: halfOf(today, -1) };
    return { end, period: value };
  });
}

/** `last 3 months`, `past two weeks`, `nos últimos 30 dias`, `ultimele 30 de zile`, `last 30d`. */
function lastN(w: Words): Match[] {
  const found: Match[] = [];
  for (const lead of LAST_WORDS.matches(w.at, 0)) {
    const p = lead.end;
    const compact = /^(\d+)([dwm])$/.exec(w.at[p] ?? '');
    if (compact) found.push({ end: p + 1, period: `last-${digits(compact[1] ?? '')}${compact[2] ?? ''}` });
    const n = countAt(w.at[p]);
    if (n === undefined) continue;
    for (const q of [p + 1, ...UNIT_CONNECTORS.matches(w.at, p + 1).map((c) => c.end)]) {
      const unit = UNITS.get(w.at[q]);
      if (unit) found.push({ end: q + 1, period: `last-${n}${unit}` });
    }
  }
  return found;
}

/** `since march`, `desde 2025`, `începând cu 15 martie`: from the first day through today. */
function since(w: Words, today: DateTime): Match[] {
  const opened = SINCE_WORDS.matches(w.at, 0).flatMap((s) => [...spansAt(w, s.end, today), ...datesAt(w, s.end)]);
  // `din martie încoace`, `from march onwards`: a date between two words.
  const around = SINCE_AROUND.flatMap(([open, close]) => {
    if (!open.every((word, k) => w.at[k] === word)) return [];
    return [...spansAt(w, open.length, today), ...datesAt(w, open.length)]
      .filter((a) => close.every((word, k) => w.at[a.end + k] === word))
      .map((a) => ({ ...a, end: a.end + close.length }));
  });
  return [...opened, ...around].map((a) => ({ end: a.end, period: `${a.start}..${isoDate(today)}` }));
}

/** A date or month in the engine's syntax after `since`: `2026-03-15`, `2026-03`. */
function datesAt(w: Words, p: number): Span[] {
  const token = w.tokens.get(p);
  if (!token) return [];
  if (/^\d{4}-\d{2}-\d{2}$/.test(token.raw)) return [{ end: token.end, period: token.raw, start: token.raw }];
  if (/^\d{4}-\d{2}$/.test(token.raw)) return [{ end: token.end, period: token.raw, start: `${token.raw}-01` }];
  return [];
}

/** Months, days, quarters, halves and years at `at[p]`: the phrases that have a first day. */
function spansAt(w: Words, p: number, today: DateTime): Span[] {
  return [...monthSpans(w, p, today), ...daySpans(w, p, today), ...partSpans(w, p, today), ...yearSpans(w, p)];
}

/** `february`, `feb 2025`, `fevereiro de 2025`, `luna martie`, `may last year`. */
function monthSpans(w: Words, p: number, today: DateTime): Span[] {
  const found: Span[] = [];
  for (const { at: q, month, context } of monthsAt(w, p)) {
    if (context) {
      const year = month <= today.month ? today.year : today.year - 1;
      found.push(monthSpan(q + 1, year, month));
    }
    for (const tail of yearTails(w, q + 1, today)) found.push(monthSpan(tail.end, tail.year, month));
  }
  return found;
}

/** Month words at `p`, with or without a lead, and whether they are months without a year after them. */
function monthsAt(w: Words, p: number): { at: number; month: number; context: boolean }[] {
  const found: { at: number; month: number; context: boolean }[] = [];
  const word = w.at[p] ?? '';
  const bare = MONTHS.get(word);
  const unlocking = EVERYDAY_MONTHS.get(word);
  const previous = p === 0 ? w.before : w.at[p - 1];
  if (bare !== undefined) found.push({ at: p, month: bare, context: !unlocking || (previous !== undefined && unlocking.has(previous)) });
  for (const lead of MONTH_LEADS.matches(w.at, p)) {
    const month = MONTHS.get(w.at[lead.end]);
    if (month !== undefined) found.push({ at: lead.end, month, context: true });
  }
  return found;
}

/** `15 march`, `15th of march`, `15 de março`, `1 martie 2025`, `march 15`. */
function daySpans(w: Words, p: number, today: DateTime): Span[] {
  const found: Span[] = [];
  const dayThen = dayAt(w.at[p]);
  if (dayThen !== undefined) {
    for (const q of [p + 1, ...DAY_CONNECTORS.matches(w.at, p + 1).map((c) => c.end)]) {
      // A day before an everyday month word is context enough: `15 mai` is a date.
      const month = MONTHS.get(w.at[q]);
      if (month !== undefined) found.push(...daysWith(w, q + 1, today, month, dayThen));
    }
  }
  for (const { at: q, month, context } of monthsAt(w, p)) {
    const dayAfter = dayAt(w.at[q + 1]);
    if (context && dayAfter !== undefined) found.push(...daysWith(w, q + 2, today, month, dayAfter));
  }
  return found;
}

/** The day `day` of `month`, latest passed without a year; with one, as written (the engine checks it). */
function daysWith(w: Words, p: number, today: DateTime, month: number, day: number): Span[] {
  const found: Span[] = [];
  const latest = latestDay(today, month, day);
  if (latest) found.push({ end: p, period: isoDate(latest), start: isoDate(latest) });
  for (const tail of yearTails(w, p, today)) {
    const date = `${tail.year}-${pad(month)}-${pad(day)}`;
    found.push({ end: tail.end, period: date, start: date });
  }
  return found;
}

/** `Q1`, `T1`, `S2`, `first quarter`, `1º trimestre`, `trimestrul I`, with or without a year. */
function partSpans(w: Words, p: number, today: DateTime): Span[] {
  const found: Span[] = [];
  for (const { end, part, n } of partsAt(w, p)) {
    if (n !== 'final') {
      const year = (n - 1) * PART_MONTHS[part] + 1 <= today.month ? today.year : today.year - 1;
      found.push(partSpan(end, year, part, n));
    }
    for (const tail of yearTails(w, end, today)) found.push(partSpan(tail.end, tail.year, part, n === 'final' ? PART_COUNT[part] : n));
  }
  return found;
}

/** Quarters and halves named without a year: their number, or `final` for `last quarter` (of a year). */
function partsAt(w: Words, p: number): { end: number; part: YearPart; n: number | 'final' }[] {
  const found: { end: number; part: YearPart; n: number | 'final' }[] = [];
  const inRange = (part: YearPart, n: number): boolean => Number.isInteger(n) && n >= 1 && n <= PART_COUNT[part];
  const letter = /^([a-z])(\d)$/.exec(w.at[p] ?? '');
  const byLetter = PART_LETTERS.get(letter?.[1]);
  if (letter && byLetter && inRange(byLetter, Number(letter[2]))) found.push({ end: p + 1, part: byLetter, n: Number(letter[2]) });
  for (const o of ORDINALS.matches(w.at, p)) {
    for (const noun of PART_NOUNS.matches(w.at, o.end)) {
      if (inRange(noun.value, o.value)) found.push({ end: noun.end, part: noun.value, n: o.value });
    }
  }
  for (const f of FINAL_ORDINALS.matches(w.at, p)) {
    for (const noun of PART_NOUNS.matches(w.at, f.end)) found.push({ end: noun.end, part: noun.value, n: 'final' });
  }
  for (const noun of PART_NOUNS.matches(w.at, p)) {
    for (const o of ORDINALS_AFTER_NOUN.matches(w.at, noun.end)) {
      if (inRange(noun.value, o.value)) found.push({ end: o.end, part: noun.value, n: o.value });
    }
  }
  return found;
}

/** `2025`, and `2025 Q1`, `2025 H2`, `2025 trimestrul 1` with the year first. */
function yearSpans(w: Words, p: number): Span[] {
  const year = yearAt(w.at[p]);
  if (year === undefined) return [];
  const found: Span[] = [{ end: p + 1, period: String(year), start: `${year}-01-01` }];
  for (const { end, part, n } of partsAt(w, p + 1)) {
    if (n !== 'final') found.push(partSpan(end, year, part, n));
  }
  return found;
}

/** The year after a month, quarter or half: `2025`, `of 2025`, `din anul 2025`, `last year`, `do ano passado`. */
function yearTails(w: Words, p: number, today: DateTime): { end: number; year: number }[] {
  const found: { end: number; year: number }[] = [];
  for (const q of [p, ...YEAR_CONNECTORS.matches(w.at, p).map((c) => c.end)]) {
    const year = yearAt(w.at[q]);
    if (year !== undefined) found.push({ end: q + 1, year });
    for (const r of RELATIVE_YEARS.matches(w.at, q)) found.push({ end: r.end, year: today.year + r.value });
  }
  return found;
}

// ---- Numbers and dates.

function yearAt(word: string | undefined): number | undefined {
  if (word === undefined || !/^\d{4}$/.test(word)) return undefined;
  const year = Number(word);
  return year >= YEAR_RANGE.min && year <= YEAR_RANGE.max ? year : undefined;
}

/** A day of the month as typed before or after a month name: `15`, `15th`, `1º`. */
function dayAt(word: string | undefined): number | undefined {
  const m = /^(\d{1,2})(?:st|nd|rd|th|º|°|o)?$/.exec(word ?? '');
  const day = Number(m?.[1]);
  return m && day >= 1 && day <= 31 ? day : undefined;
}

/** The N of `last N`: digits as typed (the engine says when N is too large or 0), or a number word. */
function countAt(word: string | undefined): string | undefined {
  if (word !== undefined && /^\d+$/.test(word)) return digits(word);
  const n = NUMBERS.get(word);
  return n === undefined ? undefined : String(n);
}

const digits = (text: string): string => text.replace(/^0+(?=\d)/, '');
const pad = (n: number): string => String(n).padStart(2, '0');
const isoDate = (d: DateTime): string => d.toISODate() ?? '';

const monthSpan = (end: number, year: number, month: number): Span => ({
  end,
  period: `${year}-${pad(month)}`,
  start: `${year}-${pad(month)}-01`,
});

const partSpan = (end: number, year: number, part: YearPart, n: number): Span => ({
  end,
  period: `${year}-${PART_LETTER[part]}${n}`,
  start: `${year}-${pad((n - 1) * PART_MONTHS[part] + 1)}-01`,
});

/** The latest `month`/`day` on or before today; 29 February may be years back, a 31 April never is. */
function latestDay(today: DateTime, month: number, day: number): DateTime | undefined {
  for (let year = today.year; year >= today.year - 8; year--) {
    const d = DateTime.utc(year, month, day);
    if (d.isValid && d <= today) return d;
  }
  return undefined;
}

/** The calendar half `offset` halves from today's: 0 this one, -1 the one before. */
function halfOf(today: DateTime, offset: 0 | -1): string {
  const index = today.year * 2 + (today.month <= 6 ? 0 : 1) + offset;
  return `${Math.floor(index / 2)}-H${(index % 2) + 1}`;
}
