import { distance } from 'fastest-levenshtein';
import { normalizeName } from './normalize-name.js';

/**
 * The candidates closest to `input`, best first, for "did you mean". Each candidate is
 * `[name shown, text compared]`; a name shown under several texts keeps its best score.
 * Scores, lower is better:
 *   0-1  one slip: a letter wrong, missing or extra, or two neighbours swapped (`nsp`, `chrun`)
 *   1.5  every word typed starts a word of the name (`ret`, `complaint time`)
 *   2+   more edits, within a third of the name's length
 */
export function closest(input: string, candidates: readonly (readonly [string, string])[], limit = 3): string[] {
  const needle = normalizeName(input);
  if (needle === '') return [];
  const needleWords = needle.split(' ');
  const scored: { shown: string; score: number }[] = [];
  for (const [shown, text] of candidates) {
    const hay = normalizeName(text);
    let d = distance(needle, hay);
    if (d === 2 && isSwap(needle, hay)) d = 1;
    const longest = Math.max(needle.length, hay.length);
    const budget = longest < 4 ? 1 : Math.max(2, Math.floor(longest / 3));
    let score = d <= budget ? d : Infinity;
    const hayWords = hay.split(' ');
    if (needle.length >= 3 && needleWords.every((w) => hayWords.some((h) => h.startsWith(w)))) score = Math.min(score, 1.5);
    if (score !== Infinity) scored.push({ shown, score });
  }
  scored.sort((a, b) => a.score - b.score || a.shown.localeCompare(b.shown));
  const out: string[] = [];
  for (const s of scored) {
    if (!out.includes(s.shown)) out.push(s.shown);
    if (out.length === limit) break;
  }
  return out;
}

/** Whether `b` is `a` with two neighbouring letters swapped. */
function isSwap(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const diff: number[] = [];
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diff.push(i);
  const [i, j] = diff;
  return diff.length === 2 && i !== undefined && j === i + 1 && a[i] === b[j] && a[j] === b[i];
}
