import { distance } from 'fastest-levenshtein';
import { closest } from '../../engine/catalog/closest.js';
import { normalizeName } from '../../engine/catalog/normalize-name.js';
import { formatReading } from './format-reading.js';
import type { ParseError } from './parse-error.js';
import type { ReadContext } from './read-question.js';
import type { Reading } from './question-reading.js';
import { PERIOD_LOOKUP } from './vocabulary.js';

export function axisCandidates(): [string, string][] {
  return ['segment', 'region', 'plan', 'acquisition_channel', 'channel', 'category', 'source', 'brand', 'day', 'week', 'month', 'quarter', 'year'].map((a) => [a, a]);
}

/**
 * The error for a word that is not understood: what was read, the word, a complete question
 * built from what was read, and "did you mean" only when the word is close to a real name.
 */
export function unread(word: string, r: Reading, context: ReadContext): ParseError {
  const understood = r.refinement(context.catalog);
  const reading = understood.ok ? understood.value : {};
  const candidates: [string, string][] = [];
  for (const kpi of context.catalog.list()) for (const name of [kpi.id, kpi.name, ...kpi.aliases]) candidates.push([kpi.id, name]);
  for (const [p, canonical] of PERIOD_LOOKUP) candidates.push([canonical, p]);
  candidates.push(...axisCandidates());
  // Close means a slip: one letter for a short word, two for a longer one, never a guess at a filler.
  const typed = normalizeName(word);
  const slip = typed.length <= 5 ? 1 : 2;
  const suggestions = closest(word, candidates, 6)
    .filter((s) => candidates.some(([shown, text]) => shown === s && distance(typed, normalizeName(text)) <= slip))
    .slice(0, 3);
  // No KPI read: the unknown word is most likely the KPI (`chrun last-quarter`).
  if (!reading.metrics || reading.metrics.length === 0) {
    return { code: 'kpi.unknown', input: word, suggestions: context.catalog.suggest(word) };
  }
  const text = formatReading(reading);
  return {
    code: 'question.unread',
    input: word,
    understood: text === '' ? null : text,
    suggestions,
    tryInstead: reading.metrics && reading.metrics.length > 0 ? text : null,
  };
}

