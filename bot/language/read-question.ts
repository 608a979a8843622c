import type { Catalog } from '../../engine/catalog/catalog.js';
import { closest } from '../../engine/catalog/closest.js';
import { normalizeName } from '../../engine/catalog/normalize-name.js';
import { isTimeGrain, type Dimension } from '../../engine/schema/tables.js';
import { err, type Result } from '../../engine/result.js';
import type { QueryCommand, Refinement } from './command.js';
import { readCompareTarget } from './compare-target.js';
import { readExplicitFilters } from './explicit-filters.js';
import type { NameIndex, Found } from './name-index.js';
import { WordsAt } from './words-at.js';
import type { ParseError } from './parse-error.js';
import { Reading } from './question-reading.js';
import {
  AS,
  BYS,
  COMPARES,
  CONTRACTION_MAP,
  FILLERS,
  JOINS,
  NOUN_KPIS,
  PUNCTUATION,
  RANKS,
  SHORTHANDS,
  SINGULAR_AXES,
  STRICT_COMPARES,
  STRICT_WHERES,
  VIEWS,
  WHERES,
  explicitRank,
} from './question-word-sets.js';
import { axisCandidates, unread } from './unread-word.js';

export interface ReadContext {
  readonly catalog: Catalog;
  readonly names: NameIndex;
  /** The period phrase that starts at `words[i]`, in the engine's syntax, if one does. */
  readonly periodAt: (words: readonly string[], i: number) => Found<string> | undefined;
}

const MAX_TOP = 100;

/**
 * Reads a question as people type it, in English, Portuguese or Romanian, from `start`: KPIs,
 * a period, breakdowns, filters (as `where dim=value` or a value on its own), a comparison, a
 * ranking and a view, in any order, among question and filler words. Deterministic: each word
 * is either read as one of those, skipped as a known filler word, or the question fails and
 * names it. The result is a refinement: a question when it names a KPI, a follow-up otherwise.
 */
export function readQuestion(raw: readonly string[], start: number, context: ReadContext): Result<Refinement, ParseError> {
  return new QuestionReader(clean(raw.slice(start)), context).read();
}

/** What a reading step did at a position: the index after what it read, an error, or nothing (the next step tries). */
type Step = number | ParseError | undefined;

/**
 * One question being read. Each step looks at the words from a position and either reads
 * something there, fails the question, or leaves the position to the next step; the order of
 * the steps is the order of precedence (a period before a ranking word, an exact name before a stem).
 */
class QuestionReader {
  private readonly r = new Reading();
  private readonly at: WordsAt;
  /** Whether a join word (`and`, `e`, `și`, a comma) stands just before the current position. */
  private joined = false;
  /** A number read before its ranking word (`the 3 sources with the lowest ...`). */
  private pendingCount: { n: number; word: string } | undefined;
  /** Whether a breakdown was named in the singular (`which category ...`): a ranking of one. */
  private singularAxis = false;
  /** The first word nothing read. */
  private unknown: string | undefined;

  constructor(
    private readonly words: readonly string[],
    private readonly context: ReadContext,
  ) {
    this.at = new WordsAt(words, context);
  }

  read(): Result<Refinement, ParseError> {
    const steps = [
      this.explicitFilter,
      this.period,
      this.comparison,
      this.ranking,
      this.breakdown,
      this.view,
      this.content,
      this.count,
      this.filler,
      this.kpiByStem,
    ];
    let i = 0;
    while (i < this.words.length) {
      const word = this.words[i] ?? '';
      if (word === ',' || JOINS.has(normalizeName(word))) {
        this.joined = true;
        i++;
        continue;
      }
      let next: Step;
      for (const step of steps) {
        next = step.call(this, i, word, normalizeName(word));
        if (next !== undefined) break;
      }
      this.joined = false;
      if (typeof next === 'object') return err(next);
      // Not understood: remembered, and the rest still read, so the reply can say all that was understood.
      if (next === undefined) this.unknown ??= word;
      i = next ?? i + 1;
    }
    return this.finish();
  }

  private finish(): Result<Refinement, ParseError> {
    const { r, context } = this;
    if (this.unknown !== undefined) return err(unread(this.unknown, r, context));
    if (this.pendingCount) return err(unread(this.pendingCount.word, r, context));
    if (r.rank && r.rank.n === 0) {
      // `which category had the most tickets`: one group; `the categories with the most`: all of them, ranked.
      if (this.singularAxis) r.rank = { ...r.rank, n: 1 };
      else r.rank = undefined;
    }
    if (!r.understoodSomething && r.metrics.length === 0) return err({ code: 'query.empty' });
    return r.refinement(context.catalog);
  }

