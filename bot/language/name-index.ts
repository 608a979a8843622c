import type { Catalog } from '../../engine/catalog/catalog.js';
import { namesOf } from '../../engine/catalog/catalog.js';
import { normalizeName } from '../../engine/catalog/normalize-name.js';
import { resolveAxis } from '../../engine/query/resolve-axis.js';
import type { BreakdownAxis } from '../../engine/query/query.js';
import { DIMENSIONS, TIME_GRAINS, type Dimension } from '../../engine/schema/tables.js';
import type { DimensionValues } from '../../engine/query/dimension-values.js';
import { looseKey } from './inflection.js';
import { AXIS_LOOKUP } from './vocabulary.js';
import { HYPHEN_ARTICLES } from './question-words.js';

/** Longest KPI name tried, in words (`taxa de retenção de clientes`). */
export const MAX_NAME_WORDS = 7;
/** Longest value, axis or keyword phrase tried, in words. */
export const MAX_PHRASE_WORDS = 5;

/** A name found at a position of the words: what it names and how many words it took. */
export interface Found<T> {
  readonly value: T;
  readonly used: number;
}

/**
 * Where the reader looks names up: KPIs by their names and aliases, breakdown axes by the
 * vocabulary's words, and dimension values by the values in the data; each exactly first (case
 * and accents aside), then by stems, so `veniturile`, `reclamações` and `categoriile` find
 * `venituri`, `reclamação` and `categorie`. A stem two different names share finds neither.
 */
export class NameIndex {
  private readonly kpiStems = new Map<string, string | null>();
  private readonly axisStems = new Map<string, BreakdownAxis | null>();
  private readonly values = new Map<string, { dim: Dimension; value: string }[]>();

  constructor(
    private readonly catalog: Catalog,
    dimensionValues: DimensionValues,
  ) {
    for (const kpi of catalog.list()) for (const name of namesOf(kpi)) claim(this.kpiStems, looseKey(name), kpi.id);
    for (const [word, axis] of AXIS_LOOKUP) claim(this.axisStems, looseKey(word), axis);
    for (const axis of [...DIMENSIONS, ...TIME_GRAINS]) claim(this.axisStems, looseKey(axis), axis);
    for (const [dim, list] of Object.entries(dimensionValues) as [Dimension, readonly string[]][]) {
      for (const value of list) {
        const key = normalizeName(value);
        const entries = this.values.get(key) ?? [];
        if (!entries.some((e) => e.dim === dim)) entries.push({ dim, value });
        this.values.set(key, entries);
      }
    }
  }

  /** The KPI a phrase names exactly (case and accents aside), or with a hyphenated article dropped (`nps-ul`). */
  kpiExact(phrase: string): string | undefined {
    return this.catalog.find(phrase)?.id ?? this.catalog.find(withoutHyphenArticles(phrase))?.id;
  }

  /** The KPI a phrase names by the stems of its words (`veniturile`, `reclamações`). */
  kpiByStem(phrase: string): string | undefined {
    return this.kpiStems.get(looseKey(phrase)) ?? undefined;
  }

  /** The dimension or time grain a phrase names. */
  axis(typed: string): BreakdownAxis | undefined {
    const phrase = withoutHyphenArticles(typed);
    const exact = AXIS_LOOKUP.get(normalizeName(phrase));
    if (exact) return exact;
    if (!phrase.includes(' ')) {
      const r = resolveAxis(phrase);
      if (r.ok) return r.value;
    }
    return this.axisStems.get(looseKey(phrase)) ?? undefined;
  }

  /** The dimensions a phrase is a value of, with the value as the data spells it. */
  value(phrase: string): readonly { dim: Dimension; value: string }[] {
    return this.values.get(normalizeName(phrase)) ?? [];
  }

  /** Every value a dimension has, for "no segment `x`: Enterprise, Mid-Market, SMB". */
  valuesOf(dim: Dimension): string[] {
    const out: string[] = [];
    for (const entries of this.values.values()) for (const e of entries) if (e.dim === dim) out.push(e.value);
    return out.sort((a, b) => a.localeCompare(b));
  }

  /** Whether the data has any value of this dimension (an empty table has none to check against). */
  knowsValuesOf(dim: Dimension): boolean {
    for (const entries of this.values.values()) if (entries.some((e) => e.dim === dim)) return true;
    return false;
  }
}

const HYPHEN_ARTICLE = new RegExp(`^(.{2,})-(${HYPHEN_ARTICLES.join('|')})$`, 'i');

/**
 * A borrowed word keeps a Romanian article after a hyphen (`nps-ul`, `churn-ul`, `brand-urile`);
 * the word is the same without it.
 */
function withoutHyphenArticles(phrase: string): string {
  return phrase
    .split(' ')
    .map((w) => HYPHEN_ARTICLE.exec(w)?.[1] ?? w)
    .join(' ');
}

/** Records `key → value`, or marks the key ambiguous when another value already claimed it. */
function claim<T>(map: Map<string, T | null>, key: string, value: T): void {
  const had = map.get(key);
  if (had === undefined) map.set(key, value);
  else if (had !== value) map.set(key, null);
}
