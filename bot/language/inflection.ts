import { normalizeName } from '../../engine/catalog/normalize-name.js';
import { INFLECTION_ENDINGS, PLURAL_REWRITES } from './question-words.js';

/** Stems shorter than this are left alone: stripping more would make unrelated short words meet. */
const MIN_STEM = 4;
const ENDINGS = [...INFLECTION_ENDINGS].map(normalizeName).sort((a, b) => b.length - a.length);

/**
 * A word reduced to its stem by stripping inflection endings, longest first, while at least four
 * letters remain: `veniturile` and `venituri` both give `venitur`, `reclamações` and `reclamação`
 * both `reclamac`, `categories`, `categorias` and `categoriile` all `categor`. Only used to match
 * a word against known names, never to read a word that matches nothing.
 */
export function stemOf(word: string): string {
  let w = normalizeName(word);
  if (w.length <= MIN_STEM || /\d/.test(w)) return w;
  for (const [plural, singular] of PLURAL_REWRITES) {
    if (w.endsWith(plural) && w.length - plural.length >= MIN_STEM - 1) {
      w = w.slice(0, -plural.length) + singular;
      break;
    }
  }
  for (let changed = true; changed; ) {
    changed = false;
    for (const ending of ENDINGS) {
      if (w.endsWith(ending) && w.length - ending.length >= MIN_STEM) {
        w = w.slice(0, -ending.length);
        changed = true;
        break;
      }
    }
  }
  return w;
}

/** A phrase as stems: `rata de abandon a clienților` → `rata de abandon a client`. */
export function looseKey(phrase: string): string {
  return normalizeName(phrase)
    .split(' ')
    .filter((w) => w !== '')
    .map(stemOf)
    .join(' ');
}