  /** `where segment=SMB`, `onde canal=email,phone`, `segment=SMB` alone, `where region = LATAM`, `unde planul e Basic`. */
  private explicitFilter(i: number, word: string, norm: string): Step {
    const { r, at, words, context } = this;
    const where = WHERES.has(norm) && words[i + 1]?.includes('=') ? 1 : 0;
    if (!where && WHERES.has(norm)) {
      const axis = at.axis(i + 1);
      const j = axis ? at.skipIs(i + 1 + axis.used) : -1;
      const value = axis && !isTimeGrain(axis.value) ? at.value(j) : undefined;
      const own = value?.value.filter((c) => c.dim === axis?.value) ?? [];
      if (axis && value && own.length > 0) {
        r.loose.push({ candidates: own, dim: axis.value as Dimension, typed: words[j] ?? '' });
        r.understoodSomething = true;
        return this.moreValues(j + value.used, axis.value as Dimension);
      }
      const named = axis && j < words.length && words[j] !== undefined && !isTimeGrain(axis.value) && at.skipIs(i + 1 + axis.used) > i + 1 + axis.used;
      if (axis && named && STRICT_WHERES.has(norm) && context.names.knowsValuesOf(axis.value as Dimension)) {
        return { code: 'filter.value_unknown', dimension: axis.value, input: words[j] ?? '', known: context.names.valuesOf(axis.value as Dimension) };
      }
    }
    // `where segment` with no value: only the words that can mean nothing but `where` say so.
    if (!where && STRICT_WHERES.has(norm) && (words[i + 1] === undefined || (at.axis(i + 1) && !at.value(i + 2)))) {
      return { code: 'query.expected', after: 'where', input: words[i + 1] ?? null };
    }
    if (where || (word.includes('=') && !word.startsWith('='))) {
      const taken = readExplicitFilters(words, i + where, r, context);
      if (!taken.ok) return taken.error;
      r.understoodSomething = true;
      return taken.value;
    }
    return undefined;
  }

  /** A period phrase before the rest: `últimos 7 dias` is a period, not the ranking word `últimos`. */
  private period(i: number): Step {
    const here = this.at.period(i);
    if (!here || this.at.oneOf(i, COMPARES)) return undefined;
    return this.setPeriod(here.value) ?? i + here.used;
  }

  /** `vs previous`, `em relação ao ano passado`, `față de luna trecută`, `yoy`, `without comparison`. */
  private comparison(i: number, _word: string, norm: string): Step {
    const { r, at, words, context } = this;
    const compare = at.oneOf(i, COMPARES);
    if (compare) {
      const target = readCompareTarget(words, at.skipFiller(i + compare.used), context, at);
      if (target) {
        r.compare = target.value;
        r.understoodSomething = true;
        return target.next;
      }
      if (STRICT_COMPARES.has(norm)) return { code: 'query.expected', after: 'vs', input: words[i + compare.used] ?? null };
    }
    const shorthand = at.longest(i, (p) => SHORTHANDS.get(normalizeName(p)));
    if (!shorthand) return undefined;
    r.compare = shorthand.value;
    r.understoodSomething = true;
    return i + shorthand.used;
  }

  /** `top 3`, `bottom 2`, `the 5 worst`, `os 3 maiores`, `cele mai bune 3`, `the most`. */
  private ranking(i: number, _word: string, norm: string): Step {
    const { r, at, words } = this;
    const n = at.count(i);
    const rankAfterNumber = n !== undefined ? at.longest(i + 1, (p) => RANKS.get(normalizeName(p))) : undefined;
    if (rankAfterNumber && n !== undefined) {
      if (n < 1 || n > MAX_TOP) return { code: 'top.invalid', input: String(n) };
      r.rank = { n, sense: rankAfterNumber.value };
      this.pendingCount = undefined;
      r.understoodSomething = true;
      return i + 1 + rankAfterNumber.used;
    }
    const rankWord = at.longest(i, (p) => RANKS.get(normalizeName(p)));
    if (!rankWord) return undefined;
    const own = at.count(i + rankWord.used);
    const after = own ?? (this.pendingCount && !explicitRank(norm) ? this.takePending() : undefined);
    const explicit = rankWord.value === 'top' || rankWord.value === 'bottom';
    if (explicit && after === undefined && (norm === 'top' || norm === 'bottom')) return { code: 'top.invalid', input: words[i + rankWord.used] ?? null };
    if (after !== undefined && (after < 1 || after > MAX_TOP)) return { code: 'top.invalid', input: String(after) };
    r.rank = { n: after ?? 0, sense: rankWord.value };
    r.understoodSomething = true;
    return i + rankWord.used + (own !== undefined ? 1 : 0);
  }

