import { closest } from '../../engine/catalog/closest.js';
import { normalizeName } from '../../engine/catalog/normalize-name.js';
import { isTimeGrain, type Dimension } from '../../engine/schema/tables.js';
import { err, ok, type Result } from '../../engine/result.js';
import type { ParseError } from './parse-error.js';
import type { ReadContext } from './read-question.js';
import type { Reading } from './question-reading.js';
import { AS, BYS, COMPARES, RANKS } from './question-word-sets.js';
import { axisCandidates } from './unread-word.js';

/** Reads `segment=SMB, Enterprise, region=Europe` from `i`; the index after them. */
export function readExplicitFilters(words: readonly string[], i: number, r: Reading, context: ReadContext): Result<number, ParseError> {
  let k = i;
  let pending = words[k];
  if (pending === undefined || !pending.includes('=')) return err({ code: 'query.expected', after: 'where', input: pending ?? null });
  k++;
  while (pending !== undefined) {
    const [name = '', ...rest] = pending.split('=');
    const axis = context.names.axis(name);
    if (!axis) return err({ code: 'dimension.unknown', input: name, suggestions: closest(name, [...axisCandidates()], 3) });
    if (isTimeGrain(axis)) return err({ code: 'filter.time', input: name });
    const typed = rest.join('=').split(',').map((v) => v.trim()).filter((v) => v !== '');
    // `where segment=SMB, Enterprise`: words after commas without `=` add values.
    while (words[k] === ',' && words[k + 1] !== undefined && !words[k + 1]?.includes('=') && isMoreValue(words[k + 1] ?? '', axis, context)) {
      typed.push(words[k + 1] ?? '');
      k += 2;
    }
    if (typed.length === 0) return err({ code: 'query.expected', after: 'where', input: pending });
    const list = (r.filters[axis] ??= []);
    for (const v of typed) {
      const known = context.names.value(v).find((c) => c.dim === axis);
      if (!known && context.names.knowsValuesOf(axis)) {
        return err({ code: 'filter.value_unknown', dimension: axis, input: v, known: context.names.valuesOf(axis) });
      }
      const value = known?.value ?? v;
      if (!list.includes(value)) list.push(value);
    }
    pending = undefined;
    if (words[k] === ',' && words[k + 1]?.includes('=')) {
      pending = words[k + 1];
      k += 2;
    }
  }
  return ok(k);
}

/**
 * Whether a word after a comma in `where segment=SMB, Enterprise` is one more value: a value of
 * that dimension in the data, or, when the data has none to check, any word that starts nothing else.
 */
function isMoreValue(word: string, axis: Dimension, context: ReadContext): boolean {
  if (context.names.knowsValuesOf(axis)) return context.names.value(word).some((c) => c.dim === axis);
  const norm = normalizeName(word);
  return !context.names.kpiExact(word) && !context.periodAt([word], 0) && !BYS.has(norm) && !COMPARES.has(norm) && !RANKS.has(norm) && !AS.has(norm);
}

