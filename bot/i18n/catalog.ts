import type { UnitWords } from '../../engine/format-value.js';
import type { BotError } from '../messages.js';
import type { Language } from './language.js';
import { errorsEn } from './errors-en.js';
import { errorsPt } from './errors-pt.js';
import { errorsRo } from './errors-ro.js';
import type { KpiInfoTexts } from './kpi-info-texts.js';
import { kpiInfoEn } from './kpi-info-en.js';
import { kpiInfoPt } from './kpi-info-pt.js';
import { kpiInfoRo } from './kpi-info-ro.js';

/**
 * Every text a person reads, for one language. Each area has its own interface
 * (`<area>-texts.ts`) and one file per language (`<area>-en.ts`, `-pt.ts`, `-ro.ts`); this is
 * where they meet, so a language missing an area, or an area missing a message, fails the type
 * check.
 */
export interface Texts {
  /** The words for every error code. */
  readonly error: (e: BotError) => string;
  /** What Intl has no unit for (engine/format-value.ts). */
  readonly units: UnitWords;
  /** The words of `list`, `define` and `help` around the KPIs' own. */
  readonly kpiInfo: KpiInfoTexts;
}

export const CATALOG: Readonly<Record<Language, Texts>> = {
  en: { error: errorsEn, units: { noData: 'no data', percentagePoints: 'pp', points: 'pts' }, kpiInfo: kpiInfoEn },
  pt: { error: errorsPt, units: { noData: 'sem dados', percentagePoints: 'p.p.', points: 'pontos' }, kpiInfo: kpiInfoPt },
  ro: { error: errorsRo, units: { noData: 'fără date', percentagePoints: 'pp', points: 'puncte' }, kpiInfo: kpiInfoRo },
};