  /** `by segment, region`, `por categoria`, `pe regiuni`; `top 3 regions by revenue` names the KPI after it. */
  private breakdown(i: number): Step {
    const { r, at, words } = this;
    const by = at.oneOf(i, BYS);
    if (!by) return undefined;
    const j = i + by.used;
    // `pe luna trecută`, `pe 2025`: "for" a period, not a breakdown.
    if (at.period(j)) return j;
    // `by ticket category`: a common noun for the rows before the dimension adds nothing.
    const noun = r.metrics.length > 0 && at.kpi(j) && at.filler(j) && at.axis(j + (at.filler(j)?.used ?? 0)) ? (at.filler(j)?.used ?? 0) : 0;
    if (at.axis(j + noun) && !this.isFilterAxis(j + noun)) {
      r.understoodSomething = true;
      return this.axes(j + noun);
    }
    const kpi = at.kpi(j);
    if (kpi) {
      this.addMetric(kpi.value);
      return j + kpi.used;
    }
    if (words[j] === undefined) return { code: 'query.expected', after: 'by', input: null };
    const next = words[j] ?? '';
    // `por favor`: not a breakdown; what follows is read on its own.
    if (!at.filler(j) && !at.value(j) && !JOINS.has(normalizeName(next))) {
      return { code: 'dimension.unknown', input: next, suggestions: closest(next, axisCandidates(), 3) };
    }
    return undefined;
  }

  /** `as table`, `as a line chart`, `como gráfico de barras`, `ca grafic cu bare`, `just the number`. */
  private view(i: number, _word: string, norm: string): Step {
    const { r, at, words, context } = this;
    const phrase = at.longest(i, (p) => VIEWS.get(normalizeName(p)));
    if (phrase) {
      r.view = phrase.value;
      r.understoodSomething = true;
      return i + phrase.used;
    }
    if (!AS.has(norm)) return undefined;
    let j = i + 1;
    while (j < words.length && !at.view(j) && at.filler(j) && !at.value(j)) j += at.filler(j)?.used ?? 1;
    const view = at.view(j);
    if (view) {
      r.view = view.value;
      r.understoodSomething = true;
      return j + view.used;
    }
    // `as pie`: `as` then a word nothing reads is a view that does not exist.
    const k = i + 1;
    const known = at.kpi(k) || at.axis(k) || at.value(k) || at.filler(k) || context.periodAt(words, k) || at.count(k) !== undefined;
    if (words[k] === undefined || !known) return { code: 'query.expected', after: 'as', input: words[k] ?? null };
    return undefined;
  }

  /**
   * The longest of a period, a KPI, a dimension or a value wins (`acquisition channels` is an
   * axis, not the KPI `acquisition`); on a tie, in that order.
   */
  private content(i: number): Step {
    const { r, at, words } = this;
    const content = at.content(i);
    if (!content) return undefined;
    const { used } = content;
    switch (content.kind) {
      case 'period':
        return this.setPeriod(content.period) ?? i + used;
      case 'kpi':
        // `nps for SMB customers`: a word for customers after a KPI qualifies it; after `and` it is one.
        if (r.metrics.length > 0 && !this.joined && at.filler(i)?.used === used) return i + used;
        return this.addMetricAt(content.kpi) ?? i + used;
      case 'axis': {
        const axis = content.axis;
        const typed = words.slice(i, i + used).join(' ');
        const j = at.skipIs(at.skipFiller(i + used));
        const value = !isTimeGrain(axis) ? at.value(j) : undefined;
        const own = value?.value.filter((c) => c.dim === axis) ?? [];
        r.understoodSomething = true;
        if (value && own.length > 0 && !isTimeGrain(axis)) {
          // `segmento Enterprise`, `regiunea APAC`, `planurile Pro și Premium`: the axis names the values' dimension.
          r.loose.push({ candidates: own, dim: axis, typed: words[j] ?? '' });
          return this.moreValues(j + value.used, axis);
        }
        if (!r.by.includes(axis)) r.by.push(axis);
        if (SINGULAR_AXES.has(normalizeName(typed))) this.singularAxis = true;
        return i + used;
      }
      case 'value': {
        r.loose.push({ candidates: content.candidates, typed: words.slice(i, i + used).join(' ') });
        r.understoodSomething = true;
        // `SMB segment`, `os clientes Enterprise`: an axis word naming the value's own dimension adds nothing.
        const follow = at.axis(i + used);
        if (!follow || !content.candidates.some((c) => c.dim === follow.value)) return i + used;
        r.loose[r.loose.length - 1] = {
          candidates: content.candidates.filter((c) => c.dim === follow.value),
          dim: follow.value as Dimension,
          typed: words[i + used - 1] ?? '',
        };
        return i + used + follow.used;
      }
    }
  }

  /** A count waiting for its ranking word: `which 2 plans have the highest churn`, `cele 3 surse cu cea mai mică`. */
  private count(i: number, word: string): Step {
    const count = this.at.count(i);
    if (count === undefined || this.pendingCount !== undefined) return undefined;
    this.pendingCount = { n: count, word };
    return i + 1;
  }

