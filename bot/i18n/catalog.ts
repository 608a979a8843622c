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
import type { DigestTexts } from './digest-texts.js';
import { digestEn } from './digest-en.js';
import { digestPt } from './digest-pt.js';
import { digestRo } from './digest-ro.js';
import type { TargetTexts } from './target-texts.js';
import { targetEn } from './target-en.js';
import { targetPt } from './target-pt.js';
import { targetRo } from './target-ro.js';

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
  /** Subscriptions, digests, alerts and their log. */
  readonly digest: DigestTexts;
  /** Workspace targets and the progress lines under answers. */
  readonly target: TargetTexts;
}

export const CATALOG: Readonly<Record<Language, Texts>> = {
  en: { error: errorsEn, answer: answerEn, digest: digestEn, target: targetEn, units: { noData: 'no data', percentagePoints: 'pp', points: 'pts' } },
  pt: { error: errorsPt, answer: answerPt, digest: digestPt, target: targetPt, units: { noData: 'sem dados', percentagePoints: 'p.p.', points: 'pontos' } },
  ro: { error: errorsRo, answer: answerRo, digest: digestRo, target: targetRo, units: { noData: 'fără date', percentagePoints: 'pp', points: 'puncte' } },
};
