import { normalizeName } from '../../engine/catalog/normalize-name.js';
import {
  BY_WORDS,
  COMPARE_SHORTHANDS,
  CONTRACTIONS,
  COMPARE_WORDS,
  FILLER_WORDS,
  IS_WORDS,
  JOIN_WORDS,
  LAST_YEAR_WORDS,
  NONE_WORDS,
  PREVIOUS_WORDS,
  RANK_WORDS,
  SINGULAR_AXIS_WORDS,
  UNIT_WORDS,
  VIEW_PHRASES,
} from './question-words.js';
import { KEYWORDS, normalizedKeys } from './vocabulary.js';

/** The question words as the reader looks them up: normalized once, in sets and maps. */

export const set = (words: readonly string[]): Set<string> => new Set(words.map(normalizeName));
export const FILLERS = set(Object.values(FILLER_WORDS).flat());
export const JOINS = set(JOIN_WORDS);
export const BYS = set(BY_WORDS);
export const COMPARES = set(COMPARE_WORDS);
export const PREVIOUS = set(PREVIOUS_WORDS);
export const UNITS = set(UNIT_WORDS);
export const LAST_YEAR = set(LAST_YEAR_WORDS);
export const NONE = set(NONE_WORDS);
export const SHORTHANDS = normalizedKeys(COMPARE_SHORTHANDS);
export const RANKS = normalizedKeys(RANK_WORDS);
export const WHERES = set(KEYWORDS.where);
/** The forms of `where` that are never an ordinary word (`com` and `cu` are also "with"). */
export const STRICT_WHERES = set(['where', 'onde', 'unde']);
/** Comparison words that must be followed by what is compared with (`vs nonsense` is an error, not filler). */
export const STRICT_COMPARES = set(['vs', 'vs.', 'versus', 'contra']);
export const AS = set(KEYWORDS.as);
export const IS = set(IS_WORDS);
export const VIEWS = normalizedKeys(VIEW_PHRASES);
export const SINGULAR_AXES = set(SINGULAR_AXIS_WORDS);
export const explicitRank = (word: string): boolean => word === 'top' || word === 'bottom';
/** KPIs whose names are also the common nouns for their rows (`SMB customers`, `chat tickets`). */
export const NOUN_KPIS = new Set(['customers', 'tickets']);
/** Trailing marks a question ends with, and opening ones it may start with. */
export const PUNCTUATION = /^[¿¡"“”'«»(]+|[?!.;:"“”'»)]+$/g;

export const CONTRACTION_MAP = normalizedKeys(CONTRACTIONS);