  private filler(i: number): Step {
    const filler = this.at.filler(i);
    return filler ? i + filler.used : undefined;
  }

  /** Last, a KPI by the stems of its name (`veniturile`): after every exact reading and filler. */
  private kpiByStem(i: number): Step {
    const loose = this.at.kpiByStem(i);
    if (!loose) return undefined;
    // `rezolvarea tichetelor de chat`: the KPIs that are also the rows' common noun qualify the KPI before them.
    if (this.r.metrics.length > 0 && !this.joined && NOUN_KPIS.has(loose.value)) return i + loose.used;
    return this.addMetricAt(loose.value) ?? i + loose.used;
  }

  /** A second period is an error unless it is the same one. */
  private setPeriod(value: string): ParseError | undefined {
    const { r } = this;
    if (r.period !== undefined && r.period !== value) return { code: 'period.twice', first: r.period, second: value };
    r.period = value;
    r.understoodSomething = true;
    return undefined;
  }

  /** Two KPIs side by side with nothing to join them are more likely a slip: ask for a comma. */
  private addMetricAt(id: string): ParseError | undefined {
    const { r } = this;
    if (r.metrics.length > 0 && !this.joined && !r.metrics.includes(id)) return { code: 'kpi.comma', first: r.metrics.at(-1) ?? '', second: id };
    this.addMetric(id);
    return undefined;
  }

  private addMetric(id: string): void {
    if (!this.r.metrics.includes(id)) this.r.metrics.push(id);
    this.r.understoodSomething = true;
  }

  private takePending(): number | undefined {
    const n = this.pendingCount?.n;
    this.pendingCount = undefined;
    return n;
  }

  /** After a dimension's first value, more of them: `Pro e Premium`, `APAC, LATAM`; the index after them. */
  private moreValues(k: number, axis: Dimension): number {
    const { r, at, words } = this;
    let j = k;
    for (;;) {
      const sep = words[j];
      if (sep === undefined || (sep !== ',' && !JOINS.has(normalizeName(sep)))) return j;
      const next = at.value(j + 1);
      const own = next?.value.filter((c) => c.dim === axis) ?? [];
      if (!next || own.length === 0) return j;
      r.loose.push({ candidates: own, dim: axis, typed: words[j + 1] ?? '' });
      j += 1 + next.used;
    }
  }

  /** Whether the axis at `j` is followed by one of its values (`segment SMB`): a filter, not a breakdown. */
  private isFilterAxis(j: number): boolean {
    const axis = this.at.axis(j);
    if (!axis || isTimeGrain(axis.value)) return false;
    const value = this.at.value(this.at.skipFiller(j + axis.used));
    return value !== undefined && value.value.some((c) => c.dim === axis.value);
  }

  /** Reads `segment, region` after a breakdown word; the index after them. */
  private axes(j: number): number {
    const { r, at, words } = this;
    let k = j;
    for (;;) {
      const axis = at.axis(k);
      if (!axis) return k;
      if (!r.by.includes(axis.value)) r.by.push(axis.value);
      k += axis.used;
      const sep = words[k];
      if (sep !== undefined && (sep === ',' || JOINS.has(normalizeName(sep))) && at.axis(k + 1)) {
        k++;
        continue;
      }
      return k;
    }
  }
}

/**
 * Drops question marks and quotes around words (a word that was only punctuation goes), and
 * spells out what is two words in one: `deste` is `de este`.
 */
function clean(words: readonly string[]): string[] {
  const out: string[] = [];
  for (const w of words) {
    if (w === ',') {
      out.push(w);
      continue;
    }
    if (w.includes('=')) {
      // `segment=SMB?`: the question mark ends the question, not the value.
      out.push(w.replace(/[?!.;:]+$/, ''));
      continue;
    }
    // A period range keeps its dots (`2026-01-01..2026-03-31`); only marks at its ends go.
    let stripped = w.replace(PUNCTUATION, '');
    if (stripped === '') continue;
    // `last month's nps`: a possessive is the word itself (but `what's` is a filler of its own).
    if (/['’]s$/i.test(stripped) && !FILLERS.has(normalizeName(stripped))) stripped = stripped.slice(0, -2);
    const contraction = CONTRACTION_MAP.get(normalizeName(stripped));
    if (contraction) {
      out.push(...contraction);
      continue;
    }
    out.push(stripped);
  }
  return out;
}

/** Whether a refinement names KPIs: a question, not a follow-up. */
export function isQuestion(r: Refinement): r is Refinement & { readonly metrics: readonly string[] } {
  return r.metrics !== undefined && r.metrics.length > 0;
}

/** A refinement that names its KPIs as a question. */
export const asQuery = (r: Refinement & { readonly metrics: readonly string[] }): QueryCommand => ({ ...r, kind: 'query', metrics: r.metrics });
