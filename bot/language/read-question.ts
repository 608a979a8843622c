import type { Catalog } from '../../engine/catalog/catalog.js';
import { closest } from '../../engine/catalog/closest.js';
import { normalizeName } from '../../engine/catalog/normalize-name.js';
import { isTimeGrain, type Dimension } from '../../engine/schema/tables.js';
import { err, type Result } from '../../engine/result.js';
import type { QueryCommand, Refinement } from './command.js';
import { readCompareTarget } from './compare-target.js';
import { readExplicitFilters } from './explicit-filters.js';
import { MAX_NAME_WORDS, NameIndex, type Found } from './name-index.js';
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
  const words = clean(raw.slice(start));
  const r = new Reading();
  const at = new WordsAt(words, context);
  /** After a dimension's first value, more of them: `Pro e Premium`, `APAC, LATAM`; the index after them. */
  const readMoreValues = (k: number, axis: Dimension): number => {
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
  };
  let i = 0;
  let afterJoin = false;
  /** A number read before its ranking word (`the 3 sources with the lowest ...`). */
  let pendingCount: { n: number; word: string } | undefined;
  /** Whether a breakdown was named in the singular (`which category ...`): a ranking of one. */
  let singularAxis = false;
  /** The first word nothing read. */
  let unknown: string | undefined;
  while (i < words.length) {
    const word = words[i] ?? '';
    const norm = normalizeName(word);
    if (word === ',' || JOINS.has(norm)) {
      afterJoin = true;
      i++;
      continue;
    }
    const joined = afterJoin;
    afterJoin = false;

    // Explicit filters: `where segment=SMB`, `onde canal=email,phone`, or `segment=SMB` alone.
    const where = WHERES.has(norm) && words[i + 1]?.includes('=') ? 1 : 0;
    // `where region = LATAM`, `onde região é North America`, `unde planul e Basic`.
    if (!where && WHERES.has(norm)) {
      const axis = at.axis(i + 1);
      const j = axis ? at.skipIs(i + 1 + axis.used) : -1;
      const value = axis && !isTimeGrain(axis.value) ? at.value(j) : undefined;
      const own = value?.value.filter((c) => c.dim === axis?.value) ?? [];
      if (axis && value && own.length > 0) {
        r.loose.push({ candidates: own, dim: axis.value as Dimension, typed: words[j] ?? '' });
        i = readMoreValues(j + value.used, axis.value as Dimension);
        r.understoodSomething = true;
        continue;
      }
      if (axis && j < words.length && words[j] !== undefined && !isTimeGrain(axis.value) && STRICT_WHERES.has(norm) && context.names.knowsValuesOf(axis.value as Dimension) && at.skipIs(i + 1 + axis.used) > i + 1 + axis.used) {
        return err({ code: 'filter.value_unknown', dimension: axis.value, input: words[j] ?? '', known: context.names.valuesOf(axis.value as Dimension) });
      }
    }
    // `where segment` with no value: only the words that can mean nothing but `where` say so.
    if (!where && STRICT_WHERES.has(norm) && (words[i + 1] === undefined || (at.axis(i + 1) && !at.value(i + 2)))) {
      return err({ code: 'query.expected', after: 'where', input: words[i + 1] ?? null });
    }
    if (where || (word.includes('=') && !word.startsWith('='))) {
      const taken = readExplicitFilters(words, i + where, r, context);
      if (!taken.ok) return taken;
      i = taken.value;
      r.understoodSomething = true;
      continue;
    }

    // A period phrase first: `últimos 7 dias` is a period, not the ranking word `últimos`.
    const periodHere = context.periodAt(words, i);
    if (periodHere && !at.oneOf(i, COMPARES)) {
      if (r.period !== undefined && r.period !== periodHere.value) return err({ code: 'period.twice', first: r.period, second: periodHere.value });
      r.period = periodHere.value;
      i += periodHere.used;
      r.understoodSomething = true;
      continue;
    }

    const compare = at.oneOf(i, COMPARES);
    if (compare) {
      const target = readCompareTarget(words, at.skipFiller(i + compare.used), context, at);
      if (target) {
        r.compare = target.value;
        i = target.next;
        r.understoodSomething = true;
        continue;
      }
      if (STRICT_COMPARES.has(norm)) return err({ code: 'query.expected', after: 'vs', input: words[i + compare.used] ?? null });
    }
    const shorthand = at.longest(i, (p) => SHORTHANDS.get(normalizeName(p)));
    if (shorthand) {
      r.compare = shorthand.value;
      i += shorthand.used;
      r.understoodSomething = true;
      continue;
    }

    // Rankings: `top 3`, `bottom 2`, `the 5 worst`, `os 3 maiores`, `cele mai bune 3`.
    const n = at.count(i);
    const rankAfterNumber = n !== undefined ? at.longest(i + 1, (p) => RANKS.get(normalizeName(p))) : undefined;
    const rankWord = rankAfterNumber ? undefined : at.longest(i, (p) => RANKS.get(normalizeName(p)));
    if (rankAfterNumber && n !== undefined) {
      if (n < 1 || n > MAX_TOP) return err({ code: 'top.invalid', input: String(n) });
      r.rank = { n, sense: rankAfterNumber.value };
      pendingCount = undefined;
      i += 1 + rankAfterNumber.used;
      r.understoodSomething = true;
      continue;
    }
    if (rankWord) {
      const after = at.count(i + rankWord.used) ?? (pendingCount && !explicitRank(norm) ? takePending() : undefined);
      const explicit = rankWord.value === 'top' || rankWord.value === 'bottom';
      if (explicit && after === undefined && (norm === 'top' || norm === 'bottom')) {
        return err({ code: 'top.invalid', input: words[i + rankWord.used] ?? null });
      }
      if (after !== undefined && (after < 1 || after > MAX_TOP)) return err({ code: 'top.invalid', input: String(after) });
      const ownNumber = at.count(i + rankWord.used) !== undefined;
      r.rank = { n: after ?? 0, sense: rankWord.value };
      i += rankWord.used + (ownNumber ? 1 : 0);
      r.understoodSomething = true;
      continue;
    }

    // `by segment, region`, `por categoria`, `pe regiuni`; `top 3 regions by revenue` names the KPI after it.
    const by = at.oneOf(i, BYS);
    if (by) {
      const j = i + by.used;
      // `pe luna trecută`, `pe 2025`: "for" a period, not a breakdown.
      if (context.periodAt(words, j)) {
        i = j;
        continue;
      }
      // `by ticket category`: a common noun for the rows before the dimension adds nothing.
      const k = r.metrics.length > 0 && at.kpi(j) && at.filler(j) && at.axis(j + (at.filler(j)?.used ?? 0)) ? j + (at.filler(j)?.used ?? 0) : j;
      if (at.axis(k) && !isFilterAxis(k)) {
        i = readAxes(k);
        r.understoodSomething = true;
        continue;
      }
      const kpi = at.kpi(j);
      if (kpi && !context.periodAt(words, j)) {
        addMetric(kpi.value);
        i = j + kpi.used;
        continue;
      }
      // `pe luna trecută`, `por favor`: not a breakdown; read what follows on its own.
      if (words[j] === undefined) return err({ code: 'query.expected', after: 'by', input: null });
      const next = words[j] ?? '';
      if (!context.periodAt(words, j) && !at.filler(j) && !at.value(j) && !JOINS.has(normalizeName(next))) {
        return err({ code: 'dimension.unknown', input: next, suggestions: closest(next, axisCandidates(), 3) });
      }
    }

    const viewPhrase = at.longest(i, (p) => VIEWS.get(normalizeName(p)));
    if (viewPhrase) {
      r.view = viewPhrase.value;
      i += viewPhrase.used;
      r.understoodSomething = true;
      continue;
    }
    if (AS.has(norm)) {
      // `as table`, `as a line chart`, `como gráfico de barras`, `ca grafic cu bare`.
      let j = i + 1;
      while (j < words.length && !at.view(j) && at.filler(j) && !at.value(j)) j += at.filler(j)?.used ?? 1;
      const view = at.view(j);
      if (view) {
        r.view = view.value;
        i = j + view.used;
        r.understoodSomething = true;
        continue;
      }
      // `as pie`: `as` then a word nothing reads is a view that does not exist.
      const k = i + 1;
      const known = at.kpi(k) || at.axis(k) || at.value(k) || at.filler(k) || context.periodAt(words, k) || at.count(k) !== undefined;
      if (words[k] === undefined || !known) return err({ code: 'query.expected', after: 'as', input: words[k] ?? null });
    }

    // The longest of a period, a KPI, a dimension or a value wins (`acquisition channels` is an
    // axis, not the KPI `acquisition`); on a tie, in that order.
    const content = at.content(i);
    if (content) {
      const { kind, used } = content;
      if (kind === 'period') {
        const value = content.period;
        if (r.period !== undefined && r.period !== value) return err({ code: 'period.twice', first: r.period, second: value });
        r.period = value;
        i += used;
        r.understoodSomething = true;
        continue;
      }
      if (kind === 'kpi') {
        // `nps for SMB customers`: a word for customers after a KPI qualifies it; after `and` it is one.
        if (r.metrics.length > 0 && !joined && at.filler(i)?.used === used) {
          i += used;
          continue;
        }
        if (r.metrics.length > 0 && !joined && !r.metrics.includes(content.kpi)) {
          return err({ code: 'kpi.comma', first: r.metrics.at(-1) ?? '', second: content.kpi });
        }
        addMetric(content.kpi);
        i += used;
        continue;
      }
      if (kind === 'axis') {
        const axis = content.axis;
        const typed = words.slice(i, i + used).join(' ');
        const j = at.skipIs(at.skipFiller(i + used));
        const value = !isTimeGrain(axis) ? at.value(j) : undefined;
        const own = value?.value.filter((c) => c.dim === axis) ?? [];
        if (value && own.length > 0 && !isTimeGrain(axis)) {
          // `segmento Enterprise`, `regiunea APAC`, `planurile Pro și Premium`: the axis names the values' dimension.
          r.loose.push({ candidates: own, dim: axis, typed: words[j] ?? '' });
          i = readMoreValues(j + value.used, axis);
        } else {
          if (!r.by.includes(axis)) r.by.push(axis);
          if (SINGULAR_AXES.has(normalizeName(typed))) singularAxis = true;
          i += used;
        }
        r.understoodSomething = true;
        continue;
      }
      r.loose.push({ candidates: content.candidates, typed: words.slice(i, i + used).join(' ') });
      i += used;
      // `SMB segment`, `os clientes Enterprise`: an axis word naming the value's own dimension adds nothing.
      const follow = at.axis(i);
      if (follow && content.candidates.some((c) => c.dim === follow.value)) {
        r.loose[r.loose.length - 1] = {
          candidates: content.candidates.filter((c) => c.dim === follow.value),
          dim: follow.value as Dimension,
          typed: words[i - 1] ?? '',
        };
        i += follow.used;
      }
      r.understoodSomething = true;
      continue;
    }

    // A count waiting for its ranking word: `which 2 plans have the highest churn`, `cele 3 surse cu cea mai mică`.
    const count = at.count(i);
    if (count !== undefined && pendingCount === undefined) {
      pendingCount = { n: count, word };
      i++;
      continue;
    }

    const filler = at.filler(i);
    if (filler) {
      i += filler.used;
      continue;
    }

    // Last, a KPI by the stems of its name (`veniturile`): after every exact reading and filler.
    const loose = at.longest(i, (p) => context.names.kpiByStem(p), MAX_NAME_WORDS);
    // `rezolvarea tichetelor de chat`: the KPIs that are also the rows' common noun qualify the KPI before them.
    if (loose && r.metrics.length > 0 && !joined && NOUN_KPIS.has(loose.value)) {
      i += loose.used;
      continue;
    }
    if (loose) {
      if (r.metrics.length > 0 && !joined && !r.metrics.includes(loose.value)) {
        return err({ code: 'kpi.comma', first: r.metrics.at(-1) ?? '', second: loose.value });
      }
      addMetric(loose.value);
      i += loose.used;
      continue;
    }
    // Not understood: remembered, and the rest still read, so the reply can say all that was understood.
    unknown ??= word;
    i++;
  }

  if (unknown !== undefined) return err(unread(unknown, r, context));

  if (pendingCount) return err(unread(pendingCount.word, r, context));
  if (r.rank && r.rank.n === 0) {
    // `which category had the most tickets`: one group; `the categories with the most`: all of them, ranked.
    if (singularAxis) r.rank = { ...r.rank, n: 1 };
    else r.rank = undefined;
  }
  if (!r.understoodSomething && r.metrics.length === 0) return err({ code: 'query.empty' });
  return r.refinement(context.catalog);

  function takePending(): number | undefined {
    const n = pendingCount?.n;
    pendingCount = undefined;
    return n;
  }

  function addMetric(id: string): void {
    if (!r.metrics.includes(id)) r.metrics.push(id);
    r.understoodSomething = true;
  }

  /** Whether the axis at `j` is followed by one of its values (`segment SMB`): a filter, not a breakdown. */
  function isFilterAxis(j: number): boolean {
    const axis = at.axis(j);
    if (!axis || isTimeGrain(axis.value)) return false;
    const value = at.value(at.skipFiller(j + axis.used));
    return value !== undefined && value.value.some((c) => c.dim === axis.value);
  }

  /** Reads `segment, region` after a breakdown word; the index after them. */
  function readAxes(j: number): number {
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
