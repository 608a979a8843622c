import { normalizeName } from '../../engine/catalog/normalize-name.js';
import { PERIOD_LOOKUP } from './vocabulary.js';
import {
  PERIOD_LANGUAGES,
  SHARED_ORDINALS_AFTER_NOUN,
  type LastUnit,
  type PeriodLanguage,
  type PhraseMeaning,
  type YearPart,
} from './period-words.js';

/**
 * The period words of every language merged into one lookup per kind, normalized once when the
 * module loads. A word two languages share must mean the same in both, or loading fails naming it:
 * a mistake in period-words.ts shows at start-up, not in an answer.
 */

/** Phrases of one or more words, normalized, with what each means. */
export class Phrases<T> {
  private readonly byText = new Map<string, T>();
  private longest = 0;

  constructor(what: string, entries: Iterable<readonly [string, T]>) {
    for (const [text, value] of entries) {
      const key = normalizeName(text);
      const known = this.byText.get(key);
      // Two languages may share a word only with the same meaning (`mar` is March in all three).
      if (known !== undefined && known !== value) throw new Error(`period words: ${what} "${text}" means both ${String(known)} and ${String(value)}`);
      this.byText.set(key, value);
      this.longest = Math.max(this.longest, key.split(' ').length);
    }
  }

  /** Every entry that starts at `at[p]`, with the position after it. */
  matches(at: readonly string[], p: number): { end: number; value: T }[] {
    const found: { end: number; value: T }[] = [];
    for (let n = 1; n <= this.longest && p + n <= at.length; n++) {
      const value = this.byText.get(at.slice(p, p + n).join(' '));
      if (value !== undefined) found.push({ end: p + n, value });
    }
    return found;
  }

  /** The one-word entry `word`. */
  get(word: string | undefined): T | undefined {
    return word === undefined ? undefined : this.byText.get(word);
  }
}

const languages = Object.values(PERIOD_LANGUAGES);
const table = <T>(what: string, pick: (l: PeriodLanguage) => Iterable<readonly [string, T]>): Phrases<T> =>
  new Phrases(what, languages.flatMap((l) => [...pick(l)]));
const list = (what: string, pick: (l: PeriodLanguage) => readonly string[]): Phrases<true> =>
  table(what, (l) => pick(l).map((word) => [word, true] as const));
const pairs = <T>(record: Readonly<Record<string, T>>): [string, T][] => Object.entries(record);

/** Fixed phrases: ours, and vocabulary's PERIOD_WORDS (engine keywords), so neither can contradict the other. */
export const PHRASES = new Phrases<PhraseMeaning | string>('phrase', [
  ...languages.flatMap((l) => pairs<PhraseMeaning | string>(l.phrases)),
  ...PERIOD_LOOKUP,
]);
export const MONTHS = table('month', (l) => pairs(l.months));
/**
 * Everyday month words, each with the time words that make it a month: those of its own language,
 * so English `in` does not turn Portuguese `out` into October.
 */
export const EVERYDAY_MONTHS: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const unlocking = new Map<string, Set<string>>();
  for (const l of languages) {
    for (const word of l.everydayMonths) {
      const key = normalizeName(word);
      const words = unlocking.get(key) ?? new Set<string>();
      for (const t of l.timeWords) words.add(normalizeName(t));
      unlocking.set(key, words);
    }
  }
  return unlocking;
})();
export const MONTH_LEADS = list('month lead', (l) => l.monthLeads);
export const PART_NOUNS = table<YearPart>('quarter or half noun', (l) => [
  ...l.quarterNouns.map((n) => [n, 'quarter'] as const),
  ...l.halfNouns.map((n) => [n, 'half'] as const),
]);
export const PART_LETTERS = table<YearPart>('quarter or half letter', (l) => [
  ...l.quarterLetters.map((n) => [n, 'quarter'] as const),
  ...l.halfLetters.map((n) => [n, 'half'] as const),
]);
export const ORDINALS = table('ordinal', (l) => pairs(l.ordinals));
export const ORDINALS_AFTER_NOUN = new Phrases('ordinal after a noun', [
  ...pairs(SHARED_ORDINALS_AFTER_NOUN),
  ...languages.flatMap((l) => pairs(l.ordinalsAfterNoun)),
]);
export const FINAL_ORDINALS = list('final ordinal', (l) => l.finalOrdinals);
export const YEAR_CONNECTORS = list('year connector', (l) => l.yearConnectors);
export const RELATIVE_YEARS = table('relative year', (l) => pairs(l.relativeYears));
export const DAY_CONNECTORS = list('day connector', (l) => l.dayConnectors);
export const LAST_WORDS = list('last word', (l) => l.lastWords);
export const NUMBERS = table('number', (l) => pairs(l.numbers));
export const UNIT_CONNECTORS = list('unit connector', (l) => l.unitConnectors);
export const UNITS = table<LastUnit>('unit', (l) => pairs(l.units));
export const SINCE_WORDS = list('since word', (l) => l.sinceWords);
/** `din … încoace`: the opening and closing words of a since-phrase, normalized. */
export const SINCE_AROUND: readonly (readonly [string[], string[]])[] = Object.values(PERIOD_LANGUAGES).flatMap((l) =>
  l.sinceAround.map(([open, close]) => [normalizeName(open).split(' '), normalizeName(close).split(' ')] as const),
);
