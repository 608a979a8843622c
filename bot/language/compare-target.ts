import type { CompareChoice } from './command.js';
import type { WordsAt } from './words-at.js';
import type { ReadContext } from './read-question.js';
import { LAST_YEAR, NONE, PREVIOUS, UNITS } from './question-word-sets.js';

/** `vs previous`, `em relação ao mês anterior`, `față de anul trecut`, `versus 2025-Q3`, `vs none`. */
export function readCompareTarget(words: readonly string[], i: number, context: ReadContext, at: WordsAt): { value: CompareChoice; next: number } | undefined {
  const lastYear = at.oneOf(i, LAST_YEAR, 7);
  if (lastYear) return { value: 'last-year', next: i + lastYear.used };
  const none = at.oneOf(i, NONE);
  if (none) return { value: 'none', next: i + none.used };
  // `previous`, `the previous month`, `o período anterior`, `luna precedentă`: a unit word on either side.
  let j = i;
  const unitBefore = at.oneOf(j, UNITS, 1);
  if (unitBefore) j += 1;
  const previous = at.oneOf(j, PREVIOUS, 2);
  if (previous) {
    j += previous.used;
    if (!unitBefore && at.oneOf(j, UNITS, 1)) j += 1;
    return { value: 'previous', next: j };
  }
  const period = context.periodAt(words, i);
  if (period) return { value: { period: period.value }, next: i + period.used };
  return undefined;
}

