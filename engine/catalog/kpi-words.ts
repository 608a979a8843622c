import type { KpiFile } from './kpi-schema.js';

/** The languages a KPI file's words may be written in: English in its own fields, the others under `translations`. */
export type KpiLanguage = 'en' | 'pt' | 'ro';

/** What a person reads about a KPI, in one language. */
export interface KpiWords {
  readonly name: string;
  readonly definition: string;
  readonly formula: string;
  readonly caveats?: string;
  readonly example?: string;
}

/**
 * A KPI's words in `language`. A workspace's own KPI files may have no translation, and then the
 * English words stand in whole, never a Portuguese name over an English definition. The loader
 * checks that a translation has caveats and an example exactly where the English has them.
 */
export function kpiWords(kpi: KpiFile, language: KpiLanguage): KpiWords {
  const words = language === 'en' ? undefined : kpi.translations?.[language];
  if (words) return words;
  return {
    name: kpi.name,
    definition: kpi.definition,
    formula: kpi.formula,
    ...(kpi.caveats !== undefined ? { caveats: kpi.caveats } : {}),
    ...(kpi.example !== undefined ? { example: kpi.example.text } : {}),
  };
}
