import { normalizeName } from '../../engine/catalog/normalize-name.js';
import type { BreakdownAxis } from '../../engine/query/query.js';
import { isTimeGrain, type Dimension } from '../../engine/schema/tables.js';
import type { View } from './command.js';
import { MAX_NAME_WORDS, MAX_PHRASE_WORDS, type Found } from './name-index.js';
import type { ReadContext } from './read-question.js';
import { FILLERS, IS, VIEWS } from './question-word-sets.js';
import { VIEW_LOOKUP } from './vocabulary.js';

/** What may stand at a position of a question: a period, a KPI, a dimension or a value. */
export type Content =
  | { readonly kind: 'period'; readonly period: string; readonly used: number }
  | { readonly kind: 'kpi'; readonly kpi: string; readonly used: number }
  | { readonly kind: 'axis'; readonly axis: BreakdownAxis; readonly used: number }
  | { readonly kind: 'value'; readonly candidates: readonly { dim: Dimension; value: string }[]; readonly used: number };

const inSet = (s: ReadonlySet<string>) => (p: string) => (s.has(normalizeName(p)) ? true : undefined);

/**
 * The lookups the reader makes at a position of the words: each finds the longest phrase
 * starting there that names something (a comma ends every phrase), and how many words it used.
 */
export class WordsAt {
  constructor(
    private readonly words: readonly string[],
    private readonly context: ReadContext,
  ) {}

  private phrase(i: number, n: number): string | undefined {
    const slice = this.words.slice(i, i + n);
    return slice.length === n && !slice.includes(',') ? slice.join(' ') : undefined;
  }

  /** The longest phrase of up to `max` words at `i` that `match` recognises. */
  longest<T>(i: number, match: (p: string) => T | undefined, max = MAX_PHRASE_WORDS): Found<T> | undefined {
    for (let n = Math.min(max, this.words.length - i); n >= 1; n--) {
      const p = this.phrase(i, n);
      const value = p === undefined ? undefined : match(p);
      if (value !== undefined) return { value, used: n };
    }
    return undefined;
  }

  /** A phrase of one of the set's words at `i`. */
  oneOf(i: number, words: ReadonlySet<string>, max?: number): Found<true> | undefined {
    return this.longest(i, inSet(words), max);
  }

  /** A KPI by its exact name, else by the stems of its words. */
  kpi(i: number): Found<string> | undefined {
    const { names } = this.context;
    return this.longest(i, (p) => names.kpiExact(p), MAX_NAME_WORDS) ?? this.kpiByStem(i);
  }

  kpiByStem(i: number): Found<string> | undefined {
    return this.longest(i, (p) => this.context.names.kpiByStem(p), MAX_NAME_WORDS);
  }

  axis(i: number): Found<BreakdownAxis> | undefined {
    return this.longest(i, (p) => this.context.names.axis(p));
  }

  value(i: number): Found<readonly { dim: Dimension; value: string }[]> | undefined {
    return this.longest(i, (p) => {
      const v = this.context.names.value(p);
      return v.length > 0 ? v : undefined;
    });
  }

  filler(i: number): Found<true> | undefined {
    return this.oneOf(i, FILLERS);
  }

  period(i: number): Found<string> | undefined {
    return this.context.periodAt(this.words, i);
  }

  /** Skips filler words from `i` (but not a value: `Pro` is a plan before it is `para o`); the index after them. */
  skipFiller(i: number): number {
    let j = i;
    for (let f = this.filler(j); f && !this.value(j); f = this.filler(j)) j += f.used;
    return j;
  }

  /** Skips `is`, `=`, `este` between a dimension and its value. */
  skipIs(i: number): number {
    return i + (this.oneOf(i, IS)?.used ?? 0);
  }

  /** The longest content at `i`: a period, a KPI by its exact name, a dimension (one that may stand without `by`), a value. */
  content(i: number): Content | undefined {
    const found: Content[] = [];
    const period = this.period(i);
    if (period) found.push({ kind: 'period', period: period.value, used: period.used });
    const kpi = this.longest(i, (p) => this.context.names.kpiExact(p), MAX_NAME_WORDS);
    if (kpi) found.push({ kind: 'kpi', kpi: kpi.value, used: kpi.used });
    const axis = this.axis(i);
    if (axis && bareAxisAllowed(this.words.slice(i, i + axis.used).join(' '), axis.value)) found.push({ kind: 'axis', axis: axis.value, used: axis.used });
    const value = this.value(i);
    if (value) found.push({ kind: 'value', candidates: value.value, used: value.used });
    let best: Content | undefined;
    for (const f of found) if (!best || f.used > best.used) best = f;
    return best;
  }

  view(i: number): Found<View> | undefined {
    return this.longest(i, (p) => VIEWS.get(normalizeName(p)) ?? VIEW_LOOKUP.get(normalizeName(p)));
  }

  /** A whole number of up to three digits: a ranking's count. */
  count(i: number): number | undefined {
    const w = this.words[i];
    if (w === undefined || !/^\d{1,3}$/.test(w)) return undefined;
    return Number(w);
  }
}

/**
 * A dimension named without `by` is a breakdown (`complaint categories`, `nps segments`); a time
 * grain needs `by` (`by month`), since `mês` or `an` alone are as often part of a phrase, except
 * the adverbs that can only mean one (`monthly`, `mensal`, `lunar`).
 */
function bareAxisAllowed(typed: string, axis: BreakdownAxis): boolean {
  if (!isTimeGrain(axis)) return true;
  return /^(daily|weekly|monthly|quarterly|yearly|annually|diario|diaria|semanal|mensal|trimestral|anual|zilnic|saptamanal|lunar|anual)$/.test(normalizeName(typed));
}


