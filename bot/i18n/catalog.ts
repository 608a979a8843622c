import type { UnitWords } from '../../engine/format-value.js';
import type { BotError } from '../messages.js';
import type { Language } from './language.js';
import { errorsEn } from './errors-en.js';
import { errorsPt } from './errors-pt.js';
import { errorsRo } from './errors-ro.js';
import type { AnswerTexts } from './answer-texts.js';
import { answerEn } from './answer-en.js';
import { answerPt } from './answer-pt.js';
import { answerRo } from './answer-ro.js';
import type { WhyTexts } from './why-texts.js';
import { whyEn } from './why-en.js';
import { whyPt } from './why-pt.js';
import { whyRo } from './why-ro.js';
import type { AnomalyTexts } from './anomaly-texts.js';
import { anomalyEn } from './anomaly-en.js';
import { anomalyPt } from './anomaly-pt.js';
import { anomalyRo } from './anomaly-ro.js';
import type { ExplainTexts } from './explain-texts.js';
import { explainEn } from './explain-en.js';
import { explainPt } from './explain-pt.js';
import { explainRo } from './explain-ro.js';
import type { ExplainWhyTexts } from './explain-why-texts.js';
import { explainWhyEn } from './explain-why-en.js';
import { explainWhyPt } from './explain-why-pt.js';
import { explainWhyRo } from './explain-why-ro.js';

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
  /** An answer's period, comparison, context, table and alt text. */
  readonly answer: AnswerTexts;
  /** A `why` answer: its headline, sentence, noise, table and notes. */
  readonly why: WhyTexts;
  /** The anomaly flag's line and its explanation under `explain`. */
  readonly anomaly: AnomalyTexts;
  /** The labels of `explain` (the SQL stays SQL). */
  readonly explain: ExplainTexts;
  /** `explain why`: the numbers and rules a why answer rests on. */
  readonly explainWhy: ExplainWhyTexts;
}

export const CATALOG: Readonly<Record<Language, Texts>> = {
  en: { error: errorsEn, answer: answerEn, why: whyEn, anomaly: anomalyEn, explain: explainEn, explainWhy: explainWhyEn, units: { noData: 'no data', percentagePoints: 'pp', points: 'pts' } },
  pt: { error: errorsPt, answer: answerPt, why: whyPt, anomaly: anomalyPt, explain: explainPt, explainWhy: explainWhyPt, units: { noData: 'sem dados', percentagePoints: 'p.p.', points: 'pontos' } },
  ro: { error: errorsRo, answer: answerRo, why: whyRo, anomaly: anomalyRo, explain: explainRo, explainWhy: explainWhyRo, units: { noData: 'fără date', percentagePoints: 'pp', points: 'puncte' } },
};
