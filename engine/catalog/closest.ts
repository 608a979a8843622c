import { distance } from 'fastest-levenshtein';
import { normalizeName } from './normalize-name.js';

/**
 * The candidates closest to `input`, best first, for "did you mean". A candidate qualifies when
 * its edit distance is small for its length, or when one contains the other as a word prefix
 * (`ret` -> `retention_rate`). Each candidate is `[name shown, text compared]`.
 */
export function closest(input: string, candidates: readonly (readonly [string, string])[], limit = 3): string[] {
  const needle = normalizeName(input);
  if (needle === '') return [];
  const scored: { shown: string; score: number }[] = [];
  for (const [shown, text] of candidates) {
    const hay = normalizeName(text);
    const d = distance(needle, hay);
    // Two edits cover a swapped pair of letters (`chrun`) in any word of four letters or more.
    const longest = Math.max(needle.length, hay.length);
    const budget = longest < 4 ? 1 : Math.max(2, Math.floor(longest / 3));
    let score = d <= budget ? d : Infinity;
    if (needle.length >= 3 && (hay.startsWith(needle) || hay.split(' ').some((w) => w.startsWith(needle)))) {
      score = Math.min(score, 0.5);
    }
    if (score !== Infinity) scored.push({ shown, score });
  }
  scored.sort((a, b) => a.score - b.score || a.shown.localeCompare(b.shown));
  const seen = new Set<string>();
  const out: string[] = [];
  for (const s of scored) {
    if (seen.has(s.shown)) continue;
    seen.add(s.shown);
    out.push(s.shown);
    if (out.length === limit) break;
  }
  return out;
}
